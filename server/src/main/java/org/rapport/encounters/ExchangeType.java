package org.rapport.encounters;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

public enum ExchangeType {
    INFORMATION("information"),
    ADVICE("advice"),
    INTRODUCTION("introduction"),
    RECOMMENDATION("recommendation"),
    REFERRAL("referral"),
    FAVOR("favor"),
    RESOURCE("resource");

    private final String wire;

    ExchangeType(String wire) {
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

    public static ExchangeType fromWire(String wire) {
        return Arrays.stream(values())
                .filter(v -> v.wire.equals(wire))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown ExchangeType " + wire));
    }
}
