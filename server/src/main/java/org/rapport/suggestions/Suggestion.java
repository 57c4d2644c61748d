package org.rapport.suggestions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One thing worth doing with one person, and why.
 *
 * @param since the day the suggestion started to apply (due, overdue or dormant since; the day
 *     something was received for thanks and giving back)
 * @param evidenceAt the latest event it rests on (last contact, last thing received): a dismissal
 *     made before it no longer hides the suggestion
 * @param followUpId the open thank-you follow-up a thank-you suggestion can be settled with
 */
public record Suggestion(
        SuggestionType type,
        UUID personId,
        String displayName,
        String reason,
        LocalDate since,
        Instant evidenceAt,
        @Nullable OffsetDateTime lastContactAt,
        @Nullable Integer cadenceDays,
        @Nullable LocalDate dueOn,
        @Nullable UUID followUpId,
        @Nullable Long gave,
        @Nullable Long received) {}
