/**
 * Benchmark drivers, run by {@code bench/run.sh}: {@link org.rapport.bench.Startup} (startup time
 * and memory of the server against the baseline), {@link org.rapport.bench.Seed} (a workspace of
 * many people), {@link org.rapport.bench.ApiLoad} (API throughput against a constant endpoint) and
 * {@link org.rapport.bench.PageLatency} (server time of the web pages, one request at a time).
 * Plain Java, no Spring; they print markdown.
 */
@NullMarked
package org.rapport.bench;

import org.jspecify.annotations.NullMarked;
