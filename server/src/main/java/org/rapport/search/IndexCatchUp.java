package org.rapport.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.store.AlreadyClosedException;
import org.jspecify.annotations.Nullable;
import org.rapport.db.ChangeLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's index current: a background thread reads the change log every 200 ms, at once
 * when a transaction on this node has committed changes ({@link ChangeLog.Committed}), and back to
 * back while a backlog remains, and re-indexes what changed, so API writes never wait for Lucene and
 * a write on any node is searchable here within a second. Changes become visible by refreshing the
 * near-real-time reader; the index is committed (fsync, with the sequence it is current to) when a
 * backlog is done, or every {@value #COMMIT_MILLIS} ms while it lasts. Rebuilds the whole index from the tables at startup when it is
 * missing or damaged, when its directory disappears, when Lucene reports corruption, and when the
 * backlog is so long (a bulk load) that reading the tables is faster than following the log.
 */
@Component
class IndexCatchUp implements SmartLifecycle {
    static final long POLL_MILLIS = 200;
    static final int BATCH = 20_000;
    /** While a backlog lasts, commit at least this often (a restart replays from the last commit). */
    static final long COMMIT_MILLIS = 5_000;
    /** Behind by more than this many changes, a rebuild is cheaper than replaying them. */
    static final long REBUILD_BACKLOG = 50_000;
    /** A gap older than this belonged to a transaction that rolled back (or a very long one). */
    static final long GAP_PATIENCE_MILLIS = 10 * 60 * 1000L;
    /** After a rebuild, values this far below the target are checked for late commits. */
    static final long WINDOW = 1_000;
    /** Gaps younger than this are asked for on every pass, older ones every {@value #OLD_GAPS_EVERY}th. */
    static final long YOUNG_GAP_MILLIS = 5_000;

    static final int OLD_GAPS_EVERY = 5;

    private static final Logger log = LoggerFactory.getLogger(IndexCatchUp.class);
    private final SearchIndex index;
    private final SearchSource source;
    private final IndexUpdater updater;
    private final BulkStaging staging;
    private final AtomicLong indexed = new AtomicLong(-1);
    private final AtomicLong stagedShown = new AtomicLong();
    private volatile boolean running;
    private @Nullable Thread thread;
    private @Nullable ChangeCursor cursor;
    private long committedAt = System.currentTimeMillis();
    private long polls;
    private final Object signal = new Object();
    private boolean woken;

    IndexCatchUp(SearchIndex index, SearchSource source, IndexUpdater updater, BulkStaging staging) {
        this.index = index;
        this.source = source;
        this.updater = updater;
        this.staging = staging;
    }

    /** The highest change-log sequence the index has read, -1 before the first pass. */
    long indexedSeq() {
        return indexed.get();
    }

    /** How many people imports' staged documents have shown (merged before their changes were read). */
    long stagedShown() {
        return stagedShown.get();
    }

    /** Sequence values below it still awaited (transactions not committed yet, or rolled back). */
    int awaitedGaps() {
        ChangeCursor c = cursor;
        return c == null ? 0 : c.gapCount();
    }

    /** A transaction on this node committed changes: read them now rather than at the next poll. */
    @EventListener
    void changesCommitted(ChangeLog.Committed committed) {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    /** Sleeps up to {@code millis}, less when woken by a commit on this node. */
    private void pause(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        synchronized (signal) {
            long left;
            while (!woken && (left = deadline - System.nanoTime()) > 0) {
                signal.wait(Math.max(1, left / 1_000_000));
            }
            woken = false;
        }
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
                boolean more = false;
                if (cursor == null) {
                    start(index.open());
                } else if (!index.exists()) {
                    log.warn("Search index directory {} is gone; rebuilding it", index.path());
                    index.open();
                    rebuild();
                } else {
                    more = poll();
                }
                failures = 0;
                if (!more) {
                    pause(POLL_MILLIS);
                }
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

    /**
     * Reads the log after the cursor and the gaps it remembers; applies and refreshes, and commits
     * unless more is waiting. Answers whether more is waiting (a backlog).
     */
    boolean poll() throws IOException, InterruptedException {
        ChangeCursor c = cursor;
        if (c == null) {
            return false;
        }
        staging.awaitCommitting(10_000);
        mergeStaged();
        long now = System.currentTimeMillis();
        List<SearchSource.Change> changes = new ArrayList<>();
        // Young gaps every time (a transaction about to commit), all of them every fifth pass: a
        // rolled-back import leaves thousands, and a late commit may be any of them.
        List<Long> gaps =
                ++polls % OLD_GAPS_EVERY == 0 ? c.gaps(ChangeCursor.MAX_GAPS) : c.gapsSince(now - YOUNG_GAP_MILLIS);
        for (int i = 0; i < gaps.size(); i += 1_000) {
            changes.addAll(source.changesAmong(gaps.subList(i, Math.min(gaps.size(), i + 1_000))));
        }
        List<SearchSource.Change> fresh = source.changesAfter(c.high(), BATCH);
        boolean more = fresh.size() == BATCH;
        if (more && source.maxSeq() - c.high() > REBUILD_BACKLOG) {
            rebuild();
            return false;
        }
        changes.addAll(fresh);
        long safeBefore = c.safe();
        long started = System.nanoTime();
        if (!changes.isEmpty()) {
            // Imports that commit while this runs are shown between chunks: this poll read the log
            // before they committed, so their changes come after the merge, as they must.
            updater.apply(changes, this::mergeStaged);
            changes.forEach(change -> c.seen(change.seq(), now));
        }
        c.expire(now, GAP_PATIENCE_MILLIS);
        if (!changes.isEmpty() || c.safe() != safeBefore) {
            if (!more || System.currentTimeMillis() - committedAt >= COMMIT_MILLIS) {
                index.commit(c.safe());
                committedAt = System.currentTimeMillis();
            } else {
                index.refresh();
            }
        }
        indexed.set(c.high());
        if (changes.size() >= 1_000) {
            log.info(
                    "Search index caught up with {} changes to change {} in {} ms{}",
                    changes.size(),
                    c.high(),
                    (System.nanoTime() - started) / 1_000_000,
                    more ? "; more waiting" : "");
        }
        return more;
    }

    /**
     * Shows what imports staged while they ran ({@link BulkStaging}), before reading their changes
     * from the log (which then replaces the staged documents with ones read from the tables).
     */
    private void mergeStaged() throws IOException {
        List<BulkStaging.Stage> stages = staging.takeReady();
        if (stages.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        int people = 0;
        try {
            for (BulkStaging.Stage stage : stages) {
                if (stage.awaitFinished()) {
                    index.addStaged(stage.dir, stage.keys());
                    people += stage.people();
                }
            }
        } finally {
            stages.forEach(BulkStaging.Stage::discard);
        }
        index.refresh();
        stagedShown.addAndGet(people);
        log.info(
                "Search index shows {} people staged by imports ({} ms)",
                people,
                (System.nanoTime() - started) / 1_000_000);
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
                        updater.drain();
                        return; // stopping: the uncommitted rebuild is rolled back, the next start does it again
                    }
                    updater.reindex(ws, type, ids);
                    documents += ids.size();
                    after = ids.get(ids.size() - 1);
                }
            }
        }
        updater.drain();
        // What imports staged meanwhile is in the tables the rebuild read, or in changes after it.
        staging.takeReady().forEach(BulkStaging.Stage::discard);
        index.commit(rebuilt.safe());
        committedAt = System.currentTimeMillis();
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
