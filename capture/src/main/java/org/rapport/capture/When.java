package org.rapport.capture;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an encounter happened, as written: {@code today}, {@code yesterday}, {@code 3 days ago},
 * {@code 2 weeks ago}, a weekday ({@code monday}, {@code last fri}: the latest such day before
 * today), an ISO date ({@code 2026-11-20}) or date-time ({@code 2026-11-20T18:30}, {@code
 * 2026-11-20 18:30}, with or without an offset). A relative day may end with a time: {@code
 * yesterday 18:30}.
 *
 * @param date the day
 * @param time the time of day, or null when only a day was given
 * @param offset the offset written with the time, or null (the caller's own zone applies)
 */
public record When(LocalDate date, LocalTime time, ZoneOffset offset) {
    static final String FORMS = "today, yesterday, 3 days ago, 2 weeks ago, monday, last friday, "
            + "2026-11-20, 2026-11-20T18:30 or 2026-11-20T18:30-05:00 (a relative day may end with a time: yesterday 18:30)";

    private static final Pattern AGO = Pattern.compile("(\\d{1,4}|a|an|one) (day|days|week|weeks) ago");
    private static final Pattern TRAILING_TIME = Pattern.compile("(.+?)\\s+(?:at\\s+)?(\\d{1,2}:\\d{2})");

    /**
     * Reads a when-value relative to {@code today}.
     *
     * @throws IllegalArgumentException with the accepted forms, when the value is none of them
     */
    public static When parse(String value, LocalDate today) {
        String text = value.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        When iso = isoOrNull(text.toUpperCase(Locale.ROOT));
        if (iso != null) {
            return iso;
        }
        LocalDate day = relativeDayOrNull(text, today);
        if (day != null) {
            return new When(day, null, null);
        }
        Matcher withTime = TRAILING_TIME.matcher(text);
        if (withTime.matches()) {
            day = relativeDayOrNull(withTime.group(1), today);
            LocalTime time = timeOrNull(withTime.group(2));
            if (day != null && time != null) {
                return new When(day, time, null);
            }
        }
        throw new IllegalArgumentException("cannot read \"" + value.strip() + "\" as a date; use " + FORMS);
    }

    /**
     * The moment this names, in {@code now}'s zone unless an offset was written. Today without a
     * time is now; another day without a time is noon, so the day stays the same in nearby zones.
     */
    public OffsetDateTime at(ZonedDateTime now) {
        if (time == null) {
            return date.equals(now.toLocalDate())
                    ? now.toOffsetDateTime()
                    : date.atTime(LocalTime.NOON).atZone(now.getZone()).toOffsetDateTime();
        }
        return offset == null
                ? date.atTime(time).atZone(now.getZone()).toOffsetDateTime()
                : date.atTime(time).atOffset(offset);
    }

    private static LocalDate relativeDayOrNull(String text, LocalDate today) {
        switch (text) {
            case "today", "now" -> {
                return today;
            }
            case "yesterday" -> {
                return today.minusDays(1);
            }
            default -> {}
        }
        Matcher ago = AGO.matcher(text);
        if (ago.matches()) {
            String n = ago.group(1);
            long count = Character.isDigit(n.charAt(0)) ? Long.parseLong(n) : 1;
            return ago.group(2).startsWith("week") ? today.minusWeeks(count) : today.minusDays(count);
        }
        DayOfWeek weekday = weekdayOrNull(text.startsWith("last ") ? text.substring(5) : text);
        // "monday" said on a Monday means a week ago: a meeting today is logged as "today".
        return weekday == null ? null : today.with(TemporalAdjusters.previous(weekday));
    }

    private static DayOfWeek weekdayOrNull(String word) {
        if (word.length() < 3) {
            return null;
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            String name = d.name().toLowerCase(Locale.ROOT);
            if (name.equals(word) || name.substring(0, 3).equals(word)) {
                return d;
            }
        }
        return null;
    }

    private static When isoOrNull(String text) {
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return null;
        }
        String t = text.replace(' ', 'T');
        try {
            if (t.length() == 10) {
                return new When(LocalDate.parse(t), null, null);
            }
            if (t.endsWith("Z") || t.matches(".*T.*[+-]\\d{2}:?\\d{2}$")) {
                OffsetDateTime at = OffsetDateTime.parse(t);
                return new When(at.toLocalDate(), at.toLocalTime(), at.getOffset());
            }
            LocalDateTime at = LocalDateTime.parse(t);
            return new When(at.toLocalDate(), at.toLocalTime(), null);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalTime timeOrNull(String hhmm) {
        try {
            return LocalTime.parse(hhmm.length() == 4 ? "0" + hhmm : hhmm);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
