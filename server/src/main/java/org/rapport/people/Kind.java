package org.rapport.people;

import org.rapport.api.WireValue;

/** The four reasons people network. Every view, prompt and metric knows them. */
public enum Kind implements WireValue {
    PERSONAL,
    PROFESSIONAL,
    BUSINESS,
    JOB_SEARCH;

    public static Kind fromWire(String wire) {
        return WireValue.parse(Kind.class, wire);
    }
}
