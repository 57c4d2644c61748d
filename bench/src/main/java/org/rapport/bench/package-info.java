/**
 * Benchmark drivers, run by {@code bench/run.sh}: {@link org.rapport.bench.Startup} (startup time
 * and memory of the server against the baseline), {@link org.rapport.bench.Seed} (a workspace of
 * many people) and {@link org.rapport.bench.ApiLoad} (API throughput against a constant endpoint).
 * Plain Java, no Spring; they print markdown.
 */
@NullMarked
package org.rapport.bench;

import org.jspecify.annotations.NullMarked;
