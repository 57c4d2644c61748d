package org.rapport.goals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An organization a job search aims at: how much it is wanted (1–3), whether a posting is open, the
 * roles, and how far it got (the job-search stages, since {@code stageSince}).
 */
public record Target(
        UUID id,
        UUID goalId,
        UUID organizationId,
        String organizationName,
        int motivation,
        boolean posting,
        List<String> roles,
        @Nullable String notes,
        Instant createdAt,
        Stage stage,
        Instant stageSince) {}
