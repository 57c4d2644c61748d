package org.rapport.goals;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An advice request the member sent (themselves: Rapport only logs it), awaiting a reply. */
public record Outreach(
        UUID id,
        UUID goalId,
        UUID personId,
        @Nullable UUID organizationId,
        @Nullable UUID encounterId,
        String message,
        Instant sentAt,
        @Nullable Instant repliedAt,
        @Nullable Instant followedUpAt) {}
