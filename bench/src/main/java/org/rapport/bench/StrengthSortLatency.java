package org.rapport.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * The people list sorted by relationship strength: after {@link Seed} (30,000 people), writes
 * {@code encounters} encounters straight into the database (as {@link SuggestionsLatency} does),
 * then times, one request at a time, the first sorted page (the server reads every strength),
 * random sorted pages, sorted pages right after an encounter is logged through the API (the server
 * catches up with the change), and random pages by name for scale. Prints a markdown table.
 *
 * <pre>java -Dloader.main=org.rapport.bench.StrengthSortLatency -jar rapport-bench-baseline.jar --base URL
 *     --dir SEED_OUT --jdbc URL [--encounters 100000] [--warmup 50] [--samples 300]</pre>
 */
public final class StrengthSortLatency {
    private StrengthSortLatency() {}

    public static void main(String[] argv) throws Exception {
        var args = new Args(argv);
        String base = args.required("base");
        Path dir = Path.of(args.required("dir"));
        String bearer = "Bearer " + Files.readString(dir.resolve("token")).trim();
        List<String> ids = Files.readAllLines(dir.resolve("ids.txt"));
        int encounters = args.integer("encounters", 100_000);
        int warmup = args.integer("warmup", 50);
        int samples = args.integer("samples", 300);
        try (Connection db = DriverManager.getConnection(args.required("jdbc"))) {
            String[] who = SuggestionsLatency.member(db);
            SuggestionsLatency.insertEncounters(db, who[0], who[1], ids, encounters);
            if (db.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                try (var s = db.createStatement()) {
                    s.execute("ANALYZE");
                }
            }
        }
        int pages = ids.size() / 50;
        var random = new Random(5);
        long started = System.nanoTime();
        Http.get(base + "/api/v1/people?sort=strength&size=50", bearer);
        double first = (System.nanoTime() - started) / 1e6;
        Runnable sortedPage =
                () -> Http.get(base + "/api/v1/people?sort=strength&size=50&page=" + random.nextInt(pages), bearer);
        Runnable log = () -> Http.postJson(
                base + "/api/v1/encounters",
                "{\"participantIds\":[\"" + ids.get(random.nextInt(ids.size()))
                        + "\"],\"kind\":\"professional\",\"channel\":\"call\",\"title\":\"Bench call\","
                        + "\"occurredAt\":\""
                        + OffsetDateTime.now(ZoneOffset.UTC).withNano(0) + "\"}",
                bearer,
                201);
        long[] sorted = SuggestionsLatency.time(warmup, samples, () -> {}, sortedPage);
        long[] afterWrite = SuggestionsLatency.time(warmup, samples, log, sortedPage);
        long[] byName = SuggestionsLatency.time(
                warmup,
                samples,
                () -> {},
                () -> Http.get(base + "/api/v1/people?size=50&page=" + random.nextInt(pages), bearer));
        System.out.printf(
                "%d people, %d encounters; the first sorted page (reads every strength): %.0f ms.%n%n",
                ids.size(), encounters, first);
        System.out.println("| what | p50 ms | p95 ms | max ms |");
        System.out.println("|---|---:|---:|---:|");
        SuggestionsLatency.row("`GET /api/v1/people?sort=strength&size=50`, random page", sorted);
        SuggestionsLatency.row("the same, right after an encounter is logged through the API", afterWrite);
        SuggestionsLatency.row("`GET /api/v1/people?size=50` (by name), random page", byName);
    }
}
