package org.rapport.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Startup time and memory of the server against the baseline: each jar is launched {@code runs}
 * times (alternating, a fresh data directory each time); the time is from process start to the first
 * 200 of {@code /actuator/health} (polled every 10 ms), the memory is VmRSS right after that answer.
 *
 * <pre>java -Dloader.main=org.rapport.bench.Startup -jar rapport-bench-baseline.jar
 *     --server server.jar --baseline rapport-bench-baseline.jar [--runs 5] [--work DIR]</pre>
 */
public final class Startup {
    private static final Duration GIVE_UP = Duration.ofSeconds(120);

    record Sample(long millis, long rssKb) {}

    private Startup() {}

    public static void main(String[] argv) throws Exception {
        var args = new Args(argv);
        Path server = Path.of(args.required("server")).toAbsolutePath();
        Path baseline = Path.of(args.required("baseline")).toAbsolutePath();
        int runs = args.integer("runs", 5);
        Path work = Files.createDirectories(Path.of(
                args.string("work", Files.createTempDirectory("rapport-startup").toString())));
        List<Sample> serverSamples = new ArrayList<>();
        List<Sample> baselineSamples = new ArrayList<>();
        // One unrecorded launch of each first, so both find the jar files in the page cache.
        launch(server, work.resolve("warm-server"));
        launch(baseline, work.resolve("warm-baseline"));
        for (int i = 1; i <= runs; i++) {
            serverSamples.add(launch(server, work.resolve("server-" + i)));
            baselineSamples.add(launch(baseline, work.resolve("baseline-" + i)));
            System.err.printf(
                    "run %d: server %s, baseline %s%n", i, serverSamples.get(i - 1), baselineSamples.get(i - 1));
        }
        long serverMs = median(serverSamples.stream().map(Sample::millis).toList());
        long baselineMs = median(baselineSamples.stream().map(Sample::millis).toList());
        long serverRss = median(serverSamples.stream().map(Sample::rssKb).toList());
        long baselineRss = median(baselineSamples.stream().map(Sample::rssKb).toList());
        double timeRatio = (double) serverMs / baselineMs;
        double rssRatio = (double) serverRss / baselineRss;
        System.out.printf(Locale.ROOT, "| measure (median of %d) | server | baseline | ratio | goal | met |%n", runs);
        System.out.println("|---|---:|---:|---:|---:|---|");
        System.out.printf(
                Locale.ROOT,
                "| time to first healthy answer | %d ms | %d ms | %.2f× | ≤ 2.0× | %s |%n",
                serverMs,
                baselineMs,
                timeRatio,
                timeRatio <= 2.0 ? "yes" : "**no**");
        System.out.printf(
                Locale.ROOT,
                "| RSS after that answer | %.0f MiB | %.0f MiB | %.2f× | ≤ 1.6× | %s |%n",
                serverRss / 1024.0,
                baselineRss / 1024.0,
                rssRatio,
                rssRatio <= 1.6 ? "yes" : "**no**");
        System.out.println();
        System.out.println(
                "All runs (ms / MiB): server " + describe(serverSamples) + "; baseline " + describe(baselineSamples));
    }

    static Sample launch(Path jar, Path dataDir) throws IOException, InterruptedException {
        Files.createDirectories(dataDir);
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        var builder = new ProcessBuilder(
                        java, "-jar", jar.toString(), "--server.port=" + port, "--rapport.data-dir=" + dataDir)
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("console.log").toFile());
        var health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(jar + " exited; see " + dataDir.resolve("console.log"));
                }
                if (System.nanoTime() - start > GIVE_UP.toNanos()) {
                    throw new IllegalStateException(jar + " not healthy after " + GIVE_UP);
                }
                try {
                    if (Http.CLIENT
                                    .send(health, HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    // Not listening yet.
                }
                Thread.sleep(10);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new Sample(millis, rssKb(process.pid()));
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    static long rssKb(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                .findFirst()
                .orElseThrow();
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static long median(List<Long> values) {
        var sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String describe(List<Sample> samples) {
        return samples.stream()
                .map(s -> s.millis() + "/" + Math.round(s.rssKb() / 1024.0))
                .toList()
                .toString();
    }
}
