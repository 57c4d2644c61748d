package org.rapport.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The suggestions endpoint on a big network: after {@link Seed} (30,000 people with relationships),
 * writes {@code encounters} encounters (one participant each; 60% carry an exchange, most of them
 * naming the person) straight into the database, then times {@code GET /api/v1/suggestions} one
 * request at a time: after a snooze, after logging an encounter (the app's most common path), again
 * (remembered), with {@code withStrength=true}, and {@code /api/v1/ping} as the server's floor, against the raw
 * baseline: the same aggregate SQL run over JDBC by this driver,
 * without the server, the rules or JSON. Prints a markdown table.
 *
 * <pre>java -Dloader.main=org.rapport.bench.SuggestionsLatency -jar rapport-bench-baseline.jar --base URL
 *     --dir SEED_OUT --jdbc URL [--encounters 300000] [--warmup 20] [--samples 100]</pre>
 */
public final class SuggestionsLatency {
    private static final String[] TYPES = {
        "information", "advice", "introduction", "recommendation", "referral", "favor", "resource"
    };
    private static final String[] KINDS = {"personal", "professional", "business", "job_search"};

    /** The server's queries (TieRepository, EncounterTallyRepository, ThankYouRepository, DismissalRepository). */
    private static final List<String> RAW = List.of(
            """
            SELECT r.person_id, p.display_name, r.kinds, r.closeness_tier, r.cadence_days, r.last_contact_at,
                   r.last_contact_offset, r.next_contact_due
            FROM relationships r JOIN people p ON p.workspace_id = r.workspace_id AND p.id = r.person_id
            WHERE r.workspace_id = ? AND r.member_id = ? AND r.last_contact_at IS NOT NULL AND p.deleted_at IS NULL
            """,
            """
            SELECT p.person_id, count(*), min(e.occurred_at)
            FROM encounter_participants p JOIN encounters e ON e.workspace_id = p.workspace_id AND e.id = p.encounter_id
            WHERE p.workspace_id = ? AND e.member_id = ? GROUP BY p.person_id
            """,
            """
            SELECT person_id, direction, type, count(*), max(occurred_at) FROM (
              SELECT x.person_id AS person_id, x.direction, x.type, e.occurred_at
              FROM exchanges x JOIN encounters e ON e.workspace_id = x.workspace_id AND e.id = x.encounter_id
              WHERE x.workspace_id = ? AND e.member_id = ? AND x.person_id IS NOT NULL
              UNION ALL
              SELECT p.person_id, x.direction, x.type, e.occurred_at
              FROM exchanges x JOIN encounters e ON e.workspace_id = x.workspace_id AND e.id = x.encounter_id
              JOIN encounter_participants p ON p.workspace_id = x.workspace_id AND p.encounter_id = x.encounter_id
              WHERE x.workspace_id = ? AND e.member_id = ? AND x.person_id IS NULL
                AND NOT EXISTS (SELECT 1 FROM encounter_participants q WHERE q.workspace_id = p.workspace_id
                                AND q.encounter_id = p.encounter_id AND q.person_id <> p.person_id)
            ) a GROUP BY person_id, direction, type
            """,
            """
            SELECT person_id, max(CASE WHEN status <> 'open' THEN completed_at END),
                   min(CASE WHEN status = 'open' THEN id END)
            FROM follow_ups WHERE workspace_id = ? AND member_id = ? AND type = 'thank_you' AND person_id IS NOT NULL
            GROUP BY person_id
            """,
            "SELECT person_id, family, until_on, created_at FROM suggestion_dismissals"
                    + " WHERE workspace_id = ? AND member_id = ? AND until_on > '2000-01-01'");

    private SuggestionsLatency() {}

    public static void main(String[] argv) throws Exception {
        var args = new Args(argv);
        String base = args.required("base");
        Path dir = Path.of(args.required("dir"));
        String bearer = "Bearer " + Files.readString(dir.resolve("token")).trim();
        List<String> ids = Files.readAllLines(dir.resolve("ids.txt"));
        int encounters = args.integer("encounters", 300_000);
        int warmup = args.integer("warmup", 20);
        int samples = args.integer("samples", 100);
        try (Connection db = DriverManager.getConnection(args.required("jdbc"))) {
            String[] who = member(db);
            long started = System.nanoTime();
            insertEncounters(db, who[0], who[1], ids, encounters);
            if (db.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                db.setAutoCommit(true);
                try (var s = db.createStatement()) {
                    s.execute("ANALYZE");
                }
            }
            System.err.printf("Wrote %d encounters in %d ms%n", encounters, (System.nanoTime() - started) / 1_000_000);
            String first = Http.get(base + "/api/v1/suggestions?size=50", bearer);
            String total = Http.field(first, "total");
            var random = new Random(11);
            // A write before each request moves the change log, so the server computes afresh.
            Runnable write = () -> Http.postJson(
                    base + "/api/v1/suggestions/dismissals",
                    "{\"personId\":\"" + ids.get(random.nextInt(ids.size())) + "\",\"type\":\"give_back\",\"days\":1}",
                    bearer,
                    201);
            long[] fresh = time(warmup, samples, write, () -> Http.get(base + "/api/v1/suggestions?size=50", bearer));
            // The app's most common path: log an encounter (one person, something received), back to Today.
            Runnable log = () -> Http.postJson(
                    base + "/api/v1/encounters",
                    "{\"occurredAt\":\"" + OffsetDateTime.now(ZoneOffset.UTC).withNano(0)
                            + "\",\"kind\":\"professional\",\"channel\":\"call\",\"participantIds\":[\""
                            + ids.get(random.nextInt(ids.size()))
                            + "\"],\"received\":[{\"type\":\"advice\",\"description\":\"bench\"}]}",
                    bearer,
                    201);
            long[] logged = time(warmup, samples, log, () -> Http.get(base + "/api/v1/suggestions?size=50", bearer));
            long[] cached =
                    time(warmup, samples, () -> {}, () -> Http.get(base + "/api/v1/suggestions?size=50", bearer));
            long[] strong = time(
                    warmup,
                    samples,
                    () -> {},
                    () -> Http.get(base + "/api/v1/suggestions?size=50&withStrength=true", bearer));
            long[] ping = time(warmup, samples, () -> {}, () -> Http.get(base + "/api/v1/ping", bearer));
            long[] raw = time(warmup, samples, () -> {}, () -> raw(db, who[0], who[1]));
            System.out.printf("%d people, %d encounters; %s suggestions.%n%n", ids.size(), encounters, total);
            System.out.println("| what | p50 ms | p95 ms | max ms |");
            System.out.println("|---|---:|---:|---:|");
            row("raw: the five aggregate queries over JDBC", raw);
            row("`GET /api/v1/suggestions?size=50` after a write (computed)", fresh);
            row("`GET /api/v1/suggestions?size=50` after logging an encounter", logged);
            row("`GET /api/v1/suggestions?size=50` again (remembered)", cached);
            row("`GET /api/v1/suggestions?size=50&withStrength=true` (remembered, strength of the page)", strong);
            row("`GET /api/v1/ping` (the server's floor)", ping);
            System.out.printf(
                    "%nRatio at p95: computed %.3f × raw (p50 %.3f ×); after logging %.3f × raw; remembered %.3f × raw.%n",
                    percentile(fresh, 0.95) / percentile(raw, 0.95),
                    percentile(fresh, 0.50) / percentile(raw, 0.50),
                    percentile(logged, 0.95) / percentile(raw, 0.95),
                    percentile(cached, 0.95) / percentile(raw, 0.95));
        }
    }

    static String[] member(Connection db) throws SQLException {
        try (var s = db.prepareStatement("SELECT workspace_id, id FROM members WHERE email = ?")) {
            s.setString(1, Seed.EMAIL);
            try (var rs = s.executeQuery()) {
                rs.next();
                return new String[] {rs.getString(1), rs.getString(2)};
            }
        }
    }

    static void insertEncounters(Connection db, String ws, String member, List<String> ids, int count)
            throws SQLException {
        db.setAutoCommit(false);
        var random = new Random(7);
        long now = System.currentTimeMillis();
        try (PreparedStatement e = db.prepareStatement("""
                        INSERT INTO encounters (workspace_id, id, member_id, occurred_at, occurred_offset, channel, kind,
                                                title, topics_json, created_at, updated_at, version)
                        VALUES (?, ?, ?, ?, 0, 'call', ?, 'Bench encounter', '[]', ?, ?, 1)""");
                PreparedStatement p = db.prepareStatement("""
                        INSERT INTO encounter_participants (workspace_id, encounter_id, person_id, position)
                        VALUES (?, ?, ?, 0)""");
                PreparedStatement x = db.prepareStatement("""
                        INSERT INTO exchanges (workspace_id, id, encounter_id, direction, type, description, person_id,
                                               position) VALUES (?, ?, ?, ?, ?, 'bench', ?, 0)""")) {
            for (int i = 0; i < count; i++) {
                String id = Seed.newId();
                String person = ids.get(random.nextInt(ids.size()));
                long at = now - (long) random.nextInt(1500) * 86_400_000L - random.nextInt(86_400_000);
                e.setString(1, ws);
                e.setString(2, id);
                e.setString(3, member);
                e.setLong(4, at);
                e.setString(5, KINDS[random.nextInt(KINDS.length)]);
                e.setLong(6, at);
                e.setLong(7, at);
                e.addBatch();
                p.setString(1, ws);
                p.setString(2, id);
                p.setString(3, person);
                p.addBatch();
                if (random.nextInt(10) < 6) {
                    x.setString(1, ws);
                    x.setString(2, Seed.newId());
                    x.setString(3, id);
                    x.setString(4, random.nextBoolean() ? "gave" : "received");
                    x.setString(5, TYPES[random.nextInt(TYPES.length)]);
                    x.setString(6, random.nextInt(10) < 7 ? person : null);
                    x.addBatch();
                }
                if (i % 5000 == 4999 || i == count - 1) {
                    e.executeBatch();
                    p.executeBatch();
                    x.executeBatch();
                    db.commit();
                }
            }
        }
        db.setAutoCommit(true);
        System.err.println("Encounters up to " + LocalDate.now(ZoneOffset.UTC));
    }

    private static void raw(Connection db, String ws, String member) {
        try {
            for (String sql : RAW) {
                try (var s = db.prepareStatement(sql)) {
                    int n = (int) sql.chars().filter(c -> c == '?').count();
                    for (int i = 0; i < n; i++) {
                        s.setString(i + 1, i % 2 == 0 ? ws : member);
                    }
                    try (var rs = s.executeQuery()) {
                        int cols = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int c = 1; c <= cols; c++) {
                                rs.getObject(c);
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long[] time(int warmup, int samples, Runnable before, Runnable call) {
        for (int i = 0; i < warmup; i++) {
            before.run();
            call.run();
        }
        long[] latencies = new long[samples];
        for (int i = 0; i < samples; i++) {
            before.run();
            long sent = System.nanoTime();
            call.run();
            latencies[i] = System.nanoTime() - sent;
        }
        Arrays.sort(latencies);
        return latencies;
    }

    static void row(String what, long[] sorted) {
        System.out.printf(
                "| %s | %.1f | %.1f | %.1f |%n",
                what, percentile(sorted, 0.50), percentile(sorted, 0.95), sorted[sorted.length - 1] / 1e6);
    }

    static double percentile(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
