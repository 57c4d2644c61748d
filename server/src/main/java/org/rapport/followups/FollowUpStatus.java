package org.rapport.followups;

import org.rapport.api.WireValue;

public enum FollowUpStatus implements WireValue {
    OPEN,
    DONE,
    DISMISSED;

    public static FollowUpStatus fromWire(String wire) {
        return WireValue.parse(FollowUpStatus.class, wire);
    }
}
