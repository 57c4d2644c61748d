package org.rapport.goals;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A member's purpose with a pipeline: a job search or a new-business push. */
public record Goal(
        UUID id,
        UUID memberId,
        GoalKind kind,
        String title,
        @Nullable String notes,
        int staleAfterDays,
        Instant createdAt,
        Instant updatedAt,
        long version) {}
