package org.rapport.goals;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person in a goal's pipeline, in one stage since {@code stageSince}; or, for new business, an
 * organization as the prospect ({@code personId} empty, {@code organizationId} the prospect).
 */
public record Entry(
        UUID id,
        UUID goalId,
        @Nullable UUID personId,
        @Nullable UUID organizationId,
        Stage stage,
        Instant stageSince,
        @Nullable String source,
        @Nullable UUID referredById,
        @Nullable Long valueCents,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** The prospect is an organization, not a person. */
    public boolean isOrganization() {
        return personId == null;
    }
}
