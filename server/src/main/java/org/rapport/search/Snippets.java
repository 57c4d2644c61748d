package org.rapport.search;

import java.util.List;
import java.util.Optional;

/**
 * Highlighted snippets: the text is HTML-escaped first, then each matching word is wrapped in
 * {@code <mark>…</mark>}, so a snippet is safe to insert as HTML whatever the text held. A word
 * matches a query term as the query does: equal, starting with it, or within its typo budget.
 */
final class Snippets {
    static final int WINDOW = 160;

    private Snippets() {}

    /** The marked window around the first match, or empty when no word matches. */
    static Optional<String> mark(String text, List<String> terms) {
        List<SearchAnalyzer.Token> tokens = SearchAnalyzer.tokens(text);
        List<SearchAnalyzer.Token> hits = tokens.stream()
                .filter(t -> terms.stream().anyMatch(q -> matches(t.term(), q)))
                .toList();
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        int from = Math.max(0, hits.get(0).start() - WINDOW / 3);
        if (from > 0) {
            int space = text.indexOf(' ', from);
            from = space < 0 || space > hits.get(0).start() ? from : space + 1;
        }
        int to = Math.min(text.length(), from + WINDOW);
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            to = space > hits.get(0).end() ? space : to;
        }
        var html = new StringBuilder(from > 0 ? "…" : "");
        int at = from;
        for (SearchAnalyzer.Token hit : hits) {
            if (hit.start() < at || hit.end() > to) {
                continue;
            }
            html.append(escape(text.substring(at, hit.start())))
                    .append("<mark>")
                    .append(escape(text.substring(hit.start(), hit.end())))
                    .append("</mark>");
            at = hit.end();
        }
        html.append(escape(text.substring(at, to))).append(to < text.length() ? "…" : "");
        return Optional.of(html.toString());
    }

    /** Whether any word of the text matches a term (for reasons, without marking). */
    static boolean matchesAny(String text, List<String> terms) {
        return SearchAnalyzer.tokens(text).stream().anyMatch(t -> terms.stream().anyMatch(q -> matches(t.term(), q)));
    }

    static boolean exactlyAny(String text, List<String> terms) {
        return SearchAnalyzer.tokens(text).stream().anyMatch(t -> terms.contains(t.term()));
    }

    static boolean matches(String word, String term) {
        return word.startsWith(term) || withinEdits(word, term, SearchQueries.maxEdits(term));
    }

    /** Optimal string alignment distance (a swap of two neighbours is one edit, as Lucene's fuzzy query counts it). */
    static boolean withinEdits(String a, String b, int max) {
        if (max == 0 || Math.abs(a.length() - b.length()) > max) {
            return a.equals(b);
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()] <= max;
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
