package org.rapport.people;

import org.rapport.api.WireValue;

/** How close the member feels to a person; each tier has a default keep-in-touch cadence. */
public enum ClosenessTier implements WireValue {
    INNER_CIRCLE(7),
    CLOSE(30),
    REGULAR(90),
    ACQUAINTANCE(365);

    private final int defaultCadenceDays;

    ClosenessTier(int defaultCadenceDays) {
        this.defaultCadenceDays = defaultCadenceDays;
    }

    public int defaultCadenceDays() {
        return defaultCadenceDays;
    }

    public static ClosenessTier fromWire(String wire) {
        return WireValue.parse(ClosenessTier.class, wire);
    }
}
