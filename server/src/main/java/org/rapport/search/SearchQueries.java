package org.rapport.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The Lucene queries behind search and "who knows about X?". Search scores are fixed weights, not
 * term statistics, so the order is the same on every node and database: a word that is a whole name
 * counts {@value #EXACT}, the start of a name {@value #PREFIX}, a name within one or two typos
 * {@value #FUZZY}, a word elsewhere (what they gave, notes, titles, …) at most {@value #GAVE}; the
 * whole query equal to a full name adds {@value #FULL_NAME}. Each query word must match somewhere.
 */
final class SearchQueries {
    static final float FULL_NAME = 10;
    static final float EXACT = 8;
    static final float PREFIX = 4;
    static final float FUZZY = 2;
    static final float GAVE = 1.5f;
    static final float OTHER = 1;
    static final float OTHER_PREFIX = 0.5f;
    static final int MAX_TERMS = 8;

    /** Evidence weights of "who knows about X?": what they gave weighs most, then notes, titles, organizations. */
    static final Map<String, Float> EVIDENCE = Map.of(
            SearchDocuments.GAVE, 4f,
            SearchDocuments.NOTES, 2f,
            SearchDocuments.TITLES, 1.5f,
            SearchDocuments.ORGANIZATIONS, 1f);

    private static final List<String> OTHER_FIELDS = List.of(
            SearchDocuments.NOTES,
            SearchDocuments.TITLES,
            SearchDocuments.ORGANIZATIONS,
            SearchDocuments.TAGS,
            SearchDocuments.CONTACT,
            SearchDocuments.TOPICS,
            SearchDocuments.PEOPLE);

    private SearchQueries() {}

    /** The folded words of a query, at most {@value #MAX_TERMS}. */
    static List<String> terms(String q) {
        return SearchAnalyzer.tokens(q).stream()
                .map(SearchAnalyzer.Token::term)
                .distinct()
                .limit(MAX_TERMS)
                .toList();
    }

    /** Edits a word may be off by and still match a name: none below 3 letters, 2 from 6. */
    static int maxEdits(String term) {
        return term.length() < 3 ? 0 : term.length() < 6 ? 1 : 2;
    }

    /** Within the workspace; encounters only the member's own, and people's encounter evidence only theirs. */
    static Query search(String ws, String member, List<String> terms, Collection<IndexedType> types) {
        var query = new BooleanQuery.Builder();
        query.add(new TermQuery(new Term(SearchDocuments.WORKSPACE, ws)), Occur.FILTER);
        var typeFilter = new BooleanQuery.Builder();
        for (IndexedType t : types) {
            Query type = new TermQuery(new Term(SearchDocuments.TYPE, t.wire()));
            if (t == IndexedType.ENCOUNTER) {
                type = new BooleanQuery.Builder()
                        .add(type, Occur.FILTER)
                        .add(new TermQuery(new Term(SearchDocuments.MEMBER, member)), Occur.FILTER)
                        .build();
            }
            typeFilter.add(type, Occur.SHOULD);
        }
        query.add(typeFilter.build(), Occur.FILTER);
        List<String> gave = List.of(SearchDocuments.GAVE, SearchDocuments.own(SearchDocuments.GAVE, member));
        List<String> other = new ArrayList<>(OTHER_FIELDS);
        other.add(SearchDocuments.own(SearchDocuments.TOPICS, member));
        for (int i = 0; i < terms.size(); i++) {
            query.add(term(terms.get(i), i == terms.size() - 1, gave, other), Occur.MUST);
        }
        query.add(
                weighted(new TermQuery(new Term(SearchDocuments.NAME_EXACT, String.join(" ", terms))), FULL_NAME),
                Occur.SHOULD);
        return query.build();
    }

    /** The best way one word matches a document: only the highest clause counts. */
    private static Query term(String term, boolean last, List<String> gaveFields, List<String> otherFields) {
        List<Query> ways = new ArrayList<>();
        ways.add(weighted(new TermQuery(new Term(SearchDocuments.NAME, term)), EXACT));
        ways.add(weighted(new PrefixQuery(new Term(SearchDocuments.NAME, term)), PREFIX));
        if (maxEdits(term) > 0) {
            ways.add(
                    weighted(new FuzzyQuery(new Term(SearchDocuments.NAME, term), maxEdits(term), 0, 50, true), FUZZY));
        }
        for (String field : gaveFields) {
            ways.add(weighted(new TermQuery(new Term(field, term)), GAVE));
        }
        for (String field : otherFields) {
            ways.add(weighted(new TermQuery(new Term(field, term)), OTHER));
        }
        if (last && term.length() >= 3) {
            for (String field : gaveFields) {
                ways.add(weighted(new PrefixQuery(new Term(field, term)), OTHER_PREFIX));
            }
            for (String field : otherFields) {
                ways.add(weighted(new PrefixQuery(new Term(field, term)), OTHER_PREFIX));
            }
        }
        return new DisjunctionMaxQuery(ways, 0);
    }

    /**
     * People with evidence for every word; each word scores the sum of the weights of the kinds of
     * evidence it appears in (fixed weights, so the reasons explain the order).
     */
    static Query experts(String ws, String member, List<String> terms) {
        var query = new BooleanQuery.Builder();
        query.add(new TermQuery(new Term(SearchDocuments.WORKSPACE, ws)), Occur.FILTER);
        query.add(new TermQuery(new Term(SearchDocuments.TYPE, IndexedType.PERSON.wire())), Occur.FILTER);
        for (String term : terms) {
            var anyField = new BooleanQuery.Builder();
            EVIDENCE.forEach((field, weight) -> anyField.add(
                    weighted(new TermQuery(new Term(evidenceField(field, member), term)), weight), Occur.SHOULD));
            query.add(anyField.build(), Occur.MUST);
        }
        return query.build();
    }

    /** What a person gave is per member; their notes, titles and organizations are shared. */
    static String evidenceField(String field, String member) {
        return field.equals(SearchDocuments.GAVE) ? SearchDocuments.own(field, member) : field;
    }

    private static Query weighted(Query query, float weight) {
        return new BoostQuery(new ConstantScoreQuery(query), weight);
    }
}
