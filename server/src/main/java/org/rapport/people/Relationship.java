package org.rapport.people;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A member's own tie to a person. The effective cadence is the member's choice for this person,
 * else the workspace's default for the tier or the kinds ({@link CadenceDefaults}); without one
 * the person is never due.
 */
public record Relationship(
        Set<Kind> kinds,
        @Nullable ClosenessTier closenessTier,
        @Nullable Integer cadenceDays,
        @Nullable Integer effectiveCadenceDays,
        @Nullable OffsetDateTime lastContactAt,
        @Nullable LocalDate nextContactDue) {

    public static final Relationship NONE = new Relationship(Set.of(), null, null, null, null, null);

    /** Next contact due: the last contact's own calendar day plus the cadence. */
    static @Nullable LocalDate nextDue(@Nullable OffsetDateTime lastContactAt, @Nullable Integer cadenceDays) {
        if (lastContactAt == null || cadenceDays == null) {
            return null;
        }
        return lastContactAt.toLocalDate().plusDays(cadenceDays);
    }

    Relationship withContact(@Nullable OffsetDateTime at, CadenceDefaults defaults) {
        return new Relationship(kinds, closenessTier, cadenceDays, null, at, null).recomputed(defaults);
    }

    Relationship recomputed(CadenceDefaults defaults) {
        Integer effective = defaults.effective(cadenceDays, closenessTier, kinds);
        return new Relationship(
                kinds, closenessTier, cadenceDays, effective, lastContactAt, nextDue(lastContactAt, effective));
    }
}
