package org.rapport.goals;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person in a goal's pipeline, in one stage since {@code stageSince}. */
public record Entry(
        UUID id,
        UUID goalId,
        UUID personId,
        @Nullable UUID organizationId,
        Stage stage,
        Instant stageSince,
        @Nullable String source,
        @Nullable UUID referredById,
        @Nullable Long valueCents,
        Instant createdAt,
        Instant updatedAt,
        long version) {}
