package org.rapport.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file formats Rapport imports, by their wire names. */
public enum Format {
    LINKEDIN("linkedin", "LinkedIn connections"),
    GOOGLE_CSV("google-csv", "Google Contacts CSV"),
    OUTLOOK_CSV("outlook-csv", "Outlook CSV"),
    VCARD("vcard", "vCard"),
    ICS("ics", "iCalendar");

    private final String wire;
    private final String label;

    Format(String wire, String label) {
        this.wire = wire;
        this.label = label;
    }

    public String wire() {
        return wire;
    }

    public String label() {
        return label;
    }

    public boolean isCsv() {
        return this == LINKEDIN || this == GOOGLE_CSV || this == OUTLOOK_CSV;
    }

    public static Optional<Format> fromWire(String wire) {
        String w = wire.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.wire.equals(w)).findFirst();
    }
}
