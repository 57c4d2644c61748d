package org.rapport.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
 * The raw baseline's queries: the same Lucene query the server builds for a search over all types
 * (a copy of {@code org.rapport.search.SearchQueries#search} and its analyzer, kept in step by
 * hand: the bench module does not depend on the server's classes). Field names as in
 * {@code SearchDocuments}.
 */
final class RawSearch {
    private static final List<String> OTHER =
            List.of("notes", "titles", "organizations", "tags", "contact", "topics", "people");
    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            var tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
        }
    };

    private RawSearch() {}

    static List<String> terms(String q) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("", new StringReader(q))) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (!terms.contains(term.toString()) && terms.size() < 8) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    static Query query(String ws, String member, String q) {
        List<String> terms = terms(q);
        var query = new BooleanQuery.Builder();
        query.add(new TermQuery(new Term("ws", ws)), Occur.FILTER);
        var types = new BooleanQuery.Builder();
        types.add(new TermQuery(new Term("type", "person")), Occur.SHOULD);
        types.add(new TermQuery(new Term("type", "organization")), Occur.SHOULD);
        types.add(
                new BooleanQuery.Builder()
                        .add(new TermQuery(new Term("type", "encounter")), Occur.FILTER)
                        .add(new TermQuery(new Term("member", member)), Occur.FILTER)
                        .build(),
                Occur.SHOULD);
        query.add(types.build(), Occur.FILTER);
        for (int i = 0; i < terms.size(); i++) {
            query.add(term(terms.get(i), i == terms.size() - 1, member), Occur.MUST);
        }
        query.add(weighted(new TermQuery(new Term("name_exact", String.join(" ", terms))), 10), Occur.SHOULD);
        return query.build();
    }

    private static Query term(String term, boolean last, String member) {
        List<String> gave = List.of("gave", "gave." + member);
        List<String> other = new ArrayList<>(OTHER);
        other.add("topics." + member);
        List<Query> ways = new ArrayList<>();
        int edits = term.length() < 3 ? 0 : term.length() < 6 ? 1 : 2;
        ways.add(weighted(new TermQuery(new Term("name", term)), 8));
        ways.add(weighted(new PrefixQuery(new Term("name", term)), 4));
        if (edits > 0) {
            ways.add(weighted(new FuzzyQuery(new Term("name", term), edits, 0, 50, true), 2));
        }
        for (String field : gave) {
            ways.add(weighted(new TermQuery(new Term(field, term)), 1.5f));
        }
        for (String field : other) {
            ways.add(weighted(new TermQuery(new Term(field, term)), 1));
        }
        if (last && term.length() >= 3) {
            for (String field : gave) {
                ways.add(weighted(new PrefixQuery(new Term(field, term)), 0.5f));
            }
            for (String field : other) {
                ways.add(weighted(new PrefixQuery(new Term(field, term)), 0.5f));
            }
        }
        return new DisjunctionMaxQuery(ways, 0);
    }

    private static Query weighted(Query query, float weight) {
        return new BoostQuery(new ConstantScoreQuery(query), weight);
    }
}
