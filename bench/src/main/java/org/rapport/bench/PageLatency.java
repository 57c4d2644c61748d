package org.rapport.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Server time of the web pages, one request at a time: a person's page for someone with
 * {@code encounters} encounters, and the people list of the seeded workspace (first page, a search,
 * a deep page). Runs after {@link Seed}: it logs the encounters for the first seeded person through
 * the API, signs in with a browser session (the login form and its CSRF token), then sends
 * {@code warmup} unrecorded requests and {@code samples} recorded ones per page, back to back on one
 * connection, so the latency is the server's work plus a local round trip and never a queue.
 *
 * <pre>java -Dloader.main=org.rapport.bench.PageLatency -jar rapport-bench-baseline.jar --base http://127.0.0.1:8080
 *     --dir SEED_OUT [--jdbc URL] [--encounters 500] [--warmup 200] [--samples 500] [--q jo] [--deep-page 300]</pre>
 *
 * With {@code --jdbc} pointing at PostgreSQL it runs {@code ANALYZE} after logging the encounters,
 * for the same reason {@link Seed} does.
 */
public final class PageLatency {
    private static final String[] TOPICS = {
        "career", "hiring", "climbing", "fundraising", "open source", "family", "product", "travel"
    };
    private static final String[] CHANNELS = {"in_person", "call", "video", "email", "message", "event"};
    private static final String[] KINDS = {"personal", "professional", "business", "job_search"};
    private static final String[] EXCHANGE_TYPES = {
        "information", "advice", "introduction", "recommendation", "referral", "favor", "resource"
    };
    private static final Pattern CSRF = Pattern.compile(
            "<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    record Target(String name, String path) {}

    private PageLatency() {}

    public static void main(String[] argv) throws Exception {
        var args = new Args(argv);
        String base = args.required("base");
        Path dir = Path.of(args.required("dir"));
        String bearer = "Bearer " + Files.readString(dir.resolve("token")).trim();
        List<String> ids = Files.readAllLines(dir.resolve("ids.txt"));
        int encounters = args.integer("encounters", 500);
        int warmup = args.integer("warmup", 200);
        int samples = args.integer("samples", 500);
        String q = args.string("q", "jo");
        int deepPage = args.integer("deep-page", 300);
        String person = ids.get(0);

        long started = System.nanoTime();
        logEncounters(base, bearer, person, ids, encounters);
        String jdbc = args.string("jdbc", "");
        if (!jdbc.isEmpty()) {
            try (var db = DriverManager.getConnection(jdbc)) {
                if (db.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                    try (var statement = db.createStatement()) {
                        statement.execute("ANALYZE");
                    }
                }
            }
        }
        System.err.printf("Logged %d encounters in %d ms%n", encounters, (System.nanoTime() - started) / 1_000_000);

        HttpClient browser = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .cookieHandler(new CookieManager())
                .build();
        signIn(browser, base);

        List<Target> targets = List.of(
                new Target("GET /people/{id} (" + encounters + " encounters)", "/people/" + person),
                new Target("GET /people", "/people"),
                new Target("GET /people?q=" + q, "/people?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)),
                new Target("GET /people?page=" + deepPage, "/people?page=" + deepPage));
        System.out.printf(
                Locale.ROOT,
                "One client, requests back to back; %d warm-up requests then %d samples per page; "
                        + "%d people in the workspace.%n%n",
                warmup,
                samples,
                ids.size());
        System.out.println("| page | p50 | p95 | p99 | max | size | p95 ≤ 50 ms |");
        System.out.println("|---|---:|---:|---:|---:|---:|---|");
        for (Target t : targets) {
            int bytes = 0;
            for (int i = 0; i < warmup; i++) {
                bytes = get(browser, base + t.path()).getBytes(StandardCharsets.UTF_8).length;
            }
            long[] latencies = new long[samples];
            for (int i = 0; i < samples; i++) {
                long sent = System.nanoTime();
                get(browser, base + t.path());
                latencies[i] = System.nanoTime() - sent;
            }
            Arrays.sort(latencies);
            double p95 = percentile(latencies, 0.95);
            System.out.printf(
                    Locale.ROOT,
                    "| `%s` | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %d kB | %s |%n",
                    t.name(),
                    percentile(latencies, 0.50),
                    p95,
                    percentile(latencies, 0.99),
                    latencies[latencies.length - 1] / 1e6,
                    Math.round(bytes / 1024.0),
                    p95 <= 50 ? "yes" : "**no**");
            System.err.printf(Locale.ROOT, "%s: p95 %.1f ms%n", t.name(), p95);
        }
    }

    /**
     * {@code count} encounters with the person, one every two or three days over three years back
     * from now: a title, notes, a topic and one exchange naming the person, given or received in
     * turn; every third one has a second participant.
     */
    private static void logEncounters(String base, String bearer, String person, List<String> ids, int count) {
        var random = new Random(7);
        Instant now = Instant.now();
        long span = Duration.ofDays(3 * 365).toMillis();
        for (int i = 0; i < count; i++) {
            Instant at = now.minusMillis(span * (count - i) / count);
            String others = i % 3 == 0 ? ",\"" + ids.get(1 + random.nextInt(ids.size() - 1)) + "\"" : "";
            String exchange = "[{\"type\":\"" + EXCHANGE_TYPES[i % EXCHANGE_TYPES.length] + "\",\"description\":"
                    + "\"Item " + i + ": a contact at a company they mentioned\",\"personId\":\"" + person + "\"}]";
            String json = "{\"occurredAt\":\""
                    + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atOffset(ZoneOffset.UTC))
                    + "\",\"channel\":\"" + CHANNELS[i % CHANNELS.length]
                    + "\",\"kind\":\"" + KINDS[i % KINDS.length]
                    + "\",\"participantIds\":[\"" + person + "\"" + others + "]"
                    + ",\"title\":\"Catch-up " + (i + 1) + "\""
                    + ",\"notes\":\"We talked about " + TOPICS[i % TOPICS.length]
                    + " and what changed since last time. Follow up on the article she sent, and ask about the"
                    + " team next time.\""
                    + ",\"topics\":[\"" + TOPICS[i % TOPICS.length] + "\"]"
                    + (i % 2 == 0 ? ",\"gave\":" + exchange : ",\"received\":" + exchange)
                    + "}";
            Http.postJson(base + "/api/v1/encounters", json, bearer, 201);
        }
        String page = Http.get(base + "/api/v1/encounters?personId=" + person + "&size=1", bearer);
        if (Long.parseLong(Http.field(page, "total")) != count) {
            throw new IllegalStateException(
                    "The API counts " + Http.field(page, "total") + " encounters, expected " + count);
        }
    }

    /** The browser's way in: the form's CSRF token, then the form post that sets the session cookie. */
    private static void signIn(HttpClient browser, String base) throws Exception {
        String form = get(browser, base + "/login");
        Matcher m = CSRF.matcher(form);
        if (!m.find()) {
            throw new IllegalStateException("No _csrf input on /login");
        }
        String csrf = m.group(1) != null ? m.group(1) : m.group(2);
        String body = "username=" + URLEncoder.encode(Seed.EMAIL, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(Seed.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        var response = browser.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Sign-in answered " + response.statusCode() + " to " + location);
        }
    }

    private static String get(HttpClient browser, String url) throws Exception {
        var response = browser.send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
