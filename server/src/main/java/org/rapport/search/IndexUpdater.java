package org.rapport.search;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.springframework.stereotype.Component;

/**
 * Turns change-log rows into index updates: every changed entity is read again from the database
 * and re-indexed, or deleted when it is gone. A person's document also holds what they gave and
 * the encounters they were in, and their organizations' names, so encounter and organization
 * changes re-index the people they touch (before and after the change).
 *
 * <p>Reading and indexing overlap: the caller's thread reads a chunk from the database (a few
 * queries per chunk, whatever its size) while one indexing thread builds and analyses the previous
 * chunk's documents. Measured on a 30,000-person import, the two halves cost about the same, so on
 * two cores this nearly halves the catch-up. {@link #drain} waits for the indexing thread.
 */
@Component
class IndexUpdater {
    static final int CHUNK = 1_000;
    /** Chunks read ahead of the indexing thread; bounds the documents held in memory. */
    static final int AHEAD = 2;

    private final SearchIndex index;
    private final SearchSource source;
    private final ExecutorService indexer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-indexer");
        t.setDaemon(true);
        return t;
    });
    private final Deque<Future<?>> pending = new ArrayDeque<>();

    IndexUpdater(SearchIndex index, SearchSource source) {
        this.index = index;
        this.source = source;
    }

    @PreDestroy
    void shutdown() {
        indexer.shutdown();
    }

    /** What to re-read in one workspace. */
    private static final class Work {
        final Set<String> people = new LinkedHashSet<>();
        final Set<String> organizations = new LinkedHashSet<>();
        /** Organizations changed other than by being created: their people may show the old name. */
        final Set<String> organizationsChanged = new LinkedHashSet<>();

        final Set<String> encounters = new LinkedHashSet<>();
    }

    /** Something to do between chunks of a long catch-up (show what imports staged meanwhile). */
    interface BetweenChunks {
        void run() throws IOException;
    }

    /**
     * Applies the changes and waits until the index writer has them (visible after a refresh);
     * {@code between} runs after each chunk.
     */
    void apply(List<SearchSource.Change> changes, BetweenChunks between) throws IOException {
        Map<String, Work> byWorkspace = new LinkedHashMap<>();
        for (SearchSource.Change c : changes) {
            Work work = byWorkspace.computeIfAbsent(c.ws(), ws -> new Work());
            switch (c.entity()) {
                case "person", "relationship" -> work.people.add(c.entityId());
                case "organization" -> {
                    work.organizations.add(c.entityId());
                    // No document can show an organization that did not exist yet, and whoever gains a
                    // role at it is logged as a person change (roles are written with their person).
                    if (!"create".equals(c.operation())) {
                        work.organizationsChanged.add(c.entityId());
                    }
                }
                case "encounter" -> work.encounters.add(c.entityId());
                default -> {
                    // Connections, follow-ups, tokens… are not searched.
                }
            }
        }
        try {
            for (var entry : byWorkspace.entrySet()) {
                apply(entry.getKey(), entry.getValue(), between);
            }
        } finally {
            drain();
        }
    }

    private void apply(String ws, Work work, BetweenChunks between) throws IOException {
        for (List<String> chunk : chunks(work.organizationsChanged)) {
            work.people.addAll(source.peopleAt(ws, chunk));
            work.people.addAll(linked(IndexedType.PERSON, ws, chunk));
        }
        for (List<String> chunk : chunks(work.organizations)) {
            reindex(ws, IndexedType.ORGANIZATION, chunk);
            between.run();
        }
        for (List<String> chunk : chunks(work.encounters)) {
            work.people.addAll(source.peopleIn(ws, chunk));
            work.people.addAll(linksOf(IndexedType.ENCOUNTER, ws, chunk));
            reindex(ws, IndexedType.ENCOUNTER, chunk);
            between.run();
        }
        for (List<String> chunk : chunks(work.people)) {
            reindex(ws, IndexedType.PERSON, chunk);
            between.run();
        }
    }

    /**
     * Re-reads one chunk of one type (on this thread) and hands the documents to the indexing
     * thread, which updates or deletes each; call {@link #drain} before committing.
     */
    void reindex(String ws, IndexedType type, List<String> ids) throws IOException {
        List<String> keys = List.copyOf(ids);
        Supplier<Map<String, Document>> documents = switch (type) {
            case PERSON -> {
                var read = source.people(ws, keys);
                yield () -> built(read, p -> SearchDocuments.person(ws, p));
            }
            case ORGANIZATION -> {
                var read = source.organizations(ws, keys);
                yield () -> built(read, o -> SearchDocuments.organization(ws, o));
            }
            case ENCOUNTER -> {
                var read = source.encounters(ws, keys);
                yield () -> built(read, e -> SearchDocuments.encounter(ws, e));
            }
        };
        while (pending.size() >= AHEAD) {
            await(pending.removeFirst());
        }
        pending.addLast(indexer.submit(() -> {
            Map<String, Document> docs = documents.get();
            try {
                for (String id : keys) {
                    Document doc = docs.get(id);
                    if (doc == null) {
                        index.delete(SearchDocuments.keyTerm(type, ws, id));
                    } else {
                        index.update(SearchDocuments.keyTerm(type, ws, id), doc);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        }));
    }

    /** Waits until the indexing thread has written everything handed to it; rethrows its failure. */
    void drain() throws IOException {
        IOException failure = null;
        while (!pending.isEmpty()) {
            try {
                await(pending.removeFirst());
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static void await(Future<?> future) throws IOException {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while indexing", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static <T> Map<String, Document> built(Map<String, T> read, java.util.function.Function<T, Document> doc) {
        Map<String, Document> docs = new LinkedHashMap<>();
        read.forEach((id, entity) -> docs.put(id, doc.apply(entity)));
        return docs;
    }

    /** The ids stored in the links of these documents (e.g. the people of a deleted encounter). */
    private Set<String> linksOf(IndexedType type, String ws, Collection<String> ids) throws IOException {
        return index.search(searcher -> {
            Set<String> links = new HashSet<>();
            StoredFields stored = searcher.storedFields();
            for (String id : ids) {
                TopDocs top = searcher.search(new TermQuery(SearchDocuments.keyTerm(type, ws, id)), 1);
                if (top.scoreDocs.length > 0) {
                    for (var value : stored.document(top.scoreDocs[0].doc).getValues(SearchDocuments.LINKS)) {
                        links.add(value);
                    }
                }
            }
            return links;
        });
    }

    /** Ids of documents of a type that link to any of these ids (e.g. people of an organization): one query. */
    private Set<String> linked(IndexedType type, String ws, Collection<String> ids) throws IOException {
        List<BytesRef> terms = ids.stream().map(BytesRef::new).toList();
        var query = new BooleanQuery.Builder()
                .add(new TermInSetQuery(SearchDocuments.LINKS, terms), Occur.FILTER)
                .add(new TermQuery(new Term(SearchDocuments.WORKSPACE, ws)), Occur.FILTER)
                .add(new TermQuery(new Term(SearchDocuments.TYPE, type.wire())), Occur.FILTER)
                .build();
        return index.search(searcher -> {
            Set<String> found = new HashSet<>();
            StoredFields stored = searcher.storedFields();
            List<Integer> docs = new ArrayList<>();
            searcher.search(query, new SimpleCollector() {
                private int base;

                @Override
                protected void doSetNextReader(LeafReaderContext context) {
                    base = context.docBase;
                }

                @Override
                public void collect(int doc) {
                    docs.add(base + doc);
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
            for (int doc : docs) {
                found.add(stored.document(doc, Set.of(SearchDocuments.ID)).get(SearchDocuments.ID));
            }
            return found;
        });
    }

    static List<List<String>> chunks(Collection<String> ids) {
        List<String> all = new ArrayList<>(ids);
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
