package org.rapport.db;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * This node's one reader of the change log for in-memory caches (the network graphs, strengths,
 * suggestions): each poll's changes go to every subscriber, so none misses what another polled,
 * and the log is read once however many caches there are. Subscribers take their own locks
 * inside; they never call back into this class while holding one. Search keeps its own durable
 * cursor, because its index outlives the process.
 *
 * <p>A request does not read the log itself unless this node committed a change since the last
 * read: a background poll every {@link #POLL_EVERY_MS} ms brings other nodes' changes, and a read
 * older than {@link #STALE_AFTER_MS} ms (the poller fell behind) is done again by the caller. So a
 * member reads their own writes at once, sees other nodes' writes well within a second, and a
 * search pays no query when nothing was written here (ADR 0011).
 */
@Component
public class ChangeStream {
    static final long POLL_EVERY_MS = 200;
    static final long STALE_AFTER_MS = 500;

    private static final Logger log = LoggerFactory.getLogger(ChangeStream.class);

    /** One row of the change log. */
    public record Change(
            long seq,
            UUID workspace,
            String entity,
            UUID entityId,
            String operation,
            @Nullable UUID member) {}

    private final ChangeFeed feed;
    private final List<Consumer<List<Change>>> subscribers = new CopyOnWriteArrayList<>();
    private final AtomicLong localCommits = new AtomicLong();
    private final AtomicLong polls = new AtomicLong();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "change-stream-poll");
        t.setDaemon(true);
        return t;
    });
    /** {@link #localCommits} as it was just before the last read began, and when that read began. */
    private volatile long commitsBeforeLastRead = -1;

    private volatile long lastReadStarted;

    ChangeStream(ChangeFeed feed) {
        this.feed = feed;
    }

    public void subscribe(Consumer<List<Change>> subscriber) {
        subscribers.add(subscriber);
    }

    /**
     * Hands the subscribers everything committed on this node before this call, and what other
     * nodes committed up to {@link #STALE_AFTER_MS} ms ago.
     */
    public void catchUp() {
        if (current()) {
            return;
        }
        synchronized (this) {
            // Another caller may have read while this one waited for the lock.
            if (!current()) {
                read();
            }
        }
    }

    private boolean current() {
        return localCommits.get() == commitsBeforeLastRead
                && System.nanoTime() - lastReadStarted < TimeUnit.MILLISECONDS.toNanos(STALE_AFTER_MS);
    }

    /** Caller holds the lock. */
    private void read() {
        // Taken before the query: a commit announced after this point makes the next caller read.
        long commits = localCommits.get();
        long started = System.nanoTime();
        List<Change> changes = feed.poll();
        polls.incrementAndGet();
        if (!changes.isEmpty()) {
            subscribers.forEach(s -> s.accept(changes));
        }
        // Only now: a caller that finds the stream current must find these changes delivered.
        commitsBeforeLastRead = commits;
        lastReadStarted = started;
    }

    /** Announced synchronously after each commit on this node, before its request answers. */
    @EventListener
    void committed(ChangeLog.Committed committed) {
        localCommits.incrementAndGet();
    }

    @EventListener(ApplicationReadyEvent.class)
    void startPolling() {
        poller.scheduleWithFixedDelay(this::pollInBackground, POLL_EVERY_MS, POLL_EVERY_MS, TimeUnit.MILLISECONDS);
    }

    private void pollInBackground() {
        try {
            synchronized (this) {
                read();
            }
        } catch (RuntimeException e) {
            // The next poll, or the next request, tries again.
            log.warn("Reading the change log failed: {}", e.toString());
        }
    }

    /** How many times the log was read, for tests. */
    long reads() {
        return polls.get();
    }

    @PreDestroy
    void stop() {
        poller.shutdownNow();
    }
}
