package org.rapport.people;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Ids strongest first, equals in the order they came in (by name): built once from all of them,
 * then patched when a few scores move, each moved person taken out and put back where their new
 * score places them. Immutable: a patch makes a new order.
 */
final class StrengthOrder {
    /** More moved people than this: sorting everyone again is cheaper than moving each. */
    static final int MOVE_AT_MOST = 32;

    private final List<UUID> byName;
    /** Sorted: (1000 - score) in the high half, the person's place in {@link #byName} in the low. */
    private final long[] keys;

    private final UUID[] ids;

    private StrengthOrder(List<UUID> byName, long[] keys, UUID[] ids) {
        this.byName = byName;
        this.keys = keys;
        this.ids = ids;
    }

    /** {@code byName} ordered by their scores (missing: 0). */
    static StrengthOrder of(List<UUID> byName, Map<UUID, TieStrength.Score> scores) {
        // Primitive keys, one lookup per person: comparing through the map cost most of the request.
        long[] keys = new long[byName.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = key(scores.get(byName.get(i)), i);
        }
        Arrays.sort(keys);
        UUID[] ids = new UUID[keys.length];
        for (int k = 0; k < keys.length; k++) {
            ids[k] = byName.get((int) keys[k]);
        }
        return new StrengthOrder(byName, keys, ids);
    }

    /** The ids, strongest first. */
    List<UUID> ids() {
        return Collections.unmodifiableList(Arrays.asList(ids));
    }

    /** The ids in the order they came in. */
    List<UUID> byName() {
        return byName;
    }

    /** This order once the scores of {@code moved} are these (people not in it are ignored). */
    StrengthOrder moved(Collection<UUID> moved, Map<UUID, TieStrength.Score> scores) {
        if (moved.size() > MOVE_AT_MOST) {
            return of(byName, scores);
        }
        long[] newKeys = keys;
        UUID[] newIds = ids;
        for (UUID person : moved) {
            int rank = byName.indexOf(person);
            if (rank < 0) {
                continue;
            }
            int from = indexOfRank(newKeys, rank);
            long key = key(scores.get(person), rank);
            if (newKeys[from] == key) {
                continue;
            }
            if (newKeys == keys) {
                newKeys = keys.clone();
                newIds = ids.clone();
            }
            // Take the person out, then open a gap where the new key sorts and put them there.
            int n = newKeys.length;
            System.arraycopy(newKeys, from + 1, newKeys, from, n - from - 1);
            System.arraycopy(newIds, from + 1, newIds, from, n - from - 1);
            int to = -Arrays.binarySearch(newKeys, 0, n - 1, key) - 1;
            System.arraycopy(newKeys, to, newKeys, to + 1, n - 1 - to);
            System.arraycopy(newIds, to, newIds, to + 1, n - 1 - to);
            newKeys[to] = key;
            newIds[to] = person;
        }
        return newKeys == keys ? this : new StrengthOrder(byName, newKeys, newIds);
    }

    /** This order without {@code gone}. */
    StrengthOrder without(Set<UUID> gone, Map<UUID, TieStrength.Score> scores) {
        return of(byName.stream().filter(id -> !gone.contains(id)).toList(), scores);
    }

    private static int indexOfRank(long[] keys, int rank) {
        for (int i = 0; i < keys.length; i++) {
            if ((int) keys[i] == rank) {
                return i;
            }
        }
        throw new IllegalStateException("rank " + rank + " is not in the order");
    }

    private static long key(TieStrength.@Nullable Score score, int rank) {
        return ((long) (1000 - (score == null ? 0 : score.score())) << 32) | rank;
    }
}
