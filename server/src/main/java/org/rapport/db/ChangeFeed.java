package org.rapport.db;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * This node's reader of the change log, across workspaces (see {@link ChangeStream}). PostgreSQL hands out sequence values
 * when rows are inserted but they become visible when their transactions commit, possibly out of
 * order: a reader that only asks for seq above the highest it has seen could step over a row that
 * commits later. So the numbers skipped so far are remembered and asked for again until they
 * appear (at every poll for their first seconds, then once a second), or until
 * {@link #GAP_PATIENCE_MS} has passed (a rolled-back transaction leaves a gap
 * forever). Not thread-safe: its caller serialises polls.
 */
@Component
class ChangeFeed {
    static final long GAP_PATIENCE_MS = 10 * 60_000;
    static final long YOUNG_GAP_MS = 3000;
    static final long OLD_GAPS_EVERY_MS = 1000;
    private static final int BATCH = 5000;

    private final JdbcClient jdbc;
    private long highWater = -1;
    private final Map<Long, Long> gaps = new LinkedHashMap<>();
    private long oldGapsAskedAt;

    ChangeFeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts reading after everything committed so far (graphs loaded later include it). */
    long position() {
        if (highWater < 0) {
            highWater = jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM change_log")
                    .query(Long.class)
                    .single();
        }
        return highWater;
    }

    /** Changes committed since the last poll, late ones included, in no particular order. */
    List<ChangeStream.Change> poll() {
        position();
        long now = System.currentTimeMillis();
        List<ChangeStream.Change> found = new ArrayList<>();
        if (!gaps.isEmpty()) {
            gaps.values().removeIf(firstSeen -> now - firstSeen > GAP_PATIENCE_MS);
            // A gap is nearly always a transaction about to commit; one still open after a few
            // seconds is a long import or a rollback, and asking for it once a second is enough.
            boolean all = now - oldGapsAskedAt >= OLD_GAPS_EVERY_MS;
            List<Long> wanted = new ArrayList<>();
            gaps.forEach((seq, firstSeen) -> {
                if (all || now - firstSeen < YOUNG_GAP_MS) {
                    wanted.add(seq);
                }
            });
            if (all) {
                oldGapsAskedAt = now;
            }
            if (!wanted.isEmpty()) {
                for (ChangeStream.Change c : read("seq IN (:gaps)", wanted)) {
                    gaps.remove(c.seq());
                    found.add(c);
                }
            }
        }
        while (true) {
            List<ChangeStream.Change> batch = read("seq > :high", highWater);
            for (ChangeStream.Change c : batch) {
                for (long missing = highWater + 1; missing < c.seq(); missing++) {
                    gaps.put(missing, now);
                }
                highWater = c.seq();
                found.add(c);
            }
            trimGaps();
            if (batch.size() < BATCH) {
                return found;
            }
        }
    }

    private void trimGaps() {
        // A burst of rollbacks must not grow the list without end: the oldest gaps go first.
        Iterator<Long> oldest = gaps.keySet().iterator();
        while (gaps.size() > 10_000 && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }

    private List<ChangeStream.Change> read(String condition, Object value) {
        String name = condition.contains(":gaps") ? "gaps" : "high";
        return jdbc.sql("SELECT seq, workspace_id, entity, entity_id, operation, member_id FROM change_log WHERE "
                        + condition + " ORDER BY seq LIMIT " + BATCH)
                .param(name, value)
                .query((rs, n) -> {
                    String member = rs.getString(6);
                    return new ChangeStream.Change(
                            rs.getLong(1),
                            UUID.fromString(rs.getString(2)),
                            rs.getString(3),
                            UUID.fromString(rs.getString(4)),
                            rs.getString(5),
                            member == null ? null : UUID.fromString(member));
                })
                .list();
    }
}
