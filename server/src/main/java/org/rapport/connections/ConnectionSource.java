package org.rapport.connections;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

public enum ConnectionSource {
    MANUAL("manual"),
    IMPORT("import"),
    INFERRED("inferred");

    private final String wire;

    ConnectionSource(String wire) {
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

    public static ConnectionSource fromWire(String wire) {
        return Arrays.stream(values())
                .filter(v -> v.wire.equals(wire))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown ConnectionSource " + wire));
    }
}
