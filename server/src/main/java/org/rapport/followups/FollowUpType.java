package org.rapport.followups;

import org.rapport.api.WireValue;

public enum FollowUpType implements WireValue {
    THANK_YOU,
    DELIVER,
    CHECK_IN,
    INTRODUCE,
    OTHER;

    public static FollowUpType fromWire(String wire) {
        return WireValue.parse(FollowUpType.class, wire);
    }
}
