package org.rapport.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/**
 * A goal's board as the API answers it (GET /api/v1/goals/{id}, the whole pipeline), against the
 * constant GET /api/v1/ping on the same server as the raw baseline. Builds its own workspace: a job
 * search with {@code targets} target organizations (three people at each, one of them known, an
 * advice request to each known one) and a new-business goal with {@code prospects} prospects (two
 * encounters each, every fifth referred) and {@code org-prospects} organizations as prospects (two
 * people working at each, one encounter with each). Then {@code warmup} unrecorded and {@code samples}
 * recorded requests per endpoint, one at a time.
 *
 * <pre>java -Dloader.main=org.rapport.bench.GoalsLatency -jar rapport-bench-baseline.jar --base http://127.0.0.1:8080
 *     [--targets 40] [--prospects 200] [--org-prospects 20] [--warmup 100] [--samples 300]</pre>
 */
public final class GoalsLatency {
    private GoalsLatency() {}

    public static void main(String[] argv) {
        Args args = new Args(argv);
        String base = args.required("base") + "/api/v1";
        int targets = args.integer("targets", 40);
        int prospects = args.integer("prospects", 200);
        int orgProspects = args.integer("org-prospects", 20);
        int warmup = args.integer("warmup", 100);
        int samples = args.integer("samples", 300);

        String email = "goals-" + UUID.randomUUID() + "@example.org";
        String password = "a long bench passphrase";
        Http.postJson(
                base + "/accounts",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"name\":\"Bench\"}",
                "",
                201);
        String token = Http.field(
                Http.postJson(base + "/tokens", "{\"name\":\"bench\"}", Http.basic(email, password), 201), "token");
        String auth = "Bearer " + token;

        String search = Http.field(
                Http.postJson(base + "/goals", "{\"kind\":\"job_search\",\"title\":\"Bench search\"}", auth, 201),
                "id");
        for (int t = 0; t < targets; t++) {
            String org = "Target " + t;
            Http.postJson(
                    base + "/goals/" + search + "/targets",
                    "{\"organizationName\":\"" + org + "\",\"motivation\":" + (1 + t % 3) + "}",
                    auth,
                    201);
            for (int p = 0; p < 3; p++) {
                String relationship =
                        p == 0 ? ",\"relationship\":{\"kinds\":[\"professional\"],\"closenessTier\":\"close\"}" : "";
                String person = Http.field(
                        Http.postJson(
                                base + "/people",
                                "{\"displayName\":\"Person " + t + "-" + p + "\",\"roles\":[{\"organization\":\"" + org
                                        + "\",\"title\":\"Engineer\"}]" + relationship + "}",
                                auth,
                                201),
                        "id");
                if (p == 0) {
                    Http.postJson(
                            base + "/goals/" + search + "/outreach",
                            "{\"personId\":\"" + person + "\",\"message\":\"Could we talk?\"}",
                            auth,
                            201);
                }
            }
        }
        String business = Http.field(
                Http.postJson(base + "/goals", "{\"kind\":\"business\",\"title\":\"Bench clients\"}", auth, 201), "id");
        String referrer =
                Http.field(Http.postJson(base + "/people", "{\"displayName\":\"Referrer\"}", auth, 201), "id");
        for (int i = 0; i < prospects; i++) {
            String person = Http.field(
                    Http.postJson(base + "/people", "{\"displayName\":\"Prospect " + i + "\"}", auth, 201), "id");
            for (int e = 0; e < 2; e++) {
                Http.postJson(
                        base + "/encounters",
                        "{\"occurredAt\":\"2026-11-0" + (1 + e) + "T10:00:00Z\",\"kind\":\"business\","
                                + "\"participantIds\":[\"" + person + "\"]}",
                        auth,
                        201);
            }
            Http.postJson(
                    base + "/goals/" + business + "/entries",
                    "{\"personId\":\"" + person + "\"" + (i % 5 == 0 ? ",\"referredById\":\"" + referrer + "\"" : "")
                            + "}",
                    auth,
                    201);
        }

        // Organizations as prospects: two people work at each, with an encounter each (touches count both).
        for (int i = 0; i < orgProspects; i++) {
            String org = Http.field(
                    Http.postJson(base + "/organizations", "{\"name\":\"Prospect Corp " + i + "\"}", auth, 201), "id");
            for (int p = 0; p < 2; p++) {
                String person = Http.field(
                        Http.postJson(
                                base + "/people",
                                "{\"displayName\":\"Buyer " + i + "-" + p + "\",\"roles\":[{\"organizationId\":\"" + org
                                        + "\",\"title\":\"Buyer\"}]}",
                                auth,
                                201),
                        "id");
                Http.postJson(
                        base + "/encounters",
                        "{\"occurredAt\":\"2026-11-03T10:00:00Z\",\"kind\":\"business\"," + "\"participantIds\":[\""
                                + person + "\"]}",
                        auth,
                        201);
            }
            Http.postJson(base + "/goals/" + business + "/entries", "{\"organizationId\":\"" + org + "\"}", auth, 201);
        }

        System.out.printf(
                Locale.ROOT,
                "Job search: %d targets (%d people, %d advice requests); new business: %d prospects and %d"
                        + " organization prospects.%n%n",
                targets,
                targets * 3,
                targets,
                prospects,
                orgProspects);
        System.out.println("| request | p50 ms | p95 ms | p95 ÷ ping p95 |");
        System.out.println("|---|---|---|---|");
        long[] ping = time(base + "/ping", auth, warmup, samples);
        double pingP95 = percentile(ping, 0.95);
        row("GET /api/v1/ping (baseline)", ping, pingP95);
        row("GET /api/v1/goals/{job search}", time(base + "/goals/" + search, auth, warmup, samples), pingP95);
        row("GET /api/v1/goals/{new business}", time(base + "/goals/" + business, auth, warmup, samples), pingP95);
    }

    private static void row(String name, long[] sorted, double baseline) {
        double p95 = percentile(sorted, 0.95);
        System.out.printf(
                Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", name, percentile(sorted, 0.5), p95, p95 / baseline);
    }

    private static long[] time(String url, String auth, int warmup, int samples) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", auth)
                .GET()
                .build();
        long[] latencies = new long[samples];
        for (int i = -warmup; i < samples; i++) {
            long start = System.nanoTime();
            var response = Http.send(request);
            long took = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
            }
            if (i >= 0) {
                latencies[i] = took;
            }
        }
        Arrays.sort(latencies);
        return latencies;
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
