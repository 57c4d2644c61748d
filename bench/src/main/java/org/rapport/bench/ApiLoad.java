package org.rapport.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Closed-loop load on one running server: {@code threads} workers send GETs back to back for
 * {@code duration} seconds per endpoint, after {@code warmup} seconds each; the endpoints take turns
 * for {@code rounds} rounds and the median round counts. The throughput of a person and of a 20-item
 * list is compared with {@code GET /api/v1/ping}, which passes the same token check and nothing else.
 *
 * <pre>java -Dloader.main=org.rapport.bench.ApiLoad -jar rapport-bench-baseline.jar --base http://127.0.0.1:8080
 *     --dir SEED_OUT [--threads 8] [--warmup 10] [--duration 20] [--rounds 3]</pre>
 */
public final class ApiLoad {
    record Target(String name, String goalText, double goal, Supplier<String> path) {}

    record Result(double perSecond, double p50Ms, double p99Ms) {}

    private ApiLoad() {}

    public static void main(String[] argv) throws Exception {
        var args = new Args(argv);
        String base = args.required("base");
        Path dir = Path.of(args.required("dir"));
        String bearer = "Bearer " + Files.readString(dir.resolve("token")).trim();
        List<String> ids = Files.readAllLines(dir.resolve("ids.txt"));
        int threads = args.integer("threads", 8);
        int warmup = args.integer("warmup", 10);
        int duration = args.integer("duration", 20);
        int rounds = args.integer("rounds", 3);
        List<Target> targets = List.of(
                new Target("GET /api/v1/ping", "", 0, () -> "/api/v1/ping"),
                new Target(
                        "GET /api/v1/people/{id}",
                        "≥ 0.4×",
                        0.4,
                        () -> "/api/v1/people/"
                                + ids.get(ThreadLocalRandom.current().nextInt(ids.size()))),
                new Target("GET /api/v1/people?size=20", "≥ 0.25×", 0.25, () -> "/api/v1/people?size=20"));

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Target t : targets) {
                run(pool, threads, base, bearer, t, warmup);
            }
            List<List<Result>> results = new ArrayList<>();
            targets.forEach(t -> results.add(new ArrayList<>()));
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < targets.size(); i++) {
                    Result result = run(pool, threads, base, bearer, targets.get(i), duration);
                    results.get(i).add(result);
                    System.err.printf(
                            Locale.ROOT,
                            "round %d %s: %.0f/s%n",
                            r + 1,
                            targets.get(i).name(),
                            result.perSecond());
                }
            }
            print(targets, results, threads, duration, rounds, ids.size());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void print(
            List<Target> targets, List<List<Result>> results, int threads, int duration, int rounds, int people) {
        System.out.printf(
                Locale.ROOT,
                "%d workers, %d s per endpoint per round, median of %d rounds, %d people in the workspace.%n%n",
                threads,
                duration,
                rounds,
                people);
        System.out.println("| endpoint | requests/s | p50 | p99 | × ping | goal | met |");
        System.out.println("|---|---:|---:|---:|---:|---:|---|");
        double ping = median(results.get(0)).perSecond();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            Result m = median(results.get(i));
            double ratio = m.perSecond() / ping;
            System.out.printf(
                    Locale.ROOT,
                    "| `%s` | %.0f | %.1f ms | %.1f ms | %s | %s | %s |%n",
                    t.name(),
                    m.perSecond(),
                    m.p50Ms(),
                    m.p99Ms(),
                    // Two decimals hide a ratio like 0.005.
                    String.format(Locale.ROOT, ratio < 0.1 ? "%.3f×" : "%.2f×", ratio),
                    t.goalText().isEmpty() ? "(reference)" : t.goalText(),
                    t.goal() == 0 ? "" : ratio >= t.goal() ? "yes" : "**no**");
        }
    }

    /** The round with the median throughput (its latencies go with it). */
    private static Result median(List<Result> results) {
        var sorted = results.stream()
                .sorted((a, b) -> Double.compare(a.perSecond(), b.perSecond()))
                .toList();
        return sorted.get(sorted.size() / 2);
    }

    private static Result run(ExecutorService pool, int threads, String base, String bearer, Target t, int seconds)
            throws Exception {
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        var errors = new AtomicLong();
        List<Future<long[]>> workers = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            workers.add(pool.submit(() -> {
                long[] latencies = new long[1024];
                int n = 0;
                while (System.nanoTime() < end) {
                    var request = HttpRequest.newBuilder(
                                    URI.create(base + t.path().get()))
                            .header("Authorization", bearer)
                            .GET()
                            .build();
                    long sent = System.nanoTime();
                    var response = Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = System.nanoTime() - sent;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        long[] all = new long[0];
        for (var worker : workers) {
            long[] part = worker.get();
            long[] merged = Arrays.copyOf(all, all.length + part.length);
            System.arraycopy(part, 0, merged, all.length, part.length);
            all = merged;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (errors.get() > 0) {
            throw new IllegalStateException(errors.get() + " answers to " + t.name() + " were not 200");
        }
        Arrays.sort(all);
        return new Result(all.length / elapsed, percentile(all, 0.50), percentile(all, 0.99));
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, p * sorted.length)] / 1e6;
    }
}
