package org.rapport.people;

import java.util.EnumMap;
import java.util.Map;
import org.rapport.db.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CadenceDefaultsRepository {
    /**
     * Every person read needs the defaults, which change a few times a year: each node keeps them for
     * a few seconds (another node's change shows here within that time; this node's at once).
     */
    static final long CACHE_MILLIS = 5_000;

    private record Cached(CadenceDefaults defaults, long at) {}

    private final JdbcClient jdbc;
    private final Map<WorkspaceId, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();

    CadenceDefaultsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CadenceDefaults cached(WorkspaceId ws) {
        long now = System.currentTimeMillis();
        Cached known = cache.get(ws);
        if (known != null && now - known.at() < CACHE_MILLIS) {
            return known.defaults();
        }
        if (cache.size() > 10_000) {
            cache.clear();
        }
        CadenceDefaults loaded = load(ws);
        cache.put(ws, new Cached(loaded, now));
        return loaded;
    }

    void forget(WorkspaceId ws) {
        cache.remove(ws);
    }

    CadenceDefaults load(WorkspaceId ws) {
        Map<ClosenessTier, Integer> tiers =
                new EnumMap<>(CadenceDefaults.standard().tiers());
        Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
        jdbc.sql("SELECT subject, days FROM cadence_defaults WHERE workspace_id = :ws")
                .param("ws", ws.toString())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .list()
                .forEach(row -> {
                    String subject = row.getKey();
                    if (subject.startsWith("tier:")) {
                        tiers.put(ClosenessTier.fromWire(subject.substring(5)), row.getValue());
                    } else if (subject.startsWith("kind:")) {
                        kinds.put(Kind.fromWire(subject.substring(5)), row.getValue());
                    }
                });
        return new CadenceDefaults(tiers, kinds);
    }

    void save(WorkspaceId ws, CadenceDefaults defaults) {
        jdbc.sql("DELETE FROM cadence_defaults WHERE workspace_id = :ws")
                .param("ws", ws.toString())
                .update();
        defaults.tiers().forEach((tier, days) -> insert(ws, "tier:" + tier.wire(), days));
        defaults.kinds().forEach((kind, days) -> insert(ws, "kind:" + kind.wire(), days));
    }

    private void insert(WorkspaceId ws, String subject, int days) {
        jdbc.sql("INSERT INTO cadence_defaults (workspace_id, subject, days) VALUES (:ws, :subject, :days)")
                .param("ws", ws.toString())
                .param("subject", subject)
                .param("days", days)
                .update();
    }
}
