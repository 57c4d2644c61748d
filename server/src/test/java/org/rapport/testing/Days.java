package org.rapport.testing;

import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Times relative to today, as the API takes them, in the server's own zone (the test JVM's). */
public final class Days {
    private Days() {}

    /** Noon, {@code days} ago, with this JVM's offset: the calendar day is unambiguous. */
    public static String ago(int days) {
        return ZonedDateTime.now(ZoneId.systemDefault())
                .minusDays(days)
                .withHour(12)
                .withMinute(0)
                .withSecond(0)
                .withNano(0)
                .toOffsetDateTime()
                .toString();
    }
}
