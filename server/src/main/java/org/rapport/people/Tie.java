package org.rapport.people;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A member's relationship to one person, reduced to what keeping in touch needs: read in bulk
 * (one row per person) for suggestions and the calendar feed.
 */
public record Tie(
        UUID personId,
        String displayName,
        Set<Kind> kinds,
        @Nullable ClosenessTier closenessTier,
        @Nullable Integer cadenceDays,
        OffsetDateTime lastContactAt,
        @Nullable LocalDate nextContactDue) {

    public LocalDate lastContactDay() {
        return lastContactAt.toLocalDate();
    }

    /** Due or overdue by the cadence; {@code NOT_DUE} without a cadence. */
    public KeepInTouch.Status status(LocalDate today) {
        return cadenceDays == null
                ? KeepInTouch.Status.NOT_DUE
                : KeepInTouch.status(lastContactDay(), cadenceDays, today);
    }

    public @Nullable LocalDate overdueOn() {
        return cadenceDays == null ? null : KeepInTouch.overdueOn(lastContactDay(), cadenceDays);
    }
}
