package org.rapport.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
    };
}
