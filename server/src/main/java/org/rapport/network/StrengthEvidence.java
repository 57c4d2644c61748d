package org.rapport.network;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.people.ClosenessTier;
import org.rapport.people.Kind;

/** What a member's encounters, relationship and the connections say about one tie. */
final class StrengthEvidence {
    /**
     * One encounter with the person, seen from the member's side. The encounter's id lets a cache
     * find whom a deleted encounter was with.
     */
    record Contact(@Nullable UUID encounter, Instant at, Weight weight, Kind kind, int gave, int received) {}

    /**
     * How much an encounter says about a tie: talking in person, by call or video is worth a
     * conversation; a message counts fully only when it was answered (something came back).
     */
    enum Weight {
        CONVERSATION(3),
        RECIPROCATED_MESSAGE(1),
        ONE_WAY_MESSAGE(0.25);

        final double value;

        Weight(double value) {
            this.value = value;
        }

        boolean twoWay() {
            return this != ONE_WAY_MESSAGE;
        }
    }

    final List<Contact> contacts = new ArrayList<>();
    final Set<Kind> relationshipKinds = EnumSet.noneOf(Kind.class);

    @Nullable
    ClosenessTier tier;

    int sharedConnections;
}
