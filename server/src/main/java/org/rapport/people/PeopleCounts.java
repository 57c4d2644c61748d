package org.rapport.people;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.rapport.db.WorkspaceId;
import org.springframework.stereotype.Component;

/**
 * Totals of people lists, remembered until the workspace changes. Counting 30,000 rows on every
 * page view costs more than the page itself; the change log's last sequence number, read with the
 * page, tells whether anything was written since. A node-local cache derived from the database:
 * losing it costs one count. Entries also expire after a short while, because on PostgreSQL a
 * sequence number can commit after a higher one (see V2__change_log.sql).
 */
@Component
class PeopleCounts {
    static final int MAX_ENTRIES = 10_000;
    static final long MAX_AGE_MILLIS = 30_000;

    private record Key(WorkspaceId workspace, UUID member, PersonFilter filter) {}

    private record Count(long sequence, long total, long at) {}

    private final Map<Key, Count> counts = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Count> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /**
     * The total for the filter, counted again only when {@code sequence} (the workspace's last
     * change-log sequence, read with the page; -1 when unknown) moved or the entry is old.
     */
    long total(WorkspaceId ws, UUID member, PersonFilter filter, long sequence, LongSupplier count) {
        if (filter.onlyIds() != null || sequence < 0) {
            return count.getAsLong();
        }
        Key key = new Key(ws, member, filter);
        long now = System.currentTimeMillis();
        synchronized (counts) {
            Count known = counts.get(key);
            if (known != null && known.sequence() == sequence && now - known.at() < MAX_AGE_MILLIS) {
                return known.total();
            }
        }
        long total = count.getAsLong();
        synchronized (counts) {
            counts.put(key, new Count(sequence, total, now));
        }
        return total;
    }
}
