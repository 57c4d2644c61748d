package org.rapport.goals;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Monday to Friday arithmetic: the 3-then-7 routine counts working days, not calendar days. */
public final class BusinessDays {
    private BusinessDays() {}

    public static boolean isBusinessDay(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /** The day {@code n} business days after {@code from} (a weekend start counts from the next Monday). */
    public static LocalDate plus(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be 0 or more");
        }
        LocalDate day = from;
        int left = n;
        while (left > 0) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Business days after {@code from} up to and including {@code to}; 0 when {@code to} is not later. */
    public static int between(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long days = to.toEpochDay() - from.toEpochDay();
        long weeks = days / 7;
        int count = (int) (weeks * 5);
        LocalDate day = from.plusDays(weeks * 7);
        while (day.isBefore(to)) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                count++;
            }
        }
        return count;
    }
}
