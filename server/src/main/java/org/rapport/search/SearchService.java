package org.rapport.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToDoubleFunction;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.people.TieStrength;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Search and "who knows about X?" over this node's index, always within the member's workspace.
 * Search ranks by how well the words match (see {@link SearchQueries}), then lifts people by
 * relationship strength (up to ×1.4) and recency of the last contact (up to ×1.2), and encounters
 * by recency: at most ×1.6, less than the step between an exact, a prefix and a fuzzy name match.
 */
@Service
public class SearchService {
    /** What {@code types=} may name. */
    public static final List<String> TYPES =
            List.of(IndexedType.values()).stream().map(IndexedType::wire).toList();

    private static final long DAY = 86_400_000L;

    private final SearchIndex index;
    private final TieStrength strength;

    SearchService(SearchIndex index, ObjectProvider<TieStrength> strength) {
        this.index = index;
        this.strength = strength.getIfAvailable(() -> TieStrength.NONE);
    }

    /**
     * One result: the snippet is HTML, escaped, with the matching words in {@code <mark>}. For an
     * encounter, {@code personId} is its first participant (whose page shows it).
     */
    public record Hit(
            String type,
            UUID id,
            String title,
            String snippet,
            double score,
            @Nullable UUID personId) {
        /** Where the web interface shows this hit. */
        public String href() {
            return switch (type) {
                case "person" -> "/people/" + id;
                case "organization" -> "/organizations/" + id;
                default -> personId == null ? "/search?q=" + id : "/people/" + personId;
            };
        }
    }

    /** A person who knows about something, with the evidence in words. */
    public record Expert(UUID personId, String displayName, double score, List<String> reasons) {}

    /** Hits for a query, best first; {@code types} holds wire names from {@link #TYPES}. */
    public List<Hit> search(CurrentMember me, String q, Collection<String> types, int limit) {
        return timedSearch(me, q, types, limit).hits();
    }

    /**
     * Hits, and where the time went: the Lucene query with the candidates' summaries, the
     * relationship strengths of the people among them, and ranking with the page's documents and
     * snippets.
     */
    public record Timed(List<Hit> hits, long matchNanos, long strengthNanos, long pageNanos) {}

    public Timed timedSearch(CurrentMember me, String q, Collection<String> types, int limit) {
        List<String> terms = SearchQueries.terms(q);
        if (terms.isEmpty()) {
            return new Timed(List.of(), 0, 0, 0);
        }
        List<IndexedType> wanted = types.stream()
                .map(t -> IndexedType.valueOf(t.toUpperCase(Locale.ROOT)))
                .toList();
        String member = me.memberId().toString();
        Query query = SearchQueries.search(me.workspace().toString(), member, terms, wanted);
        long now = System.currentTimeMillis();
        return within(searcher -> {
            long t0 = System.nanoTime();
            StoredFields stored = searcher.storedFields();
            List<Candidate> candidates = candidates(searcher, stored, query, Math.max(limit * 3, 30));
            long t1 = System.nanoTime();
            Map<UUID, TieStrength.Score> scores = strengths(me, candidates);
            long t2 = System.nanoTime();
            List<Hit> hits = new ArrayList<>();
            // Only the page's hits pay for their whole stored document and a snippet.
            for (Candidate c : ranked(candidates, c -> round(c.score * lift(c, scores.get(c.id), now)), limit)) {
                Document doc = stored.document(c.docId);
                String first = c.type == IndexedType.ENCOUNTER ? doc.get(SearchDocuments.LINKS) : null;
                hits.add(new Hit(
                        c.type.wire(),
                        c.id,
                        c.title,
                        snippet(c, doc, terms, member),
                        c.ranking,
                        first == null ? null : UUID.fromString(first)));
            }
            return new Timed(hits, t1 - t0, t2 - t1, System.nanoTime() - t2);
        });
    }

    /** People with evidence that they know about {@code about}, best first, each with reasons. */
    public List<Expert> experts(CurrentMember me, String about, int limit) {
        List<String> terms = SearchQueries.terms(about);
        if (terms.isEmpty()) {
            return List.of();
        }
        String member = me.memberId().toString();
        Query query = SearchQueries.experts(me.workspace().toString(), member, terms);
        return within(searcher -> {
            StoredFields stored = searcher.storedFields();
            List<Expert> experts = new ArrayList<>();
            for (Candidate c :
                    ranked(candidates(searcher, stored, query, Math.max(limit * 3, 30)), c -> round(c.score), limit)) {
                experts.add(new Expert(
                        c.id, c.title, c.ranking, ExpertReasons.of(stored.document(c.docId), terms, member)));
            }
            return experts;
        });
    }

    /** A match before ranking: what the ranking needs, without the stored texts. */
    private static final class Candidate {
        final int docId;
        final IndexedType type;
        final UUID id;
        final String title;
        final String sortKey;
        final @Nullable Long recency;
        final float score;
        double ranking;

