package org.rapport.search;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.rapport.db.Keys;
import org.rapport.organizations.RoleDraft;
import org.rapport.people.ContactValue;
import org.rapport.people.PersonBatch;
import org.rapport.people.PersonDraft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The bulk path: people written many at a time (an import, {@link PersonBatch.Inserted}) are indexed
 * while their transaction still runs, on a thread of their own (the import runs on one core, this
 * uses the other), into a staging index beside the node's index. Once the transaction has committed,
 * the catch-up merges the staged segments in (a file copy, no re-analysis) and refreshes, so a
 * 30,000-row import is searchable a moment after it answers instead of after a catch-up of seconds.
 *
 * <p>The change log stays the record: the staged documents are built from the drafts the import
 * wrote, and the import's change-log rows, read after the merge as always, replace them with
 * documents read from the tables. A rollback (a dry run, a failed import) throws the stage away.
 * While a stage's transaction commits, the catch-up waits for it ({@link #awaitCommitting}), so it
 * never reads the import's changes before their staged documents are merged.
 */
@Component
class BulkStaging {
    /** Fewer people than this in a transaction are left to the catch-up alone. */
    static final int MIN_PEOPLE = 500;
    /**
     * A transaction writing more people than this is not staged: the catch-up rebuilds the index
     * after such a backlog anyway, and it bounds the ids a stage remembers.
     */
    static final int MAX_PEOPLE = 100_000;
    /** Chunks handed to the staging thread and not written yet; beyond it the import waits (bounded memory). */
    static final int PENDING_CHUNKS = 2;

