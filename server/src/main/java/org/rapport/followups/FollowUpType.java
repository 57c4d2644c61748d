package org.rapport.followups;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

public enum FollowUpType {
    THANK_YOU("thank_you"),
    DELIVER("deliver"),
    CHECK_IN("check_in"),
    INTRODUCE("introduce"),
    OTHER("other");

    private final String wire;

    FollowUpType(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    @Override
    public String toString() {
        return wire;
    }

    public static FollowUpType fromWire(String wire) {
        return Arrays.stream(values())
                .filter(v -> v.wire.equals(wire))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown FollowUpType " + wire));
    }
}
