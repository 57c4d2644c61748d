package org.rapport.people;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.rapport.accounts.CurrentMember;
import org.rapport.db.ChangeLog;
import org.rapport.db.WorkspaceId;
import org.springframework.stereotype.Component;

/**
 * People lists sorted by strength, remembered per member and filter until the workspace is written
 * to or the strengths move (they are recomputed as they decay). Sorting means reading every
 * matching id, so paging through a sorted list of 30,000 people would otherwise read them all for
 * every page. Node-local and derived, like {@link PeopleCounts}; on PostgreSQL a lower sequence
 * number can commit after a higher one, which {@link ChangeLog.Position} notices.
 */
@Component
class StrengthRanking {
    static final int MAX_ENTRIES = 16;

    private record Key(WorkspaceId workspace, UUID member, PersonFilter filter) {}

    private record Ranked(ChangeLog.Position position, Map<UUID, TieStrength.Score> scores, List<UUID> ids) {}

    private final ChangeLog changeLog;
    private final Map<Key, Ranked> ranked = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Ranked> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    StrengthRanking(ChangeLog changeLog) {
        this.changeLog = changeLog;
    }

    /** The matching ids, strongest first; equals keep the order {@code byName} gives them. */
    List<UUID> ordered(CurrentMember me, PersonFilter filter, TieStrength strength, Supplier<List<UUID>> byName) {
        Key key = new Key(me.workspace(), me.memberId(), filter);
        ChangeLog.Position position = changeLog.position(me.workspace());
        Map<UUID, TieStrength.Score> scores = strength.everyone(me);
        synchronized (ranked) {
            Ranked known = ranked.get(key);
            if (known != null && known.position().equals(position) && known.scores() == scores) {
                return known.ids();
            }
        }
        List<UUID> ids = order(byName.get(), scores);
        if (filter.onlyIds() == null) {
            synchronized (ranked) {
                ranked.put(key, new Ranked(position, scores, ids));
            }
        }
        return ids;
    }

    private static List<UUID> order(List<UUID> ids, Map<UUID, TieStrength.Score> scores) {
        // Primitive keys, one lookup per person: comparing through the map cost most of the request.
        long[] keys = new long[ids.size()];
        for (int i = 0; i < keys.length; i++) {
            TieStrength.Score score = scores.get(ids.get(i));
            keys[i] = ((long) (1000 - (score == null ? 0 : score.score())) << 32) | i;
        }
        Arrays.sort(keys);
        UUID[] ordered = new UUID[keys.length];
        for (int k = 0; k < keys.length; k++) {
            ordered[k] = ids.get((int) keys[k]);
        }
        return List.of(ordered);
    }
}
