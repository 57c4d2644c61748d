package org.rapport.suggestions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A family of suggestions about one person, put aside until {@code until} (exclusive). */
public record Dismissal(UUID personId, SuggestionType.Family family, LocalDate until, Instant createdAt) {
    /** Hides a suggestion until its day, unless something newer than the dismissal happened since. */
    boolean hides(Suggestion s, LocalDate today) {
        return s.type().family() == family
                && today.isBefore(until)
                && !s.evidenceAt().isAfter(createdAt);
    }
}
