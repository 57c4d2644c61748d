package org.rapport.network;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * Why two people are tied, and how strongly (0–1). A strength the user set on a connection is
 * taken as given, even when lower than what the data suggests; otherwise the strongest evidence
 * wins.
 */
enum Evidence {
    CONNECTION_STRENGTH,
    CONNECTION,
    ROLE_OVERLAP,
    INTRODUCED,
    SAME_EVENT;

    static final double INTRODUCED_STRENGTH = 0.5;
    static final double SAME_EVENT_STRENGTH = 0.15;
    private static final Evidence[] VALUES = values();

    byte code() {
        return (byte) ordinal();
    }

    static Evidence of(byte code) {
        return VALUES[code];
    }

    /** Whether (w1, e1) should win over (w2, e2) for the same pair. */
    static boolean beats(float w1, byte e1, float w2, byte e2) {
        boolean set1 = e1 == CONNECTION_STRENGTH.ordinal();
        boolean set2 = e2 == CONNECTION_STRENGTH.ordinal();
        if (set1 != set2) {
            return set1;
        }
        return w1 > w2 || (w1 == w2 && e1 < e2);
    }

    /** A connection without a strength counts by its type. */
    static double connectionDefault(String type) {
        return switch (type) {
            case "family" -> 0.8;
            case "friend" -> 0.7;
            case "colleague", "introduced" -> 0.5;
            default -> 0.4;
        };
    }

    /** 0.3 plus 0.1 per year the two roles overlapped, at most 0.7; 0 when they did not overlap. */
    static double roleOverlap(@Nullable Overlap overlap) {
        if (overlap == null) {
            return 0;
        }
        return Math.min(0.7, 0.3 + 0.1 * overlap.years());
    }

    /** The time two roles at one organization shared; years as a fraction. */
    record Overlap(LocalDate from, LocalDate to) {
        double years() {
            return ChronoUnit.DAYS.between(from, to) / 365.25;
        }
    }

    /**
     * A person's role as the overlap rule reads it, dates parsed once: first and last day as epoch
     * days. {@link #overlapStrength} agrees with {@code roleOverlap(overlap(...))} on the same dates.
     */
    record Span(java.util.UUID personId, long from, long to) {
        double overlapStrength(Span other) {
            long start = Math.max(from, other.from);
            long end = Math.min(to, other.to);
            if (end < start) {
                return 0;
            }
            return Math.min(0.7, 0.3 + 0.1 * ((end - start) / 365.25));
        }
    }

    /** A role's span, read as {@link #overlap} reads it; null when a date does not parse (it overlaps nothing). */
    static @Nullable Span span(java.util.UUID personId, @Nullable String start, @Nullable String end, LocalDate today) {
        LocalDate e = end == null ? today : lastDay(end);
        LocalDate s = start == null ? e : firstDay(start);
        if (e == null || s == null) {
            return null;
        }
        return new Span(personId, s.toEpochDay(), e.toEpochDay());
    }

    /**
     * Where two roles overlap, from partial dates ("2021", "2021-03", "2021-03-04"); no end means
     * still there (today). A role without a start counts from its end, so two current roles
     * without dates still overlap, for no time.
     */
    static @Nullable Overlap overlap(
            @Nullable String start1,
            @Nullable String end1,
            @Nullable String start2,
            @Nullable String end2,
            LocalDate today) {
        LocalDate e1 = end1 == null ? today : lastDay(end1);
        LocalDate e2 = end2 == null ? today : lastDay(end2);
        LocalDate s1 = start1 == null ? e1 : firstDay(start1);
        LocalDate s2 = start2 == null ? e2 : firstDay(start2);
        if (e1 == null || e2 == null || s1 == null || s2 == null) {
            return null;
        }
        LocalDate from = s1.isAfter(s2) ? s1 : s2;
        LocalDate to = e1.isBefore(e2) ? e1 : e2;
        return to.isBefore(from) ? null : new Overlap(from, to);
    }

    static @Nullable LocalDate firstDay(String partial) {
        try {
            return switch (partial.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(partial), 1, 1);
                case 7 -> LocalDate.parse(partial + "-01");
                default -> LocalDate.parse(partial);
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    static @Nullable LocalDate lastDay(String partial) {
        try {
            return switch (partial.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(partial), 12, 31);
                case 7 -> {
                    LocalDate first = LocalDate.parse(partial + "-01");
                    yield first.withDayOfMonth(first.lengthOfMonth());
                }
                default -> LocalDate.parse(partial);
            };
        } catch (RuntimeException e) {
            return null;
        }
    }
}
