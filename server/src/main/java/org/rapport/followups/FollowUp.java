package org.rapport.followups;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record FollowUp(
        UUID id,
        @Nullable UUID personId,
        @Nullable UUID encounterId,
        FollowUpType type,
        String title,
        @Nullable String notes,
        LocalDate dueOn,
        FollowUpStatus status,
        FollowUpOrigin origin,
        @Nullable Instant completedAt,
        Instant createdAt,
        Instant updatedAt,
        long version) {}
