package org.rapport.followups;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A follow-up as a caller wants it; the title may be left for Rapport to word. */
public record FollowUpDraft(
        @Nullable UUID personId,
        @Nullable UUID encounterId,
        @Nullable FollowUpType type,
        @Nullable String title,
        @Nullable String notes,
        @Nullable LocalDate dueOn,
        @Nullable FollowUpStatus status) {}
