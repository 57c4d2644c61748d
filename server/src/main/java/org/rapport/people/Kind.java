package org.rapport.people;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** The four reasons people network. Every view, prompt and metric knows them. */
public enum Kind {
    PERSONAL("personal"),
    PROFESSIONAL("professional"),
    BUSINESS("business"),
    JOB_SEARCH("job_search");

    private final String wire;

    Kind(String wire) {
        this.wire = wire;
    }

    /** The name in JSON, SQL and URLs. */
    @JsonValue
    public String wire() {
        return wire;
    }

    @Override
    public String toString() {
        return wire;
    }

    public static Kind fromWire(String wire) {
        return Arrays.stream(values())
                .filter(k -> k.wire.equals(wire))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown kind " + wire));
    }
}
