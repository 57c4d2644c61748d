package org.rapport.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jgrapht.alg.shortestpath.BidirectionalDijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Warm-introduction paths on a generated network (NetworkGenerator output in --dir): the server's
 * {@code GET /api/v1/network/paths} against, on the same ties and the same member strengths,
 * JGraphT's bidirectional Dijkstra (in this process) and a recursive-CTE query on the server's own
 * database. One request or query at a time, same random targets for all. Prints markdown.
 *
 * <pre>java -Dloader.main=org.rapport.bench.PathsBench -jar rapport-bench-baseline.jar --base URL
 *     --dir DIR --jdbc JDBC_URL [--samples 300] [--warmup 100] [--seed 7]</pre>
 */
public final class PathsBench {
    private static final Pattern PERSON = Pattern.compile(
            "\\{\"id\":\"([0-9a-f-]{36})\".*?\"strength\":(?:null|\\{\"score\":(\\d+))", Pattern.DOTALL);
    private static final Pattern TIMING =
            Pattern.compile("catchup;dur=([0-9.]+), search;dur=([0-9.]+)(?:, describe;dur=([0-9.]+))?");
    private static final double HOP = 0.8;

    public static void main(String[] argv) throws Exception {
        var args = new Args(argv);
        String base = args.required("base");
        Path dir = Path.of(args.required("dir"));
        String jdbc = args.required("jdbc");
        int samples = args.integer("samples", 300);
        int warmup = args.integer("warmup", 100);
        var random = new Random(args.integer("seed", 7));
        String auth = "Bearer " + Files.readString(dir.resolve("token")).strip();
        String ws = Files.readString(dir.resolve("workspace")).strip();
        List<String> ids = Files.readAllLines(dir.resolve("ids.txt"));
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < warmup + samples; i++) {
            targets.add(ids.get(random.nextInt(ids.size())));
        }

        // The search index catches up from the generator's change log in the same server: measured
        // while it does, every request competes with it for the CPU.
        long waited = System.nanoTime();
        waitForSearchIndex(base);
        long indexWaitS = (System.nanoTime() - waited) / 1_000_000_000;

        long t0 = System.nanoTime();
        var first = get(base, auth, targets.get(0));
        long firstMs = (System.nanoTime() - t0) / 1_000_000;
        String firstTiming = first.headers().firstValue("Server-Timing").orElse("");

        // The member's strengths, strongest first, as the API reports them.
        float[] you = new float[ids.size()];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        int known = 0;
        long t1 = System.nanoTime();
        String memberTies = args.string("member-ties", "api");
        if (memberTies.equals("api")) {
            // Pages in the default order, four at a time: a sort by strength scores everyone on every page.
            int pages = (ids.size() + 199) / 200;
            var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            List<java.util.concurrent.Future<String>> bodies = new ArrayList<>();
            for (int page = 0; page < pages; page++) {
                String url = base + "/api/v1/people?size=200&page=" + page;
                bodies.add(pool.submit(() -> Http.get(url, auth)));
            }
            for (var body : bodies) {
                Matcher m = PERSON.matcher(body.get());
                while (m.find()) {
                    int score = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                    Integer node = index.get(m.group(1));
                    if (score >= 5 && node != null) {
                        you[node] = score / 100f;
                        known++;
                    }
                }
            }
            pool.shutdown();
        } else {
            // Reading 100,000 strengths through the API takes too long on a loaded machine: the
            // baselines then take the member's ties from the closeness tier (same people, other weights).
            try (Connection db = DriverManager.getConnection(jdbc);
                    Statement st = db.createStatement();
                    ResultSet rs = st.executeQuery(
                            "SELECT person_id, closeness_tier FROM relationships WHERE workspace_id = '" + ws + "'")) {
                while (rs.next()) {
                    Integer node = index.get(rs.getString(1));
                    String tier = String.valueOf(rs.getString(2));
                    float w = switch (tier) {
                        case "inner_circle" -> 0.8f;
                        case "close" -> 0.6f;
                        case "regular" -> 0.4f;
                        case "acquaintance" -> 0.2f;
                        default -> 0f;
                    };
                    if (node != null && w > 0) {
                        you[node] = w;
                        known++;
                    }
                }
            }
        }
        long strengthsMs = (System.nanoTime() - t1) / 1_000_000;

