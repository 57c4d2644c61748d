package org.rapport.people;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a person is due and overdue: due once the cadence has passed since the last contact's own
 * calendar day, overdue from one and a half cadences (rounded up to whole days). Pure arithmetic,
 * shared by Today, suggestions and the calendar feed so they never disagree.
 */
public final class KeepInTouch {
    public enum Status {
        NOT_DUE,
        DUE,
        OVERDUE
    }

    private KeepInTouch() {}

    public static LocalDate dueOn(LocalDate lastContactDay, int cadenceDays) {
        return lastContactDay.plusDays(cadenceDays);
    }

    /** 1.5 × cadence after the last contact, rounded up: cadence 7 is overdue on day 11, 30 on day 45. */
    public static LocalDate overdueOn(LocalDate lastContactDay, int cadenceDays) {
        return lastContactDay.plusDays((3L * cadenceDays + 1) / 2);
    }

    public static Status status(LocalDate lastContactDay, int cadenceDays, LocalDate today) {
        if (!today.isBefore(overdueOn(lastContactDay, cadenceDays))) {
            return Status.OVERDUE;
        }
        return today.isBefore(dueOn(lastContactDay, cadenceDays)) ? Status.NOT_DUE : Status.DUE;
    }

    public static long daysSince(LocalDate lastContactDay, LocalDate today) {
        return ChronoUnit.DAYS.between(lastContactDay, today);
    }
}
