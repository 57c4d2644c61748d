package org.rapport.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.store.AlreadyClosedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's index current: a background thread reads the change log every 200 ms and
 * re-indexes what changed, so API writes never wait for Lucene and a write on any node is
 * searchable here within a second. Rebuilds the whole index from the tables at startup when it is
 * missing or damaged, when its directory disappears, when Lucene reports corruption, and when the
 * backlog is so long (a bulk load) that reading the tables is faster than following the log.
 */
@Component
class IndexCatchUp implements SmartLifecycle {
    static final long POLL_MILLIS = 200;
    static final int BATCH = 5_000;
    /** Behind by more than this many changes, a rebuild is cheaper than replaying them. */
    static final long REBUILD_BACKLOG = 50_000;
    /** A gap older than this belonged to a transaction that rolled back (or a very long one). */
    static final long GAP_PATIENCE_MILLIS = 10 * 60 * 1000L;
    /** After a rebuild, values this far below the target are checked for late commits. */
    static final long WINDOW = 1_000;

    private static final Logger log = LoggerFactory.getLogger(IndexCatchUp.class);
    private final SearchIndex index;
    private final SearchSource source;
    private final IndexUpdater updater;
    private final AtomicLong indexed = new AtomicLong(-1);
    private volatile boolean running;
    private @Nullable Thread thread;
    private @Nullable ChangeCursor cursor;

    IndexCatchUp(SearchIndex index, SearchSource source, IndexUpdater updater) {
        this.index = index;
        this.source = source;
        this.updater = updater;
    }

    /** The highest change-log sequence the index has read, -1 before the first pass. */
    long indexedSeq() {
        return indexed.get();
    }

    /** Sequence values below it still awaited (transactions not committed yet, or rolled back). */
    int awaitedGaps() {
        ChangeCursor c = cursor;
        return c == null ? 0 : c.gapCount();
    }

    @Override
    public void start() {
        running = true;
        Thread t = new Thread(this::run, "search-catch-up");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    /**
     * Lets the worker finish its pass and stop; no interrupt, since an interrupted NIO read closes
     * Lucene's files under it.
     */
    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            try {
                t.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        index.close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        long failures = 0;
        while (running) {
            try {
                if (cursor == null) {
                    start(index.open());
                } else if (!index.exists()) {
                    log.warn("Search index directory {} is gone; rebuilding it", index.path());
                    index.open();
                    rebuild();
                } else {
                    poll();
                }
                failures = 0;
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            } catch (CorruptIndexException | AlreadyClosedException e) {
                log.warn("Search index is damaged ({}); rebuilding it from the database", e.toString());
                cursor = null;
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                failures++;
                log.warn("Search index catch-up failed (attempt {}): {}", failures, e.toString());
                try {
                    Thread.sleep(Math.min(10_000, POLL_MILLIS * (1L << Math.min(failures, 6))));
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void start(long committedSeq) throws IOException {
        if (committedSeq < 0) {
            rebuild();
        } else if (committedSeq > source.maxSeq()) {
            // Ahead of the database: the index was built from another one (a restored or replaced database).
            log.warn("Search index in {} is ahead of the database's change log; rebuilding it", index.path());
            rebuild();
        } else {
            cursor = new ChangeCursor(committedSeq);
            indexed.set(committedSeq);
            log.info("Search index in {} opened at change {}", index.path(), committedSeq);
        }
    }

    /** Reads the log after the cursor and the gaps it remembers; applies, commits, refreshes. */
    void poll() throws IOException {
        ChangeCursor c = cursor;
        if (c == null) {
            return;
        }
        long now = System.currentTimeMillis();
        List<SearchSource.Change> changes = new ArrayList<>();
        if (c.hasGaps()) {
            changes.addAll(source.changesAmong(c.gaps(1_000)));
        }
        List<SearchSource.Change> fresh = source.changesAfter(c.high(), BATCH);
        if (fresh.size() == BATCH && source.maxSeq() - c.high() > REBUILD_BACKLOG) {
            rebuild();
            return;
        }
        changes.addAll(fresh);
        long safeBefore = c.safe();
        if (!changes.isEmpty()) {
            updater.apply(changes);
            changes.forEach(change -> c.seen(change.seq(), now));
        }
        c.expire(now, GAP_PATIENCE_MILLIS);
        if (!changes.isEmpty() || c.safe() != safeBefore) {
            index.commit(c.safe());
        }
        indexed.set(c.high());
    }

    /** Indexes every workspace's people, organizations and encounters from the tables. */
    void rebuild() throws IOException {
        long started = System.nanoTime();
        long target = source.maxSeq();
        long windowStart = Math.max(0, target - WINDOW);
        // Values below the target whose transactions have not committed yet are gaps to watch.
        ChangeCursor rebuilt = ChangeCursor.after(
                target, windowStart, source.seqsBetween(windowStart, target), System.currentTimeMillis());
        index.deleteAll();
        int documents = 0;
        for (String ws : source.workspaces()) {
            for (IndexedType type : IndexedType.values()) {
                String after = "";
                List<String> ids;
                while (!(ids = source.ids(ws, type, after, IndexUpdater.CHUNK)).isEmpty()) {
                    if (!running) {
                        return; // stopping: the uncommitted rebuild is rolled back, the next start does it again
                    }
                    updater.reindex(ws, type, ids);
                    documents += ids.size();
                    after = ids.get(ids.size() - 1);
                }
            }
        }
        index.commit(rebuilt.safe());
        cursor = rebuilt;
        indexed.set(rebuilt.high());
        log.info(
                "Search index rebuilt in {}: {} documents up to change {} in {} ms",
                index.path(),
                documents,
                target,
                (System.nanoTime() - started) / 1_000_000);
    }
}
