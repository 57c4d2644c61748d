package org.rapport.suggestions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The fixed order of suggestions (type, since, name, id), and a sorted list brought up to date for
 * a few people without sorting it again. The order is total: a person has at most one suggestion of
 * each type, so a list patched here equals the list sorted afresh, element for element.
 */
final class SuggestionOrder {
    static final Comparator<Suggestion> ORDER = Comparator.comparing(Suggestion::type)
            .thenComparing(Suggestion::since)
            .thenComparing(Suggestion::displayName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Suggestion::personId);

    /** Up to this many new suggestions are put in place one by one; more are merged in one pass. */
    static final int INSERT_AT_MOST = 64;

    private SuggestionOrder() {}

    /**
     * {@code sorted} without the suggestions of {@code people}, and with {@code theirs} (their
     * suggestions now, in {@link #ORDER}) in their places.
     */
    static List<Suggestion> replaced(List<Suggestion> sorted, Set<UUID> people, List<Suggestion> theirs) {
        List<Suggestion> kept = new ArrayList<>(sorted.size() + theirs.size());
        if (people.isEmpty()) {
            kept.addAll(sorted);
        } else {
            for (Suggestion s : sorted) {
                if (!people.contains(s.personId())) {
                    kept.add(s);
                }
            }
        }
        if (theirs.size() <= INSERT_AT_MOST) {
            for (Suggestion s : theirs) {
                int at = Collections.binarySearch(kept, s, ORDER);
                kept.add(at < 0 ? -at - 1 : at, s);
            }
            return List.copyOf(kept);
        }
        List<Suggestion> merged = new ArrayList<>(kept.size() + theirs.size());
        int i = 0;
        int j = 0;
        while (i < kept.size() && j < theirs.size()) {
            merged.add(ORDER.compare(kept.get(i), theirs.get(j)) <= 0 ? kept.get(i++) : theirs.get(j++));
        }
        merged.addAll(kept.subList(i, kept.size()));
        merged.addAll(theirs.subList(j, theirs.size()));
        return List.copyOf(merged);
    }
}
