package org.rapport.imports.csv;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Small conversions the CSV formats share. */
final class Values {
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$");
    private static final Pattern NO_YEAR = Pattern.compile("^--(\\d{1,2})-(\\d{1,2})$");
    private static final Pattern US = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})$");

    private Values() {}

    /** Google's " ::: " multi-value separator; blank parts dropped. */
    static List<String> split(@Nullable String cell, String separator) {
        List<String> parts = new ArrayList<>();
        if (cell == null) {
            return parts;
        }
        for (String part : cell.split(Pattern.quote(separator))) {
            if (!part.isBlank()) {
                parts.add(part.trim());
            }
        }
        return parts;
    }

    /**
     * A birthday as Rapport stores it ("1990-04-15", or "--04-15" without a year) from "1990-04-15",
     * "--04-15", or Outlook's "4/15/1990"; Outlook's "0/0/00" and anything else unreadable is null.
     */
    static @Nullable String birthday(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        try {
            Matcher m = ISO.matcher(t);
            if (m.matches()) {
                return LocalDate.of(num(m, 1), num(m, 2), num(m, 3)).toString();
            }
            m = NO_YEAR.matcher(t);
            if (m.matches()) {
                LocalDate.of(2000, num(m, 1), num(m, 2)); // checks the day exists (Feb 29 included)
                return String.format(Locale.ROOT, "--%02d-%02d", num(m, 1), num(m, 2));
            }
            m = US.matcher(t);
            if (m.matches() && num(m, 1) > 0) {
                int year = num(m, 3);
                if (m.group(3).length() == 2) {
                    year += year > LocalDate.now().getYear() % 100 ? 1900 : 2000;
                }
                return LocalDate.of(year, num(m, 1), num(m, 2)).toString();
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static final DateTimeFormatter LINKEDIN = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("d MMM uuuu")
            .toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter EXCEL = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("d-MMM-")
            .appendValueReduced(java.time.temporal.ChronoField.YEAR, 2, 2, 2000)
            .toFormatter(Locale.ENGLISH);

    /** LinkedIn's "15 Mar 2024" (or "3 Jan 2024"), or "01-Jul-25" from a file resaved by Excel. */
    static @Nullable LocalDate linkedInDate(@Nullable String text) {
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter f : List.of(LINKEDIN, EXCEL)) {
            try {
                return LocalDate.parse(text.trim(), f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    /** "* Work" → "work"; a bare "*" (Google's primary marker) → null. */
    static @Nullable String label(@Nullable String label) {
        if (label == null) {
            return null;
        }
        String l = label.trim();
        if (l.startsWith("*")) {
            l = l.substring(1).trim();
        }
        return l.isEmpty() ? null : l.toLowerCase(Locale.ROOT);
    }

    static @Nullable String join(String separator, @Nullable String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (b.length() > 0) {
                    b.append(separator);
                }
                b.append(p.trim());
            }
        }
        return b.length() == 0 ? null : b.toString();
    }
}
