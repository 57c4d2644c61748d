package org.rapport.encounters;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.people.Kind;

/** An encounter as a caller wants it, checked by {@link EncounterService}. */
public record EncounterDraft(
        @Nullable OffsetDateTime occurredAt,
        @Nullable Channel channel,
        @Nullable Kind kind,
        @Nullable String title,
        @Nullable String location,
        @Nullable String notes,
        List<String> topics,
        List<UUID> participantIds,
        List<ExchangeDraft> gave,
        List<ExchangeDraft> received) {

    public record ExchangeDraft(
            @Nullable ExchangeType type,
            @Nullable String description,
            @Nullable UUID personId) {}
}
