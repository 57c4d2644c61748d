package org.rapport.suggestions;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.rapport.db.ChangeLog;
import org.rapport.db.WorkspaceId;
import org.rapport.people.Kind;
import org.springframework.stereotype.Component;

/**
 * A member's suggestions, remembered until the workspace's change log moves (any write, a snooze
 * included), the day changes or a minute passes (the two-day grace of thanks runs by the hour, and
 * on PostgreSQL a lower sequence number can commit after a higher one). Node-local and derived
 * from the database: losing it costs one computation. Paging through the API or reloading Today
 * then costs one small query instead of the aggregates over every encounter.
 */
@Component
class SuggestionCache {
    static final int MAX_ENTRIES = 256;
    static final long MAX_AGE_MILLIS = 60_000;

    private record Key(
            WorkspaceId workspace, UUID member, @Nullable Kind kind) {}

    private record Entry(ChangeLog.Position position, LocalDate day, long at, List<Suggestion> suggestions) {}

    private final Map<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    List<Suggestion> get(
            WorkspaceId ws,
            UUID member,
            @Nullable Kind kind,
            ChangeLog.Position position,
            LocalDate today,
            long now,
            Supplier<List<Suggestion>> compute) {
        Key key = new Key(ws, member, kind);
        synchronized (entries) {
            Entry known = entries.get(key);
            if (known != null
                    && known.position().equals(position)
                    && known.day().equals(today)
                    && now - known.at() < MAX_AGE_MILLIS) {
                return known.suggestions();
            }
        }
        List<Suggestion> computed = List.copyOf(compute.get());
        synchronized (entries) {
            // Aged from when it was ready: a slow computation must not come out already expired.
            entries.put(key, new Entry(position, today, System.currentTimeMillis(), computed));
        }
        return computed;
    }
}
