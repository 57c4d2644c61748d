package org.rapport.cli.imports;

import java.io.PrintWriter;
import java.util.function.LongConsumer;

/** {@code [#########...........]  45%  1.2 of 2.6 MB} on one line of stderr, redrawn in place. */
final class ProgressBar implements LongConsumer {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final long total;
    private int shown = -1;

    ProgressBar(PrintWriter err, long total) {
        this.err = err;
        this.total = Math.max(total, 1);
    }

    @Override
    public synchronized void accept(long done) {
        int percent = (int) Math.min(100, done * 100 / total);
        if (percent == shown) {
            return;
        }
        shown = percent;
        int filled = percent * WIDTH / 100;
        err.printf(
                "\r[%s%s] %3d%%  %.1f of %.1f MB",
                "#".repeat(filled), ".".repeat(WIDTH - filled), percent, done / 1e6, total / 1e6);
        err.flush();
    }

    /** Ends the bar's line once the upload is through. */
    void finish() {
        if (shown >= 0) {
            err.println();
            err.flush();
        }
    }
}
