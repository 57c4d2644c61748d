package org.rapport.search;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rapport.api.ValidationException;

/** The checked parameters of a search: words, types and limit, or a 400 naming each bad one. */
record SearchRequest(String q, List<String> types, int limit) {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final int MAX_QUERY = 200;

    static SearchRequest of(@Nullable String q, @Nullable String types, @Nullable String limit, String qName) {
        var errors = new ValidationException.Collector();
        String query = q == null ? "" : q.strip();
        if (query.isEmpty()) {
            errors.add(qName, "is required: the words to look for");
        } else if (query.length() > MAX_QUERY) {
            errors.add(qName, "is longer than " + MAX_QUERY + " characters");
        }
        List<String> wanted = SearchService.TYPES;
        if (types != null && !types.isBlank()) {
            wanted = List.copyOf(new LinkedHashSet<>(Arrays.stream(types.split(","))
                    .map(String::strip)
                    .filter(t -> !t.isEmpty())
                    .toList()));
            for (String t : wanted) {
                if (!SearchService.TYPES.contains(t)) {
                    errors.add("types", "'" + t + "' is not a type: use " + String.join(", ", SearchService.TYPES));
                }
            }
        }
        int n = DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            try {
                n = Integer.parseInt(limit.strip());
                if (n < 1 || n > MAX_LIMIT) {
                    errors.add("limit", "must be between 1 and " + MAX_LIMIT + ", was " + n);
                }
            } catch (NumberFormatException e) {
                errors.add("limit", "must be a whole number between 1 and " + MAX_LIMIT);
            }
        }
        errors.throwIfAny();
        return new SearchRequest(query, wanted, n);
    }
}
