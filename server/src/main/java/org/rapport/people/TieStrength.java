package org.rapport.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;

/**
 * A member's relationship strength to people (0–100, with its reasons). The network module
 * computes it from encounters and connections; people only shows it, so the dependency points
 * from network to people and not back.
 */
public interface TieStrength {
    record Score(int score, List<String> reasons) {}

    /** Scores for the given people; a person without any evidence may be missing from the map. */
    Map<UUID, Score> scores(CurrentMember me, Collection<UUID> personIds);

    /**
     * Everyone the member has evidence about (the others score 0). The same map instance comes
     * back until a score changes, so callers may remember what they derived from it.
     */
    Map<UUID, Score> everyone(CurrentMember me);

    /**
     * {@link #everyone} at a version that moves whenever a score does, with whose scores moved
     * since an earlier version: so that what was derived from an earlier map (an order) can be
     * patched rather than derived again.
     *
     * @param moved the people whose score may have changed since the version asked about (a
     *     superset is allowed), or null when that is not known: everyone's may have moved (scores
     *     are recomputed as they decay), or that version is too old
     */
    record Snapshot(
            Map<UUID, Score> scores, long version, @Nullable Set<UUID> moved) {}

    /** {@link #everyone} with whose scores moved since {@code version} (-1: never asked before). */
    default Snapshot everyoneSince(CurrentMember me, long version) {
        return new Snapshot(everyone(me), -1, null);
    }

    /** Used when no module computes strength (e.g. slim test contexts). */
    TieStrength NONE = new TieStrength() {
        @Override
        public Map<UUID, Score> scores(CurrentMember me, Collection<UUID> personIds) {
            return Map.of();
        }

        @Override
        public Map<UUID, Score> everyone(CurrentMember me) {
            return Map.of();
        }

        @Override
        public Snapshot everyoneSince(CurrentMember me, long version) {
            return new Snapshot(Map.of(), 0, version == 0 ? Set.of() : null);
        }
    };
}
