package org.rapport.people;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** How close the member feels to a person; each tier has a default keep-in-touch cadence. */
public enum ClosenessTier {
    INNER_CIRCLE("inner_circle", 7),
    CLOSE("close", 30),
    REGULAR("regular", 90),
    ACQUAINTANCE("acquaintance", 365);

    private final String wire;
    private final int defaultCadenceDays;

    ClosenessTier(String wire, int defaultCadenceDays) {
        this.wire = wire;
        this.defaultCadenceDays = defaultCadenceDays;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    public int defaultCadenceDays() {
        return defaultCadenceDays;
    }

    @Override
    public String toString() {
        return wire;
    }

    public static ClosenessTier fromWire(String wire) {
        return Arrays.stream(values())
                .filter(t -> t.wire.equals(wire))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown closeness tier " + wire));
    }
}
