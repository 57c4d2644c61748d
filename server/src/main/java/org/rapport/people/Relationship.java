package org.rapport.people;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A member's own tie to a person. The cadence is the member's choice, else the tier's default;
 * without either the person is never due.
 */
public record Relationship(
        Set<Kind> kinds,
        @Nullable ClosenessTier closenessTier,
        @Nullable Integer cadenceDays,
        @Nullable OffsetDateTime lastContactAt,
        @Nullable LocalDate nextContactDue) {

    public static final Relationship NONE = new Relationship(Set.of(), null, null, null, null);

    public @Nullable Integer effectiveCadenceDays() {
        if (cadenceDays != null) {
            return cadenceDays;
        }
        return closenessTier == null ? null : closenessTier.defaultCadenceDays();
    }

    /** Next contact due: the last contact's own calendar day plus the cadence. */
    static @Nullable LocalDate nextDue(@Nullable OffsetDateTime lastContactAt, @Nullable Integer cadenceDays) {
        if (lastContactAt == null || cadenceDays == null) {
            return null;
        }
        return lastContactAt.toLocalDate().plusDays(cadenceDays);
    }

    Relationship withContact(@Nullable OffsetDateTime at) {
        return new Relationship(kinds, closenessTier, cadenceDays, at, null).recomputed();
    }

    Relationship recomputed() {
        return new Relationship(
                kinds, closenessTier, cadenceDays, lastContactAt, nextDue(lastContactAt, effectiveCadenceDays()));
    }
}
