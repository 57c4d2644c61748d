package org.rapport.search;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * How far the index has read the change log. Sequence values may commit out of order on
 * PostgreSQL (a transaction that took seq 7 can commit after one that took seq 8), so a value
 * skipped over is remembered as a gap and asked for again until it shows up or is old enough to
 * belong to a rolled-back transaction. The safe point (everything at or below it is indexed) is
 * what a commit records, so a restart re-reads the gaps.
 */
final class ChangeCursor {
    /** At most this many gaps are remembered; beyond it the oldest are given up. */
    static final int MAX_GAPS = 10_000;

    private long high;
    private final NavigableMap<Long, Long> gaps = new TreeMap<>();

    ChangeCursor(long high) {
        this.high = high;
    }

    /**
     * A cursor at {@code high}, with gaps for the values in the window below it that the log does
     * not hold yet ({@code present} lists those it does).
     */
    static ChangeCursor after(long high, long windowStart, Collection<Long> present, long now) {
        var cursor = new ChangeCursor(high);
        Set<Long> committed = new HashSet<>(present);
        for (long seq = windowStart + 1; seq <= high; seq++) {
            if (!committed.contains(seq)) {
                cursor.gaps.put(seq, now);
            }
        }
        return cursor;
    }

    long high() {
        return high;
    }

    /** The oldest gaps, the ones to ask for again. */
    List<Long> gaps(int limit) {
        return gaps.keySet().stream().limit(limit).toList();
    }

    /** The gaps first seen at or after {@code since} (young ones: likely a transaction about to commit). */
    List<Long> gapsSince(long since) {
        return gaps.entrySet().stream()
                .filter(e -> e.getValue() >= since)
                .map(Map.Entry::getKey)
                .toList();
    }

    int gapCount() {
        return gaps.size();
    }

    boolean hasGaps() {
        return !gaps.isEmpty();
    }

    void seen(long seq, long now) {
        if (seq <= high) {
            gaps.remove(seq);
            return;
        }
        for (long missing = Math.max(high + 1, seq - MAX_GAPS); missing < seq; missing++) {
            gaps.put(missing, now);
        }
        high = seq;
        while (gaps.size() > MAX_GAPS) {
            gaps.pollFirstEntry();
        }
    }

    /** Gives up gaps first seen before {@code now - patience}: their transactions rolled back. */
    void expire(long now, long patienceMillis) {
        gaps.values().removeIf(since -> since < now - patienceMillis);
    }

    /** Everything at or below this is indexed. */
    long safe() {
        return gaps.isEmpty() ? high : gaps.firstKey() - 1;
    }
}
