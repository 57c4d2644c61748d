package org.rapport.connections;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

public enum ConnectionType {
    COLLEAGUE("colleague"),
    FRIEND("friend"),
    FAMILY("family"),
    INTRODUCED("introduced"),
    KNOWS("knows");

    private final String wire;

    ConnectionType(String wire) {
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

    public static ConnectionType fromWire(String wire) {
        return Arrays.stream(values())
                .filter(v -> v.wire.equals(wire))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown ConnectionType " + wire));
    }
}