        BenchGraph graph;
        try (Connection db = DriverManager.getConnection(jdbc)) {
            db.setAutoCommit(false); // PostgreSQL streams with a fetch size only in a transaction
            graph = BenchGraph.read(db, ws, ids, LocalDate.now(ZoneOffset.UTC));
            db.commit();
        }

        // The server: whole request, and the search alone (Server-Timing).
        double[] http = new double[samples];
        double[] search = new double[samples];
        double[] withCatchUp = new double[samples];
        double[] best = new double[samples];
        double[] describe = new double[samples];
        double[] ping = new double[samples];
        for (int i = 0; i < warmup + samples; i++) {
            long s = System.nanoTime();
            var response = get(base, auth, targets.get(i));
            double ms = (System.nanoTime() - s) / 1e6;
            // The floor of any API request on this machine at this moment: HTTP, token, security chain, JSON.
            long sp = System.nanoTime();
            Http.get(base + "/api/v1/ping", auth);
            double pingMs = (System.nanoTime() - sp) / 1e6;
            if (i >= warmup) {
                http[i - warmup] = ms;
                ping[i - warmup] = pingMs;
                Matcher m = TIMING.matcher(
                        response.headers().firstValue("Server-Timing").orElse(""));
                boolean timed = m.find();
                search[i - warmup] = timed ? Double.parseDouble(m.group(2)) : Double.NaN;
                withCatchUp[i - warmup] = timed ? Double.parseDouble(m.group(1)) + search[i - warmup] : Double.NaN;
                describe[i - warmup] = timed && m.group(3) != null ? Double.parseDouble(m.group(3)) : Double.NaN;
                Matcher p = Pattern.compile("\"strength\":([0-9.]+)").matcher(response.body());
                best[i - warmup] = p.find() ? Double.parseDouble(p.group(1)) : 0;
            }
        }

        // JGraphT on the same ties: vertex -1 is the member; −log(strength), −log(0.8) per extra tie.
        var g = new SimpleWeightedGraph<Integer, DefaultWeightedEdge>(DefaultWeightedEdge.class);
        for (int v = -1; v < ids.size(); v++) {
            g.addVertex(v);
        }
        for (var e : graph.ties.entrySet()) {
            int a = (int) (e.getKey() / graph.n);
            int b = (int) (e.getKey() % graph.n);
            g.setEdgeWeight(g.addEdge(a, b), -Math.log(e.getValue()[0]) - Math.log(HOP));
        }
        for (int v = 0; v < you.length; v++) {
            if (you[v] > 0) {
                g.setEdgeWeight(g.addEdge(-1, v), -Math.log(you[v]));
            }
        }
        var dijkstra = new BidirectionalDijkstraShortestPath<>(g);
        double[] jgrapht = new double[samples];
        int agree = 0;
        int comparable = 0;
        for (int i = 0; i < warmup + samples; i++) {
            int target = index.get(targets.get(i));
            long s = System.nanoTime();
            var path = dijkstra.getPath(-1, target);
            double ms = (System.nanoTime() - s) / 1e6;
            if (i >= warmup) {
                jgrapht[i - warmup] = ms;
                if (path != null && path.getLength() <= 3) {
                    comparable++;
                    double strength = Math.exp(-path.getWeight());
                    if (Math.abs(strength - best[i - warmup]) < 1e-3) {
                        agree++;
                    }
                }
            }
        }

