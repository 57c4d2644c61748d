package org.rapport.people;

import org.rapport.api.WireValue;

/** The four reasons people network. Every view, prompt and metric knows them. */
public enum Kind implements WireValue {
    PERSONAL("Personal"),
    PROFESSIONAL("Professional"),
    BUSINESS("New business"),
    JOB_SEARCH("Job search");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    /** The kind's name in the interface, the same on every page. */
    public String label() {
        return label;
    }

    public static Kind fromWire(String wire) {
        return WireValue.parse(Kind.class, wire);
    }
}
