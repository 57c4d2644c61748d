package org.rapport.bench;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A LinkedIn Connections.csv of N rows imported end to end (one multipart upload to
 * {@code POST /api/v1/imports}, answered when the import has committed) against the raw baseline: the
 * same rows the import ends up writing (people, relationships, contact points, organizations, roles,
 * import sources and changes, change log), prepared in memory beforehand and inserted with plain
 * JDBC batches in one transaction into the same database. Each round uses two fresh workspaces.
 *
 * <pre>java -Dloader.main=org.rapport.bench.ImportBench -jar rapport-bench-baseline.jar --base URL --jdbc URL
 *     [--rows 30000] [--rounds 3] [--big 300000]</pre>
 */
public final class ImportBench {
    private static final int BATCH = 2_000;

    private ImportBench() {}

    public static void main(String[] argv) throws Exception {
        var args = new Args(argv);
        String base = args.required("base");
        String jdbc = args.required("jdbc");
        int rows = args.integer("rows", 30_000);
        int rounds = args.integer("rounds", 3);
        int big = args.integer("big", 300_000);
        byte[] file = linkedIn(rows);

        // Warm-up: one small import and its search, so the first measured round does not pay for JIT
        // compilation (the first searches of a fresh server took about 2 s more).
        Account warmup = account(base, "warmup");
        importFile(base, warmup, linkedIn(5_000));
        untilSearchable(base, warmup, given(4_999));

        double[] importSeconds = new double[rounds];
        double[] searchableSeconds = new double[rounds];
        double[] rawSeconds = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            Account a = account(base, "import" + r);
            importSeconds[r] = importFile(base, a, file);
            searchableSeconds[r] = importSeconds[r] + untilSearchable(base, a, given(rows - 1));
            Account b = account(base, "raw" + r);
            rawSeconds[r] = rawInsert(jdbc, b, rows);
        }
        double imp = median(importSeconds);
        double raw = median(rawSeconds);
        System.out.printf(
                Locale.ROOT, "| rows | import (s) | raw JDBC batch (s) | import rows/s | raw rows/s | ratio |%n");
        System.out.printf(Locale.ROOT, "|---|---|---|---|---|---|%n");
        System.out.printf(
                Locale.ROOT,
                "| %,d | %.2f | %.2f | %,.0f | %,.0f | **%.2f×** |%n",
                rows,
                imp,
                raw,
                rows / imp,
                rows / raw,
                raw / imp);
        System.out.printf(
                Locale.ROOT,
                "%nMedian of %d rounds; each round: %s import, %s raw.%n",
                rounds,
                fmt(importSeconds),
                fmt(rawSeconds));
        double searchable = median(searchableSeconds);
        System.out.printf(
                Locale.ROOT,
                "%nUntil the last imported person is found by GET /api/v1/search (the index catches up from the"
                        + " change log): %.2f s median (%s), %.2f× the raw insert's throughput.%n",
                searchable,
                fmt(searchableSeconds),
                raw / searchable);
        if (big > 0) {
            double bigSeconds = importFile(base, account(base, "big"), linkedIn(big));
            System.out.printf(
                    Locale.ROOT,
                    "%n%,d rows: import %.2f s, %.1f× the %,d-row import (goal ≤ 12×; %.0f× the rows).%n",
                    big,
                    bigSeconds,
                    bigSeconds / imp,
                    rows,
                    (double) big / rows);
        }
    }

    record Account(String workspace, String member, String bearer) {}

    static Account account(String base, String name) {
        String email = name + "-" + UUID.randomUUID() + "@bench.example";
        String created = Http.postJson(
                base + "/api/v1/accounts",
                "{\"email\":\"" + email + "\",\"password\":\"" + Seed.PASSWORD + "\",\"name\":\"Bench\"}",
                "",
                201);
        String token = Http.field(
                Http.postJson(base + "/api/v1/tokens", "{\"name\":\"bench\"}", Http.basic(email, Seed.PASSWORD), 201),
                "token");
        return new Account(Http.field(created, "workspaceId"), Http.field(created, "memberId"), "Bearer " + token);
    }

    static byte[] linkedIn(int rows) {
        StringBuilder b = new StringBuilder("Notes:\n\"When exporting your connection data, you may notice…\"\n\n");
        b.append("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
        for (int i = 0; i < rows; i++) {
            b.append(given(i))
                    .append(',')
                    .append(family(i))
                    .append(",https://www.linkedin.com/in/")
                    .append(slug(i))
                    .append(",,\"")
                    .append(company(i))
                    .append("\",")
                    .append(title(i))
                    .append(',')
                    .append(1 + i % 28)
                    .append(" Mar 2024\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String given(int i) {
        return "Given" + i;
    }

    private static String family(int i) {
        return "Family" + (i % 997);
    }

    private static String slug(int i) {
        return "person-" + i;
    }

    private static String company(int i) {
        return "Company " + (i % 3001) + ", Inc.";
    }

    private static String title(int i) {
        return "Role " + (i % 50);
    }

    /** Seconds from sending the upload to the 200 (the import's transaction has committed). */
    static double importFile(String base, Account a, byte[] csv) {
        String boundary = "----bench" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream(csv.length + 512);
        body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Connections.csv\""
                                + "\r\nContent-Type: text/csv\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(csv);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(base + "/api/v1/imports?format=linkedin"))
                .header("Authorization", a.bearer())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(java.time.Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        long start = System.nanoTime();
        var response = Http.send(request);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (response.statusCode() != 200 || !response.body().contains("\"created\":" + countOf(csv))) {
            throw new IllegalStateException("import answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
        return seconds;
    }

    /** Seconds after the import's answer until search finds the file's last person. */
    static double untilSearchable(String base, Account a, String name) {
        long start = System.nanoTime();
        String url = base + "/api/v1/search?types=person&limit=1&q=" + name;
        while (!Http.get(url, a.bearer()).contains("\"type\":\"person\"")) {
            if (System.nanoTime() - start > 300_000_000_000L) {
                throw new IllegalStateException(name + " is not searchable after 5 minutes");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static int countOf(byte[] csv) {
        int lines = 0;
        for (byte b : csv) {
            if (b == '\n') {
                lines++;
            }
        }
        return lines - 4;
    }

    /** Seconds to insert, in JDBC batches and one transaction, the rows an import of {@code rows} writes. */
    static double rawInsert(String url, Account a, int rows) throws Exception {
        String ws = a.workspace();
        String member = a.member();
        long now = System.currentTimeMillis();
        String importId = Seed.newId();
        List<Object[]> people = new ArrayList<>(rows);
        List<Object[]> relationships = new ArrayList<>(rows);
        List<Object[]> points = new ArrayList<>(rows);
        List<Object[]> roles = new ArrayList<>(rows);
        List<Object[]> sources = new ArrayList<>(rows);
        List<Object[]> changes = new ArrayList<>(rows);
        List<Object[]> log = new ArrayList<>(rows + 3001);
        String[] orgIds = new String[Math.min(rows, 3001)];
        List<Object[]> orgs = new ArrayList<>();
        for (int o = 0; o < orgIds.length; o++) {
            orgIds[o] = Seed.newId();
            String name = company(o);
            orgs.add(new Object[] {ws, orgIds[o], name, name.toLowerCase(Locale.ROOT), now, now});
            log.add(new Object[] {ws, "organization", orgIds[o], "create", member, now});
        }
        for (int i = 0; i < rows; i++) {
            String id = Seed.newId();
            String name = given(i) + " " + family(i);
            String profile = "https://www.linkedin.com/in/" + slug(i);
            String key = "linkedin.com/in/" + slug(i);
            people.add(new Object[] {
                ws,
                id,
                name,
                name.toLowerCase(Locale.ROOT),
                given(i),
                family(i),
                "[]",
                "Connected on LinkedIn on 2024-03-0" + (1 + i % 9),
                now,
                now
            });
            relationships.add(new Object[] {ws, member, id, ",professional,"});
            points.add(new Object[] {ws, id, "link", 0, profile, "linkedin", key});
            roles.add(new Object[] {ws, Seed.newId(), id, orgIds[i % 3001], title(i), 0});
            sources.add(new Object[] {ws, "linkedin", "url:" + key, id, importId});
            changes.add(new Object[] {ws, importId, "person", id, "created"});
            log.add(new Object[] {ws, "person", id, "create", member, now});
        }
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            batch(
                    c,
                    "INSERT INTO imports (workspace_id, id, member_id, file_name, format, status, started_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    List.<Object[]>of(new Object[] {ws, importId, member, "Connections.csv", "linkedin", "done", now}));
            batch(c, """
                    INSERT INTO people (workspace_id, id, display_name, sort_name, given_name, family_name, addresses_json,
                                        how_we_met, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""", people);
            batch(
                    c,
                    "INSERT INTO relationships (workspace_id, member_id, person_id, kinds) VALUES (?, ?, ?, ?)",
                    relationships);
            batch(c, """
                    INSERT INTO person_contact_points (workspace_id, person_id, kind, position, value, label, match_key)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", points);
            batch(c, """
                    INSERT INTO organizations (workspace_id, id, name, name_key, created_at, updated_at, version)
                    VALUES (?, ?, ?, ?, ?, ?, 1)""", orgs);
            batch(
                    c,
                    "INSERT INTO roles (workspace_id, id, person_id, organization_id, title, position) VALUES (?, ?, ?, ?, ?, ?)",
                    roles);
            batch(
                    c,
                    "INSERT INTO import_sources (workspace_id, source, source_key, person_id, import_id) VALUES (?, ?, ?, ?, ?)",
                    sources);
            batch(
                    c,
                    "INSERT INTO import_changes (workspace_id, import_id, entity, entity_id, action) VALUES (?, ?, ?, ?, ?)",
                    changes);
            batch(
                    c,
                    "INSERT INTO change_log (workspace_id, entity, entity_id, operation, member_id, changed_at) VALUES (?, ?, ?, ?, ?, ?)",
                    log);
            c.commit();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void batch(Connection c, String sql, List<Object[]> rows) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int n = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    s.setObject(i + 1, row[i]);
                }
                s.addBatch();
                if (++n % BATCH == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String fmt(double[] values) {
        StringBuilder b = new StringBuilder();
        for (double v : values) {
            b.append(b.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f s", v));
        }
        return b.toString();
    }
}
