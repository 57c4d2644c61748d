package org.rapport.followups;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

public enum FollowUpOrigin {
    MANUAL("manual"),
    AUTOMATIC("automatic");

    private final String wire;

    FollowUpOrigin(String wire) {
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

    public static FollowUpOrigin fromWire(String wire) {
        return Arrays.stream(values())
                .filter(v -> v.wire.equals(wire))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown FollowUpOrigin " + wire));
    }
}
