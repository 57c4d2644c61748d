package org.rapport.followups;

import org.rapport.api.WireValue;

public enum FollowUpOrigin implements WireValue {
    MANUAL,
    AUTOMATIC;

    public static FollowUpOrigin fromWire(String wire) {
        return WireValue.parse(FollowUpOrigin.class, wire);
    }
}
