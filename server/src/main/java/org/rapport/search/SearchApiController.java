package org.rapport.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search")
class SearchApiController {
    private final SearchService search;

    SearchApiController(SearchService search) {
        this.search = search;
    }

    record HitResponse(String type, UUID id, String title, String snippet, double score) {
        static HitResponse from(SearchService.Hit h) {
            return new HitResponse(h.type(), h.id(), h.title(), h.snippet(), h.score());
        }
    }

    record SearchResponse(List<HitResponse> hits) {}

    record ExpertsResponse(String about, List<SearchService.Expert> experts) {}

    @GetMapping
    @Operation(summary = "Search people, organizations and encounters", description = """
                    Words match names exactly, by prefix (typeahead: "jose nu") or within one or two typos ("Jsoe"), \
                    ignoring case and accents ("Nunez" finds Núñez), and emails, phone digits, organizations, titles, \
                    tags, notes, what a person gave in encounters, and encounter titles, notes, topics and exchanges. \
                    Every word must match. Ranking: exact name > prefix > typo, then people by relationship strength \
                    and recency of the last contact. `snippet` is HTML: the text is HTML-escaped first, then the \
                    matching words are wrapped in `<mark>…</mark>`, so it is safe to insert as HTML. Writes are \
                    searchable within about a second on every node.""")
    SearchResponse search(
            @AuthenticationPrincipal CurrentMember me,
            HttpServletResponse response,
            @Parameter(description = "the words to look for (at most 200 characters)")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @Parameter(description = "comma-separated: person, organization, encounter (default: all)")
                    @RequestParam(required = false)
                    @Nullable
                    String types,
            @Parameter(description = "1–100, default 20") @RequestParam(required = false) @Nullable String limit) {
        var request = SearchRequest.of(q, types, limit, "q");
        var found = search.timedSearch(me, request.q(), request.types(), request.limit());
        // Where the time went (the benchmark reads it): Lucene and summaries, strength, page and snippets.
        response.setHeader(
                "Server-Timing",
                String.format(
                        java.util.Locale.ROOT,
                        "match;dur=%.3f, strength;dur=%.3f, page;dur=%.3f",
                        found.matchNanos() / 1e6,
                        found.strengthNanos() / 1e6,
                        found.pageNanos() / 1e6));
        return new SearchResponse(found.hits().stream().map(HitResponse::from).toList());
    }

    @GetMapping("/experts")
    @Operation(summary = "Who knows about X? People ranked by evidence, each with its reasons", description = """
                    Evidence, from most to least weight: what the person gave in encounters (the exchanges received \
                    from them), their notes, their titles, their organizations. Every word of `about` must appear in \
                    some evidence. Reasons are plain text, e.g. "gave advice: how to size an Iceberg cluster \
                    (2026-11-16)".""")
    ExpertsResponse experts(
            @AuthenticationPrincipal CurrentMember me,
            @Parameter(description = "the subject, e.g. Iceberg") @RequestParam(required = false) @Nullable
                    String about,
            @Parameter(description = "1–100, default 20") @RequestParam(required = false) @Nullable String limit) {
        var request = SearchRequest.of(about, null, limit, "about");
        return new ExpertsResponse(request.q(), search.experts(me, request.q(), request.limit()));
    }
}
