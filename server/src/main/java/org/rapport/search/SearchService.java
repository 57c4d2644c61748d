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
import java.util.UUID;
import org.apache.lucene.document.Document;
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
    private static final List<String> SNIPPET_FIELDS = List.of(
            SearchDocuments.NAME,
            SearchDocuments.GAVE,
            SearchDocuments.NOTES,
            SearchDocuments.TITLES,
            SearchDocuments.ORGANIZATIONS,
            SearchDocuments.TAGS,
            SearchDocuments.CONTACT,
            SearchDocuments.TOPICS,
            SearchDocuments.PEOPLE);

    private final SearchIndex index;
    private final ObjectProvider<TieStrength> strength;

    SearchService(SearchIndex index, ObjectProvider<TieStrength> strength) {
        this.index = index;
        this.strength = strength;
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
        List<String> terms = SearchQueries.terms(q);
        if (terms.isEmpty()) {
            return List.of();
        }
        List<IndexedType> wanted = types.stream()
                .map(t -> IndexedType.valueOf(t.toUpperCase(Locale.ROOT)))
                .toList();
        Query query = SearchQueries.search(me.workspace().toString(), terms, wanted);
        List<Candidate> candidates = read(query, Math.max(limit * 3, 30), terms);
        Map<UUID, TieStrength.Score> scores = strengths(me, candidates);
        long now = System.currentTimeMillis();
        return candidates.stream()
                .map(c -> c.hit(lift(c, scores.get(c.id), now)))
                .sorted(Comparator.comparingDouble(Hit::score)
                        .reversed()
                        .thenComparing(h -> SearchAnalyzer.folded(h.title()))
                        .thenComparing(Hit::id))
                .limit(limit)
                .toList();
    }

    /** People with evidence that they know about {@code about}, best first, each with reasons. */
    public List<Expert> experts(CurrentMember me, String about, int limit) {
        List<String> terms = SearchQueries.terms(about);
        if (terms.isEmpty()) {
            return List.of();
        }
        Query query = SearchQueries.experts(me.workspace().toString(), terms);
        return read(query, Math.max(limit * 3, 30), terms).stream()
                .map(c -> new Expert(c.id, c.title, round(c.score), ExpertReasons.of(c.doc, terms)))
                .sorted(Comparator.comparingDouble(Expert::score)
                        .reversed()
                        .thenComparing(e -> SearchAnalyzer.folded(e.displayName()))
                        .thenComparing(Expert::personId))
                .limit(limit)
                .toList();
    }

    private record Candidate(
            IndexedType type,
            UUID id,
            String title,
            @Nullable Long recency,
            float score,
            Document doc,
            List<String> terms) {
        Hit hit(double lift) {
            String first = type == IndexedType.ENCOUNTER ? doc.get(SearchDocuments.LINKS) : null;
            return new Hit(
                    type.wire(),
                    id,
                    title,
                    snippet(),
                    round(score * lift),
                    first == null ? null : UUID.fromString(first));
        }

        String snippet() {
            for (String field : SNIPPET_FIELDS) {
                for (String value : doc.getValues(field)) {
                    Optional<String> marked = Snippets.mark(value, terms);
                    if (marked.isPresent()) {
                        return (field.equals(SearchDocuments.GAVE) && type == IndexedType.PERSON ? "gave " : "")
                                + marked.get();
                    }
                }
            }
            return Snippets.escape(title);
        }
    }

    private List<Candidate> read(Query query, int n, List<String> terms) {
        try {
            return index.search(searcher -> candidates(searcher, query, n, terms));
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed", e);
        }
    }

    private static List<Candidate> candidates(IndexSearcher searcher, Query query, int n, List<String> terms)
            throws IOException {
        List<Candidate> candidates = new ArrayList<>();
        var stored = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(query, n).scoreDocs) {
            Document doc = stored.document(hit.doc);
            var recency = doc.getField(SearchDocuments.RECENCY);
            candidates.add(new Candidate(
                    IndexedType.valueOf(doc.get(SearchDocuments.TYPE).toUpperCase(Locale.ROOT)),
                    UUID.fromString(doc.get(SearchDocuments.ID)),
                    doc.get(SearchDocuments.TITLE),
                    recency == null ? null : recency.numericValue().longValue(),
                    hit.score,
                    doc,
                    terms));
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
        return new HashMap<>(strength.getIfAvailable(() -> TieStrength.NONE).scores(me, people));
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
