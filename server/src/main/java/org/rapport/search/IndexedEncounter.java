package org.rapport.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An encounter as the index sees it; the people in it are kept so their documents follow a delete,
 * and the member who logged it, whose alone it is.
 */
record IndexedEncounter(
        String id,
        @Nullable String title,
        @Nullable String notes,
        List<String> topics,
        List<String> gave,
        List<String> received,
        List<String> participants,
        Set<String> personIds,
        long occurredAt,
        LocalDate on,
        String memberId) {

    /** The title, or what it was and when. */
    String displayTitle() {
        if (title != null && !title.isBlank()) {
            return title;
        }
        return participants.isEmpty() ? "Encounter on " + on : "With " + String.join(", ", participants) + " on " + on;
    }

    static final class Builder {
        final String id;
        final @Nullable String title;
        final @Nullable String notes;
        final List<String> topics;
        final long occurredAt;
        final LocalDate on;
        final String memberId;
        final List<String> gave = new ArrayList<>();
        final List<String> received = new ArrayList<>();
        final List<String> participants = new ArrayList<>();
        final Set<String> participantIds = new LinkedHashSet<>();

        Builder(
                String id,
                @Nullable String title,
                @Nullable String notes,
                List<String> topics,
                long occurredAt,
                LocalDate on,
                String memberId) {
            this.memberId = memberId;
            this.id = id;
            this.title = title;
            this.notes = notes;
            this.topics = topics;
            this.occurredAt = occurredAt;
            this.on = on;
        }

        IndexedEncounter build() {
            return new IndexedEncounter(
                    id, title, notes, topics, gave, received, participants, participantIds, occurredAt, on, memberId);
        }
    }
}
