package org.rapport.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;

/** The evidence behind an expert, in words: "gave advice: how to size an Iceberg cluster (2026-11-16)". */
final class ExpertReasons {
    static final int MAX = 4;

    private ExpertReasons() {}

    static List<String> of(Document doc, List<String> terms, String member) {
        List<String> reasons = new ArrayList<>();
        add(reasons, doc, SearchDocuments.own(SearchDocuments.GAVE, member), "gave ", terms);
        for (String notes : doc.getValues(SearchDocuments.NOTES)) {
            if (reasons.size() < MAX && Snippets.exactlyAny(notes, terms)) {
                reasons.add("notes: " + excerpt(notes, terms));
            }
        }
        add(reasons, doc, SearchDocuments.TITLES, "title: ", terms);
        add(reasons, doc, SearchDocuments.ORGANIZATIONS, "at ", terms);
        return reasons;
    }

    private static void add(List<String> reasons, Document doc, String field, String label, List<String> terms) {
        for (String value : doc.getValues(field)) {
            if (reasons.size() < MAX && Snippets.exactlyAny(value, terms)) {
                reasons.add(label + value);
            }
        }
    }

    /** The sentence of the notes that holds the first matching word. */
    private static String excerpt(String notes, List<String> terms) {
        for (String sentence : notes.split("(?<=[.!?\\n])\\s*")) {
            if (Snippets.exactlyAny(sentence, terms)) {
                String s = sentence.strip();
                return s.length() > 160 ? s.substring(0, 159) + "…" : s;
            }
        }
        return notes.length() > 160 ? notes.substring(0, 159) + "…" : notes;
    }
}
