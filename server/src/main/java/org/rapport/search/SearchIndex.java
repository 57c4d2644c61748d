package org.rapport.search;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.jspecify.annotations.Nullable;
import org.rapport.api.UnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The node's Lucene index in {@code rapport.search.index-dir}: one writer, near-real-time searchers,
 * and in each commit's user data the change-log sequence it is current to. Opening checks every
 * file's checksum; a missing, damaged or unreadable index is thrown away, to be rebuilt from the
 * database (it holds nothing the database does not).
 */
@Component
class SearchIndex implements AutoCloseable {
    static final String SEQ = "seq";
    /** The documents' layout; an index of another layout is rebuilt (raise it when fields change). */
    static final String FORMAT = "format";

    // 5: what a person gave includes advice received unnamed in a conversation with them alone.
    static final String CURRENT_FORMAT = "5";
    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private final Path path;
    private @Nullable Directory directory;
    private @Nullable IndexWriter writer;
    private @Nullable SearcherManager searchers;

    SearchIndex(@Value("${rapport.search.index-dir}") Path path) {
        this.path = path.toAbsolutePath();
    }

    Path path() {
        return path;
    }

    /**
     * Opens the index, or an empty one when there was none or it was damaged. Answers the sequence
     * the index is current to, or -1 when it must be rebuilt.
     */
    synchronized long open() {
        closeQuietly();
        long seq = -1;
        try {
            Files.createDirectories(path);
            seq = verified();
        } catch (CorruptIndexException
                | IndexFormatTooOldException
                | IndexFormatTooNewException
                | EOFException
                | NoSuchFileException
                | FileNotFoundException
                | NumberFormatException e) {
            log.warn("Search index in {} is damaged ({}); rebuilding it from the database", path, e.toString());
            wipe();
        } catch (IOException e) {
            // Not damage (an interrupted read, a full disk…): keep the files and let the caller retry.
            throw new UncheckedIOException("Cannot read the search index in " + path, e);
        }
        try {
            directory = FSDirectory.open(path);
            var config = new IndexWriterConfig(SearchAnalyzer.INSTANCE)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setCommitOnClose(false);
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + path, e);
        }
        return seq;
    }

    /** The committed sequence of an intact index, or -1 when there is none; throws when damaged. */
    private long verified() throws IOException {
        try (Directory dir = FSDirectory.open(path)) {
            SegmentInfos infos;
            try {
                infos = SegmentInfos.readLatestCommit(dir);
            } catch (IndexNotFoundException e) {
                return -1;
            }
            for (String file : infos.files(true)) {
                try (IndexInput input = dir.openInput(file, IOContext.READONCE)) {
                    CodecUtil.checksumEntireFile(input);
                }
            }
            if (!CURRENT_FORMAT.equals(infos.getUserData().get(FORMAT))) {
                log.info("Search index in {} has an older layout; rebuilding it", path);
                return -1;
            }
            String seq = infos.getUserData().get(SEQ);
            return seq == null ? -1 : Long.parseLong(seq);
        }
    }

    boolean exists() {
        return Files.isDirectory(path) && writer != null && writer.isOpen();
    }

    synchronized void update(Term key, Document doc) throws IOException {
        writer().updateDocument(key, doc);
    }

    synchronized void delete(Term key) throws IOException {
        writer().deleteDocuments(key);
    }

    /** Adds a staged index's documents (a copy of its segments), replacing documents with the same keys. */
    synchronized void addStaged(Path staged, java.util.Collection<String> keys) throws IOException {
        IndexWriter w = writer();
        w.deleteDocuments(new org.apache.lucene.search.TermInSetQuery(
                SearchDocuments.KEY,
                keys.stream().map(org.apache.lucene.util.BytesRef::new).toList()));
        try (Directory d = FSDirectory.open(staged)) {
            w.addIndexes(d);
        }
    }

    synchronized void deleteAll() throws IOException {
        writer().deleteAll();
    }

    /** Makes the changes durable with the sequence they are current to, and visible to searches. */
    synchronized void commit(long seq) throws IOException {
        IndexWriter w = writer();
        w.setLiveCommitData(
                Map.of(SEQ, Long.toString(seq), FORMAT, CURRENT_FORMAT).entrySet());
        w.commit();
        searchers().maybeRefreshBlocking();
    }

    /** Makes the changes visible to searches without committing them (near-real-time). */
    void refresh() throws IOException {
        searchers().maybeRefreshBlocking();
    }

    /** Work on a point-in-time view of the last refresh. */
    interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    <T> T search(SearcherFunction<T> function) throws IOException {
        SearcherManager manager = searchers();
        IndexSearcher searcher;
        try {
            searcher = manager.acquire();
        } catch (AlreadyClosedException e) {
            // The worker closed it to rebuild between our reading the field and acquiring.
            throw rebuilding();
        }
        try {
            return function.apply(searcher);
        } finally {
            manager.release(searcher);
        }
    }

    private IndexWriter writer() {
        IndexWriter w = writer;
        if (w == null) {
            throw new IllegalStateException("The search index is not open");
        }
        return w;
    }

    private SearcherManager searchers() {
        SearcherManager s = searchers;
        if (s == null) {
            // Closed while it is rebuilt from the database (missing or damaged): a moment, not an error.
            throw rebuilding();
        }
        return s;
    }

    private static UnavailableException rebuilding() {
        return new UnavailableException(
                "The search index is being rebuilt from the database; try again in a moment", 1);
    }

    private void wipe() {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            List<Path> all = files.sorted(Comparator.reverseOrder()).toList();
            for (Path file : all) {
                if (!file.equals(path)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear the damaged search index in " + path, e);
        }
    }

    private void closeQuietly() {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.rollback();
            }
            if (directory != null) {
                directory.close();
            }
        } catch (IOException | RuntimeException e) {
            log.debug("Closing the search index: {}", e.toString());
        }
        searchers = null;
        writer = null;
        directory = null;
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }
}