    private static final Logger log = LoggerFactory.getLogger(BulkStaging.class);
    private final Path root;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-staging");
        t.setDaemon(true);
        return t;
    });
    private final ConcurrentLinkedQueue<Stage> ready = new ConcurrentLinkedQueue<>();
    private final Set<Stage> committing = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.Semaphore pending = new java.util.concurrent.Semaphore(PENDING_CHUNKS);

    BulkStaging(@Value("${rapport.search.index-dir}") Path indexDir) {
        Path index = indexDir.toAbsolutePath();
        this.root = index.resolveSibling(index.getFileName() + "-staging");
        deleteTree(root); // stages of a previous run never committed here
    }

    @PreDestroy
    void shutdown() {
        worker.shutdownNow();
        deleteTree(root);
    }

    /** One transaction's staged people. */
    final class Stage implements TransactionSynchronization {
        final Path dir = root.resolve(UUID.randomUUID().toString());
        /** The staged people by workspace (ids, not keys: 100,000 keys would take tens of MB). */
        final java.util.Map<String, List<UUID>> ids = new java.util.HashMap<>();
        /** Pending entries until there are enough to stage (small writes are left to the catch-up). */
        private final List<PersonBatch.Inserted> waiting = new ArrayList<>();

        private int people;
        private boolean started;
        private boolean abandoned;
        private @Nullable IndexWriter writer;
        private @Nullable Future<?> finished;

        void add(PersonBatch.Inserted inserted) {
            if (abandoned) {
                return;
            }
            people += inserted.entries().size();
            if (people > MAX_PEOPLE) {
                abandoned = true;
                waiting.clear();
                ids.clear();
                submit(this::close);
                return;
            }
            waiting.add(inserted);
            if (people < MIN_PEOPLE) {
                return;
            }
            List<PersonBatch.Inserted> batch = List.copyOf(waiting);
            waiting.clear();
            started = true;
            batch.forEach(b -> {
                List<UUID> of = ids.computeIfAbsent(b.workspace().toString(), ws -> new ArrayList<>());
                b.entries().forEach(e -> of.add(e.id()));
            });
            try {
                pending.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                abandoned = true;
                submit(this::close);
                return;
            }
            if (submit(() -> {
                        try {
                            write(batch);
                        } finally {
                            pending.release();
                        }
                    })
                    == null) {
                pending.release();
                abandoned = true;
            }
        }

        /** The index keys of the staged people. */
        List<String> keys() {
            List<String> keys = new ArrayList<>();
            ids.forEach(
                    (ws, of) -> of.forEach(id -> keys.add(SearchDocuments.key(IndexedType.PERSON, ws, id.toString()))));
            return keys;
        }

        int people() {
            return ids.values().stream().mapToInt(List::size).sum();
        }

        private void write(List<PersonBatch.Inserted> batch) {
            try {
                IndexWriter w = writer;
                if (w == null) {
                    Files.createDirectories(dir);
                    w = new IndexWriter(
                            FSDirectory.open(dir),
                            new IndexWriterConfig(SearchAnalyzer.INSTANCE).setRAMBufferSizeMB(8));
                    writer = w;
                }
                for (PersonBatch.Inserted inserted : batch) {
                    String ws = inserted.workspace().toString();
                    for (PersonBatch.Entry e : inserted.entries()) {
                        String id = e.id().toString();
                        w.addDocument(SearchDocuments.person(ws, indexed(id, e.draft())));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The staged segment is complete on disk. */
        private void finish() {
            IndexWriter w = writer;
            if (w == null) {
                return;
            }
            try {
                w.commit();
                Directory d = w.getDirectory();
                w.close();
                d.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                writer = null;
            }
        }

        private void close() {
            IndexWriter w = writer;
            writer = null;
            if (w != null) {
                try {
                    Directory d = w.getDirectory();
                    w.rollback();
                    d.close();
                } catch (IOException | RuntimeException e) {
                    log.debug("Closing a search stage: {}", e.toString());
                }
            }
            deleteTree(dir);
        }

        void discard() {
            if (submit(this::close) == null) {
                deleteTree(dir);
            }
        }

        boolean staged() {
            return started && !abandoned;
        }

        /** Waits until the staged segment is on disk; false when it could not be written. */
        boolean awaitFinished() {
            Future<?> f = finished;
            if (f == null) {
                return false;
            }
            try {
                f.get(60, TimeUnit.SECONDS);
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (ExecutionException | TimeoutException e) {
                log.warn("Staging imported people for search failed ({}); the catch-up indexes them", e.toString());
                return false;
            }
        }

        // Before the change log's own synchronization, which wakes the catch-up.
        @Override
        public int getOrder() {
            return 0;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (staged()) {
                finished = submit(this::finish);
                if (finished == null) {
                    abandoned = true; // shutting down: the catch-up of the next start indexes them
                } else {
                    committing.add(this);
                }
            }
        }

        @Override
        public void afterCommit() {
            if (staged()) {
                ready.add(this);
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(BulkStaging.this);
            if (status != STATUS_COMMITTED && started) {
                discard();
            }
            synchronized (committing) {
                committing.remove(this);
                committing.notifyAll();
            }
        }
    }

    /** Runs on the staging thread; null once the node is shutting down (never fails the import). */
    private @Nullable Future<?> submit(Runnable task) {
        try {
            return worker.submit(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return null;
        }
    }

    /** Stages people written in bulk inside the current transaction. */
    @EventListener
    void inserted(PersonBatch.Inserted inserted) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || inserted.entries().isEmpty()) {
            return;
        }
        Stage stage = (Stage) TransactionSynchronizationManager.getResource(this);
        if (stage == null) {
            stage = new Stage();
            TransactionSynchronizationManager.bindResource(this, stage);
            TransactionSynchronizationManager.registerSynchronization(stage);
        }
        stage.add(inserted);
    }

    /**
     * Waits (up to {@code millis}) while a staged transaction is committing, so its changes are
     * read only after its staged documents are merged.
     */
    void awaitCommitting(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        synchronized (committing) {
            long left;
            while (!committing.isEmpty() && (left = deadline - System.nanoTime()) > 0) {
                committing.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /** Stages whose transactions have committed, oldest first; the caller merges then {@link Stage#discard}s them. */
    List<Stage> takeReady() {
        List<Stage> stages = new ArrayList<>();
        Stage s;
        while ((s = ready.poll()) != null) {
            stages.add(s);
        }
        return stages;
    }

    /** The document the tables would give for a person just written from this draft. */
    static IndexedPerson indexed(String id, PersonDraft d) {
        var p = new IndexedPerson.Builder(
                id,
                java.util.Objects.requireNonNull(d.displayName()),
                d.givenName(),
                d.familyName(),
                d.notes(),
                d.howWeMet());
        for (ContactValue email : d.emails()) {
            p.contacts.add(email.value());
        }
        for (ContactValue phone : d.phones()) {
            p.contacts.add(phone.value());
            p.contacts.addAll(SearchSource.phoneDigits(Keys.phoneKey(phone.value())));
        }
        TreeSet<String> tags = new TreeSet<>(Comparator.comparing(Keys::nameKey));
        tags.addAll(d.tags());
        tags.stream().sorted().forEach(p.tags::add);
        for (RoleDraft r : d.roles()) {
            if (r.organizationId() != null) {
                p.organizationIds.add(r.organizationId().toString());
            }
            if (r.organizationName() != null) {
                p.organizations.add(r.organizationName());
            }
            if (r.title() != null) {
                p.titles.add(r.title());
            }
        }
        return p.build();
    }

    private static void deleteTree(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            log.debug("Could not delete {}: {}", path, e.toString());
        }
    }
}
