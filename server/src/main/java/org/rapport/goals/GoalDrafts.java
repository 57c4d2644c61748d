package org.rapport.goals;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What callers ask for, checked by the services before anything is stored. */
public final class GoalDrafts {
    private GoalDrafts() {}

    public record GoalDraft(
            @Nullable GoalKind kind,
            @Nullable String title,
            @Nullable String notes,
            @Nullable Integer staleAfterDays) {}

    /** A target organization: an existing one by id, or one found or created by name. */
    public record TargetDraft(
            @Nullable UUID organizationId,
            @Nullable String organizationName,
            @Nullable Integer motivation,
            @Nullable Boolean posting,
            List<String> roles,
            @Nullable String notes) {}

    /** A person in the pipeline; value in cents (what a won prospect is worth). */
    public record EntryDraft(
            @Nullable UUID personId,
            @Nullable UUID organizationId,
            @Nullable Stage stage,
            @Nullable String source,
            @Nullable UUID referredById,
            @Nullable Long valueCents) {}
}
