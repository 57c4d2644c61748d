package org.rapport.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page, and the header's typeahead (an htmx fragment of the same results). */
@Controller
class SearchController {
    static final int PAGE_LIMIT = 60;
    static final int SUGGEST_LIMIT = 8;
    static final int EXPERTS_LIMIT = 5;
    private static final Map<String, String> GROUPS =
            Map.of("person", "People", "organization", "Organizations", "encounter", "Encounters");

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    /** Hits of one type, under the group's heading. */
    record Group(String type, String heading, List<SearchService.Hit> hits) {}

    @GetMapping("/search")
    String page(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(required = false) @Nullable String q,
            Model model) {
        String query = q == null ? "" : q.strip();
        model.addAttribute("active", "search");
        model.addAttribute("q", query);
        if (query.isEmpty() || query.length() > SearchRequest.MAX_QUERY) {
            model.addAttribute("groups", List.of());
            model.addAttribute("experts", List.of());
            model.addAttribute("tooLong", query.length() > SearchRequest.MAX_QUERY);
            return "search/page";
        }
        Map<String, List<SearchService.Hit>> byType = new LinkedHashMap<>();
        SearchService.TYPES.forEach(t -> byType.put(t, new java.util.ArrayList<>()));
        search.search(me, query, SearchService.TYPES, PAGE_LIMIT)
                .forEach(h -> byType.get(h.type()).add(h));
        model.addAttribute(
                "groups",
                byType.entrySet().stream()
                        .filter(e -> !e.getValue().isEmpty())
                        .map(e -> new Group(e.getKey(), GROUPS.get(e.getKey()), e.getValue()))
                        .toList());
        model.addAttribute("experts", search.experts(me, query, EXPERTS_LIMIT));
        model.addAttribute("tooLong", false);
        return "search/page";
    }

    @GetMapping("/search/suggest")
    String suggest(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(required = false) @Nullable String q,
            Model model) {
        String query = q == null ? "" : q.strip();
        model.addAttribute("q", query);
        model.addAttribute(
                "hits",
                query.isEmpty() || query.length() > SearchRequest.MAX_QUERY
                        ? List.of()
                        : search.search(me, query, SearchService.TYPES, SUGGEST_LIMIT));
        return "search/suggest :: results";
    }
}