        // The CTE on the server's database, and on any other given (--cte-jdbc, e.g. an empty PostgreSQL one).
        List<String> cteUrls = new ArrayList<>(List.of(jdbc));
        if (!args.string("cte-jdbc", "").isEmpty()) {
            cteUrls.addAll(List.of(args.string("cte-jdbc", "").split(",")));
        }
        Map<String, double[]> ctes = new java.util.LinkedHashMap<>();
        long tiesLoadMs = 0;
        for (String url : cteUrls) {
            String vendor = url.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "SQLite";
            try (Connection db = DriverManager.getConnection(NetworkGenerator.batchFriendly(url))) {
                long s = System.nanoTime();
                writeTies(db, graph, you);
                tiesLoadMs += (System.nanoTime() - s) / 1_000_000;
                ctes.put(vendor, cte(db, targets, index, warmup, samples));
            }
        }

        String metrics = base + "/actuator/metrics/rapport.network.graph.";
        double bytes = metric(Http.get(metrics + "bytes", auth));
        double ties = metric(Http.get(metrics + "ties", auth));
        double people = metric(Http.get(metrics + "people", auth));
        long raw = BenchGraph.rawCsrBytes((long) people, (long) ties);

        System.out.printf(
                Locale.ROOT,
                "- Graph: %,d people, %,d ties in the server (%,d in the baselines' copy),"
                        + " %,d people the member knows for the baselines (%s, read in %,d ms)%n",
                (long) people,
                (long) ties,
                graph.ties.size(),
                known,
                memberTies.equals("api")
                        ? "the server's strengths ≥ 5, through the API"
                        : "closeness tier as 0.8/0.6/0.4/0.2, not the server's strengths",
                strengthsMs);
        System.out.printf(
                Locale.ROOT,
                "- Waited %,d s for the search index to catch up with the generated change log before timing%n"
                        + "- First request (loads the graph and the member's strengths): %,d ms (Server-Timing: %s);"
                        + " ties written for the CTE in %,d ms%n",
                indexWaitS,
                firstMs,
                firstTiming,
                tiesLoadMs);
        System.out.printf(
                Locale.ROOT,
                "- Best path equal to JGraphT's where JGraphT's has ≤ 3 ties: %d of %d%n%n",
                agree,
                comparable);
        System.out.println("| what | p50 ms | p95 ms | p95 ratio to Rapport's search |");
        System.out.println("|---|---:|---:|---:|");
        double mine = p(search, 95);
        row("Rapport search in memory (Server-Timing `search`)", search, mine);
        row("Rapport search with change-log catch-up and member ties (`catchup` + `search`)", withCatchUp, mine);
        row("Rapport describing the paths (Server-Timing `describe`)", describe, mine);
        row("Rapport `GET /api/v1/network/paths` (whole request: HTTP, auth, describing, JSON)", http, mine);
        row("`GET /api/v1/ping` right after each (HTTP, token, security chain, JSON: the floor)", ping, mine);
        row("JGraphT 1.5.3 BidirectionalDijkstraShortestPath (1 path, any length)", jgrapht, mine);
        ctes.forEach((vendor, cte) -> row("recursive CTE on " + vendor + " (5 paths, ≤ 3 ties)", cte, mine));
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "- Graph memory: %,d bytes retained; raw CSR of the same ties %,d bytes"
                        + " (int offsets, int targets, float weights): %.2f×%n",
                (long) bytes,
                raw,
                bytes / raw);
    }

    private static void row(String what, double[] values, double mine) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %.3f | %.3f | %.2f× |%n",
                what,
                p(values, 50),
                p(values, 95),
                p(values, 95) / mine);
    }

    private static double p(double[] values, int percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    private static void waitForSearchIndex(String base) throws InterruptedException {
        for (int attempt = 0; attempt < 3600; attempt++) {
            String health = Http.get(base + "/actuator/health", "");
            int search = health.indexOf("\"search\"");
            if (search >= 0 && "0".equals(Http.field(health.substring(search), "lag"))) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The search index did not catch up within 30 minutes");
    }

    private static double metric(String json) {
        Matcher m = Pattern.compile("\"value\":([0-9.E+-]+)").matcher(json);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    private static java.net.http.HttpResponse<String> get(String base, String auth, String person) {
        var response = Http.send(HttpRequest.newBuilder(URI.create(
                        base + "/api/v1/network/paths?toPerson=" + URLEncoder.encode(person, StandardCharsets.UTF_8)))
                .header("Authorization", auth)
                .GET()
                .build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("paths answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    /** Both directions of every tie, and the member's ties, in two tables of the server's database. */
    private static void writeTies(Connection db, BenchGraph graph, float[] you) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_ties");
            s.execute("DROP TABLE IF EXISTS bench_you");
            s.execute("CREATE TABLE bench_ties (a INTEGER NOT NULL, b INTEGER NOT NULL, w DOUBLE PRECISION NOT NULL)");
            s.execute("CREATE TABLE bench_you (p INTEGER PRIMARY KEY, w DOUBLE PRECISION NOT NULL)");
        }
        db.setAutoCommit(false);
        try (PreparedStatement ins = db.prepareStatement("INSERT INTO bench_ties (a, b, w) VALUES (?, ?, ?)")) {
            int batch = 0;
            for (var e : graph.ties.entrySet()) {
                int a = (int) (e.getKey() / graph.n);
                int b = (int) (e.getKey() % graph.n);
                for (int[] pair : new int[][] {{a, b}, {b, a}}) {
                    ins.setInt(1, pair[0]);
                    ins.setInt(2, pair[1]);
                    ins.setDouble(3, e.getValue()[0]);
                    ins.addBatch();
                    if (++batch % 10_000 == 0) {
                        ins.executeBatch();
                    }
                }
            }
            ins.executeBatch();
        }
        try (PreparedStatement ins = db.prepareStatement("INSERT INTO bench_you (p, w) VALUES (?, ?)")) {
            for (int v = 0; v < you.length; v++) {
                if (you[v] > 0) {
                    ins.setInt(1, v);
                    ins.setDouble(2, you[v]);
                    ins.addBatch();
                }
            }
            ins.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            s.execute("CREATE INDEX bench_ties_a ON bench_ties (a, b, w)");
            s.execute(
                    db.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")
                            ? "ANALYZE bench_ties"
                            : "ANALYZE");
        }
    }

    /**
     * The best five paths of at most three ties, in SQL: two steps back from the target (the
     * smaller side), then joined with the member's ties. Paths do not revisit a person.
     */
    private static double[] cte(
            Connection db, List<String> targets, Map<String, Integer> index, int warmup, int samples)
            throws SQLException {
        String sql = """
                WITH RECURSIVE back(node, score, hops, path) AS (
                  SELECT ?, CAST(1.0 AS DOUBLE PRECISION), 0, '/' || CAST(? AS TEXT) || '/'
                  UNION ALL
                  SELECT t.b, back.score * t.w, back.hops + 1, back.path || CAST(t.b AS TEXT) || '/'
                  FROM back JOIN bench_ties t ON t.a = back.node
                  WHERE back.hops < 2 AND back.path NOT LIKE '%/' || CAST(t.b AS TEXT) || '/%'
                )
                SELECT back.path, y.w * back.score * (CASE back.hops WHEN 0 THEN 1 WHEN 1 THEN 0.8 ELSE 0.64 END) AS s
                FROM back JOIN bench_you y ON y.p = back.node
                ORDER BY s DESC LIMIT 5
                """;
        double[] times = new double[samples];
        try (PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < warmup + samples; i++) {
                int t = index.get(targets.get(i));
                q.setInt(1, t);
                q.setInt(2, t);
                long s = System.nanoTime();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(1);
                    }
                }
                if (i >= warmup) {
                    times[i - warmup] = (System.nanoTime() - s) / 1e6;
                }
            }
        }
        return times;
    }
}
