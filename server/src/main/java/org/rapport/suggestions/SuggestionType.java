package org.rapport.suggestions;

import org.rapport.api.WireValue;

/** What a suggestion asks for, in the order Today shows them. */
public enum SuggestionType implements WireValue {
    THANK_YOU(Family.THANK_YOU, "Say thank you"),
    OVERDUE(Family.KEEP_IN_TOUCH, "Overdue"),
    DORMANT(Family.KEEP_IN_TOUCH, "Dormant tie"),
    RECONNECT(Family.KEEP_IN_TOUCH, "Reconnect"),
    GIVE_BACK(Family.GIVE_BACK, "Give back");

    /**
     * Suggestions that are snoozed or dismissed together: due, overdue and dormant are one worry
     * (getting in touch), so putting one aside puts the others aside too.
     */
    public enum Family implements WireValue {
        KEEP_IN_TOUCH,
        THANK_YOU,
        GIVE_BACK
    }

    private final Family family;
    private final String label;

    SuggestionType(Family family, String label) {
        this.family = family;
        this.label = label;
    }

    /** The type's name in the interface. */
    public String label() {
        return label;
    }

    public Family family() {
        return family;
    }

    public static SuggestionType fromWire(String wire) {
        return WireValue.parse(SuggestionType.class, wire);
    }
}
