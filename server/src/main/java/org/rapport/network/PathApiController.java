package org.rapport.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.NotFoundException;
import org.rapport.api.ValidationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Network")
class PathApiController {
    private final IntroductionService introductions;

    PathApiController(IntroductionService introductions) {
        this.introductions = introductions;
    }

    record PathsResponse(List<IntroductionService.IntroductionPath> paths) {}

    @GetMapping("/api/v1/network/paths")
    @Operation(
            summary = "Warm introductions: up to 5 paths of at most 3 ties to a person or to anyone at an"
                    + " organization now, best first",
            description = "The first person of each path is the one to ask, the last the target. A path's strength"
                    + " is the product of its ties' strengths times 0.8 per tie after the first; weakestLink"
                    + " names its weakest tie with the context of that tie.")
    PathsResponse paths(
            @AuthenticationPrincipal CurrentMember me,
            @Parameter(description = "a person's id") @RequestParam(required = false) @Nullable String toPerson,
            @Parameter(description = "an organization's name (case and accents ignored) or id")
                    @RequestParam(required = false)
                    @Nullable
                    String toOrganization,
            @Parameter(description = "1 to 5, default 5") @RequestParam(required = false) @Nullable String limit,
            @Parameter(description = "1 to 3, default 3") @RequestParam(required = false) @Nullable String maxHops,
            HttpServletResponse response) {
        var problems = new ValidationException.Collector();
        boolean person = toPerson != null && !toPerson.isBlank();
        boolean organization = toOrganization != null && !toOrganization.isBlank();
        if (person == organization) {
            problems.add(person ? "toOrganization" : "toPerson", "give exactly one of toPerson or toOrganization");
        }
        UUID personId = person ? uuid(toPerson, "toPerson", problems) : null;
        int max = number(limit, "limit", IntroductionService.MAX_PATHS, IntroductionService.MAX_PATHS, problems);
        int hops =
                number(maxHops, "maxHops", IntroductionPathFinder.MAX_HOPS, IntroductionPathFinder.MAX_HOPS, problems);
        problems.throwIfAny();
        if (personId != null) {
            return answer(introductions.toPerson(me, personId, max, hops), response);
        }
        String name = toOrganization.strip();
        UUID organizationId = introductions
                .organizationNamed(me, name)
                .or(() -> parse(name).map(java.util.Optional::of).orElse(java.util.Optional.empty()))
                .orElseThrow(() -> new NotFoundException("organization", name));
        return answer(introductions.toOrganization(me, organizationId, max, hops), response);
    }

    /** Server-Timing says how long the search and the describing took (the benchmark reads it). */
    private static PathsResponse answer(IntroductionService.Found found, HttpServletResponse response) {
        response.setHeader(
                "Server-Timing",
                String.format(
                        java.util.Locale.ROOT,
                        "catchup;dur=%.3f, search;dur=%.3f, describe;dur=%.3f",
                        found.catchUpNanos() / 1e6,
                        found.searchNanos() / 1e6,
                        found.describeNanos() / 1e6));
        return new PathsResponse(found.paths());
    }

    private static java.util.Optional<UUID> parse(String text) {
        try {
            return java.util.Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static @Nullable UUID uuid(String text, String field, ValidationException.Collector problems) {
        var id = parse(text.strip());
        if (id.isEmpty()) {
            problems.add(field, "must be a person id (a UUID)");
        }
        return id.orElse(null);
    }

    private static int number(
            @Nullable String text, String field, int fallback, int max, ValidationException.Collector problems) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(field, "must be a whole number from 1 to " + max);
        return fallback;
    }
}
