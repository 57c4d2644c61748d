package org.rapport.goals;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.api.WireValue;

/**
 * One move of a target organization between stages, when it happened and why: added, moved by
 * hand, or pushed on by one of its people reaching a further stage (that entry and person named).
 */
public record TargetMove(
        UUID targetId,
        @Nullable Stage from,
        Stage to,
        Instant movedAt,
        Cause cause,
        @Nullable UUID causedByEntryId,
        @Nullable UUID causedByPersonId) {

    public enum Cause implements WireValue {
        ADDED,
        MANUAL,
        PERSON;

        public static Cause fromWire(String wire) {
            return WireValue.parse(Cause.class, wire);
        }
    }
}
