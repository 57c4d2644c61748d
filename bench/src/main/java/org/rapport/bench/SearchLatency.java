package org.rapport.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;

/**
 * Search latency on a generated network ({@link NetworkGenerator}): {@code GET /api/v1/search}
 * against a raw Lucene {@link IndexSearcher} opened on the server's own index directory, with the
 * same queries (see {@link RawSearch}), in the same run. Waits until the server's index has caught
 * up with the change log ({@code /actuator/health}, component {@code search}), then takes turns:
 * for each query one raw search, one API call and one {@code GET /api/v1/ping} (the floor of any
 * API call: HTTP and the token check), one at a time, {@code warmup} unrecorded rounds
 * then {@code samples} recorded ones. The queries are drawn with a fixed seed from the workspace's
 * people and the topic words: full names, "given prefix + family prefix" typeahead, names with two
 * letters swapped (typos), and topics.
 *
 * <pre>java -Dloader.main=org.rapport.bench.SearchLatency -jar rapport-bench-baseline.jar --base http://127.0.0.1:8080
 *     --dir GENERATOR_OUT --jdbc URL --index DATA_DIR/index [--warmup 300] [--samples 1000] [--limit 20]</pre>
 */
public final class SearchLatency {
    private SearchLatency() {}

    public static void main(String[] argv) throws Exception {
        var args = new Args(argv);
        String base = args.required("base");
        Path dir = Path.of(args.required("dir"));
        String bearer = "Bearer " + Files.readString(dir.resolve("token")).trim();
        String ws = Files.readString(dir.resolve("workspace")).trim();
        String member = Files.readString(dir.resolve("member")).trim();
        int warmup = args.integer("warmup", 300);
        int samples = args.integer("samples", 1000);
        int limit = args.integer("limit", 20);
        long started = System.nanoTime();
        waitForIndex(base);
        System.err.printf("Index caught up after %d s%n", (System.nanoTime() - started) / 1_000_000_000);
        List<String> queries = queries(args.required("jdbc"), ws);

        try (var directory = FSDirectory.open(Path.of(args.required("index")));
                var reader = DirectoryReader.open(directory)) {
            var searcher = new IndexSearcher(reader);
            long[] raw = new long[samples];
            long[] api = new long[samples];
            long[] ping = new long[samples];
            // The server's own split of a search (Server-Timing): Lucene and summaries, strength, page.
            long[][] parts = new long[3][samples];
            long rawHits = 0;
            for (int i = 0; i < warmup + samples; i++) {
                String q = queries.get(i % queries.size());
                long t0 = System.nanoTime();
                // As many candidates as the server reads for a page of `limit` hits.
                Query query = RawSearch.query(ws, member, q);
                long hits = searcher.search(query, Math.max(limit * 3, 30)).totalHits.value;
                long t1 = System.nanoTime();
                var response = Http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/search?limit=" + limit
                                + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                        .header("Authorization", bearer)
                        .GET()
                        .build());
                long t2 = System.nanoTime();
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(
                            "search answered " + response.statusCode() + ": " + response.body());
                }
                Http.get(base + "/api/v1/ping", bearer);
                long t3 = System.nanoTime();
                if (i >= warmup) {
                    long[] timing = serverTiming(
                            response.headers().firstValue("Server-Timing").orElse(""));
                    for (int p = 0; p < 3; p++) {
                        parts[p][i - warmup] = timing[p];
                    }
                    raw[i - warmup] = t1 - t0;
                    api[i - warmup] = t2 - t1;
                    ping[i - warmup] = t3 - t2;
                    rawHits += hits;
                }
            }
            Arrays.sort(raw);
            Arrays.sort(api);
            Arrays.sort(ping);
            double rawP95 = percentile(raw, 0.95);
            double apiP95 = percentile(api, 0.95);
            double goal = Math.max(3 * rawP95, rawP95 + 5);
            System.out.printf(
                    Locale.ROOT,
                    "%d people's workspace, %d queries, %d samples each, one at a time (%.0f matches per raw query on"
                            + " average)%n%n",
                    Files.readAllLines(dir.resolve("ids.txt")).size(),
                    queries.size(),
                    samples,
                    rawHits / (double) samples);
            System.out.println("| | p50 ms | p95 ms | p99 ms |");
            System.out.println("|---|---:|---:|---:|");
            row("raw Lucene `IndexSearcher` (same index, same queries)", raw);
            row("`GET /api/v1/search` (HTTP, token, ranking, snippets)", api);
            row("`GET /api/v1/ping` (HTTP and token only, for scale)", ping);
            String[] names = {
                "server: Lucene query and candidates' summaries",
                "server: relationship strength of the candidates (`TieStrength`)",
                "server: ranking, the page's documents, snippets"
            };
            for (int p = 0; p < 3; p++) {
                Arrays.sort(parts[p]);
                row(names[p], parts[p]);
            }
            System.out.printf(
                    Locale.ROOT,
                    "%nGoal: API p95 ≤ max(3 × raw p95, raw p95 + 5 ms) = %.2f ms. API p95 %.2f ms: %s (%.1f× raw).%n",
                    goal,
                    apiP95,
                    apiP95 <= goal ? "met" : "NOT met",
                    apiP95 / rawP95);
        }
    }

    /** "match;dur=1.2, strength;dur=0.4, page;dur=0.9" → nanoseconds of each. */
    static long[] serverTiming(String header) {
        long[] nanos = new long[3];
        String[] keys = {"match", "strength", "page"};
        for (String part : header.split(",")) {
            String[] kv = part.trim().split(";dur=");
            for (int k = 0; k < keys.length; k++) {
                if (kv.length == 2 && kv[0].equals(keys[k])) {
                    nanos[k] = (long) (Double.parseDouble(kv[1]) * 1e6);
                }
            }
        }
        return nanos;
    }

    private static void row(String name, long[] sorted) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %.2f | %.2f | %.2f |%n",
                name,
                percentile(sorted, 0.50),
                percentile(sorted, 0.95),
                percentile(sorted, 0.99));
    }

    private static void waitForIndex(String base) throws InterruptedException {
        for (int attempt = 0; attempt < 3600; attempt++) {
            String health = Http.get(base + "/actuator/health", "");
            int search = health.indexOf("\"search\"");
            if (search >= 0) {
                String lag = Http.field(health.substring(search), "lag");
                if ("0".equals(lag)) {
                    return;
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The search index did not catch up within 30 minutes");
    }

    private static List<String> queries(String jdbc, String ws) throws Exception {
        List<String> names = new ArrayList<>();
        try (var db = DriverManager.getConnection(jdbc);
                var select = db.prepareStatement(
                        "SELECT display_name FROM people WHERE workspace_id = ? ORDER BY id LIMIT 2000")) {
            select.setString(1, ws);
            try (var rs = select.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        var random = new Random(7);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String name = names.get(random.nextInt(names.size()));
            String[] parts = name.split(" ");
            queries.add(
                    switch (i % 4) {
                        case 0 -> name;
                        case 1 -> prefix(parts[0], 3) + " " + prefix(parts[parts.length - 1], 2);
                        case 2 -> typo(parts[parts.length - 1], random);
                        default ->
                            NetworkVocabulary.TOPICS.get(random.nextInt(NetworkVocabulary.TOPICS.size()))
                                    .split(" ")[0];
                    });
        }
        return queries;
    }

    private static String prefix(String word, int length) {
        return word.substring(0, Math.min(word.length(), length));
    }

    /** Two neighbouring letters swapped: "Lovelace" → "Lovleace". */
    private static String typo(String word, Random random) {
        if (word.length() < 4) {
            return word;
        }
        int at = 1 + random.nextInt(word.length() - 2);
        char[] chars = word.toCharArray();
        char c = chars[at];
        chars[at] = chars[at + 1];
        chars[at + 1] = c;
        return new String(chars);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1_000_000.0;
    }
}
