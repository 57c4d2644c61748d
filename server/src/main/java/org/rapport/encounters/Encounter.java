package org.rapport.encounters;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.people.Kind;

/** One networking conversation, logged by a member. */
public record Encounter(
        UUID id,
        UUID memberId,
        OffsetDateTime occurredAt,
        Channel channel,
        Kind kind,
        @Nullable String title,
        @Nullable String location,
        @Nullable String notes,
        List<String> topics,
        List<UUID> participantIds,
        List<Exchange> gave,
        List<Exchange> received,
        Instant createdAt,
        Instant updatedAt,
        long version) {}