        Candidate(
                int docId,
                IndexedType type,
                UUID id,
                String title,
                String sortKey,
                @Nullable Long recency,
                float score) {
            this.docId = docId;
            this.type = type;
            this.id = id;
            this.title = title;
            this.sortKey = sortKey;
            this.recency = recency;
            this.score = score;
        }
    }

    /** Best first; ties by title, then id, so every node and database gives the same order. */
    private static List<Candidate> ranked(List<Candidate> candidates, ToDoubleFunction<Candidate> ranking, int limit) {
        candidates.forEach(c -> c.ranking = ranking.applyAsDouble(c));
        return candidates.stream()
                .sorted(Comparator.comparingDouble((Candidate c) -> c.ranking)
                        .reversed()
                        .thenComparing(c -> c.sortKey)
                        .thenComparing(c -> c.id))
                .limit(limit)
                .toList();
    }

    /** The first field, in this order, with a matching word. */
    private static String snippet(Candidate c, Document doc, List<String> terms, String member) {
        String gave = SearchDocuments.own(SearchDocuments.GAVE, member);
        List<String> fields = List.of(
                SearchDocuments.NAME,
                SearchDocuments.GAVE,
                gave,
                SearchDocuments.NOTES,
                SearchDocuments.TITLES,
                SearchDocuments.ORGANIZATIONS,
                SearchDocuments.TAGS,
                SearchDocuments.CONTACT,
                SearchDocuments.TOPICS,
                SearchDocuments.own(SearchDocuments.TOPICS, member),
                SearchDocuments.PEOPLE);
        for (String field : fields) {
            for (String value : doc.getValues(field)) {
                Optional<String> marked = Snippets.mark(value, terms);
                if (marked.isPresent()) {
                    return (field.equals(gave) ? "gave " : "") + marked.get();
                }
            }
        }
        return Snippets.escape(c.title);
    }

    private <T> T within(SearchIndex.SearcherFunction<T> work) {
        try {
            return index.search(work);
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed", e);
        }
    }

    private static final Set<String> SUMMARY = Set.of(
            SearchDocuments.TYPE,
            SearchDocuments.ID,
            SearchDocuments.TITLE,
            SearchDocuments.SORT,
            SearchDocuments.RECENCY);

    private static List<Candidate> candidates(IndexSearcher searcher, StoredFields stored, Query query, int n)
            throws IOException {
        List<Candidate> candidates = new ArrayList<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (ScoreDoc hit : searcher.search(query, n).scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            int local = hit.doc - leaf.docBase;
            // Fresh iterators per hit: hits come by score, and doc values only move forward.
            BinaryDocValues summaries = leaf.reader().getBinaryDocValues(SearchDocuments.SUMMARY);
            NumericDocValues recencies = leaf.reader().getNumericDocValues(SearchDocuments.RECENCY);
            Long recency = recencies != null && recencies.advanceExact(local) ? recencies.longValue() : null;
            if (summaries != null && summaries.advanceExact(local)) {
                String[] summary =
                        SearchDocuments.summary(summaries.binaryValue().utf8ToString());
                candidates.add(new Candidate(
                        hit.doc,
                        IndexedType.valueOf(summary[0].toUpperCase(Locale.ROOT)),
                        UUID.fromString(summary[1]),
                        summary[2],
                        summary[3],
                        recency,
                        hit.score));
            } else {
                Document doc = stored.document(hit.doc, SUMMARY);
                candidates.add(new Candidate(
                        hit.doc,
                        IndexedType.valueOf(doc.get(SearchDocuments.TYPE).toUpperCase(Locale.ROOT)),
                        UUID.fromString(doc.get(SearchDocuments.ID)),
                        doc.get(SearchDocuments.TITLE),
                        doc.get(SearchDocuments.SORT),
                        recency,
                        hit.score));
            }
        }
        return candidates;
    }

    private Map<UUID, TieStrength.Score> strengths(CurrentMember me, List<Candidate> candidates) {
        List<UUID> people = candidates.stream()
                .filter(c -> c.type == IndexedType.PERSON)
                .map(c -> c.id)
                .toList();
        if (people.isEmpty()) {
            return Map.of();
        }
        return new HashMap<>(strength.scores(me, people));
    }

    /** ×(1 + 0.4·strength/100 + 0.2·2^(−days since last contact / 90)) for people; recency alone for encounters. */
    private static double lift(Candidate c, TieStrength.@Nullable Score strength, long now) {
        double recency = c.recency == null ? 0 : Math.pow(2, -Math.max(0, now - c.recency) / (90.0 * DAY));
        return switch (c.type) {
            case PERSON -> 1 + 0.4 * (strength == null ? 0 : Math.min(100, strength.score()) / 100.0) + 0.2 * recency;
            case ENCOUNTER -> 1 + 0.2 * recency;
            case ORGANIZATION -> 1;
        };
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
