package org.rapport.encounters;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

public enum Channel {
    IN_PERSON("in_person"),
    CALL("call"),
    VIDEO("video"),
    EMAIL("email"),
    MESSAGE("message"),
    EVENT("event"),
    OTHER("other");

    private final String wire;

    Channel(String wire) {
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

    public static Channel fromWire(String wire) {
        return Arrays.stream(values())
                .filter(v -> v.wire.equals(wire))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown Channel " + wire));
    }
}
