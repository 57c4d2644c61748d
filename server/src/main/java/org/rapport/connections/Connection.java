package org.rapport.connections;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A tie between two people. Stored with the smaller id first; it has no direction. */
public record Connection(
        UUID id,
        UUID personAId,
        UUID personBId,
        ConnectionType type,
        @Nullable Double strength,
        ConnectionSource source,
        @Nullable String note,
        Instant createdAt) {

    /** The other end of the tie, seen from {@code personId}. */
    public UUID otherThan(UUID personId) {
        return personAId.equals(personId) ? personBId : personAId;
    }
}
