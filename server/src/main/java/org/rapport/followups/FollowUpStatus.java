package org.rapport.followups;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

public enum FollowUpStatus {
    OPEN("open"),
    DONE("done"),
    DISMISSED("dismissed");

    private final String wire;

    FollowUpStatus(String wire) {
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

    public static FollowUpStatus fromWire(String wire) {
        return Arrays.stream(values())
                .filter(v -> v.wire.equals(wire))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown FollowUpStatus " + wire));
    }
}
