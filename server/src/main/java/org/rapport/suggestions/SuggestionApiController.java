package org.rapport.suggestions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.JsonBinder;
import org.rapport.api.PageRequest;
import org.rapport.api.PageResponse;
import org.rapport.api.ValidationException;
import org.rapport.api.WireValue;
import org.rapport.people.Kind;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/suggestions")
@Tag(name = "Suggestions")
class SuggestionApiController {
    private final SuggestionService suggestions;
    private final JsonBinder binder;

    SuggestionApiController(SuggestionService suggestions, JsonBinder binder) {
        this.suggestions = suggestions;
        this.binder = binder;
    }

    @Schema(description = "One thing worth doing with one person, with a human-readable reason.")
    record SuggestionResponse(
            @Schema(allowableValues = {"thank_you", "overdue", "dormant", "reconnect", "give_back"})
            SuggestionType type,

            UUID personId,
            String displayName,

            @Schema(example = "last talked 60 days ago; you meant every 30 days (overdue since 2026-11-11)")
            String reason,

            @Schema(
                    description = "The day it started to apply: due, overdue or dormant since; for thank_you and "
                            + "give_back the day of the last thing received")
            LocalDate since,

            @Nullable OffsetDateTime lastContactAt,

            @Schema(description = "The effective keep-in-touch cadence (keep-in-touch types)") @Nullable
            Integer cadenceDays,

            @Schema(description = "Next contact due by the cadence (keep-in-touch types)") @Nullable
            LocalDate dueOn,

            @Schema(description = "The open thank-you follow-up that settles a thank_you (PATCH it to done)") @Nullable
            UUID followUpId,

            @Schema(description = "Exchanges given to the person, all time (thank_you, give_back)") @Nullable
            Long gave,

            @Schema(description = "Exchanges received from the person, all time (thank_you, give_back)") @Nullable
            Long received,

            @Schema(description = "Relationship strength 0–100 now, with withStrength=true (not part of the order)")
            @Nullable
            Integer strength) {
        static SuggestionResponse from(Suggestion s, @Nullable Integer strength) {
            return new SuggestionResponse(
                    s.type(),
                    s.personId(),
                    s.displayName(),
                    s.reason(),
                    s.since(),
                    s.lastContactAt(),
                    s.cadenceDays(),
                    s.dueOn(),
                    s.followUpId(),
                    s.gave(),
                    s.received(),
                    strength);
        }
    }

    record DismissalRequest(
            @Nullable UUID personId,

            @Schema(allowableValues = {"thank_you", "overdue", "dormant", "reconnect", "give_back"}) @Nullable
            String type,

            @Schema(description = "1 to 365; 7 when absent") @Nullable
            Integer days) {}

    record DismissalResponse(UUID personId, SuggestionType.Family family, LocalDate until) {}

    @GetMapping
    @Operation(
            summary = "People to reconnect with, thank or give back to, each with its reason",
            description = "Types, in this order: thank_you (something received 2 to 90 days ago and no thank-you "
                    + "done or dismissed since), overdue (1.5 × the cadence since the last contact), dormant (a "
                    + "strong tie — inner circle, close, or first met 2+ years ago with 3+ encounters — quiet for "
                    + "180+ days), reconnect (the cadence has passed), give_back (received at least 3 more than given "
                    + "and at least twice as many). Within a type: since, then name, then id. One keep-in-touch "
                    + "suggestion per person. kind narrows to people of one kind of networking; type to one type. "
                    + "Snoozed and dismissed suggestions are left out until their day or until something new happens "
                    + "with the person.")
    PageResponse<SuggestionResponse> list(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size,
            @io.swagger.v3.oas.annotations.Parameter(
                            description = "Also answer each person's relationship strength (costs a strength "
                                    + "computation for the page's people)")
                    @RequestParam(defaultValue = "false")
                    boolean withStrength) {
        var query = new SuggestionService.Query(
                WireValue.param(Kind.class, "kind", kind), WireValue.param(SuggestionType.class, "type", type));
        PageResponse<Suggestion> found = suggestions.list(me, query, PageRequest.of(page, size));
        Map<UUID, Integer> strengths = withStrength ? suggestions.strengths(me, found.items()) : Map.of();
        return found.map(s -> SuggestionResponse.from(s, strengths.get(s.personId())));
    }

    @PostMapping("/dismissals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Snooze or dismiss a suggestion for some days",
            description = "Puts the suggestion's family aside for the person: reconnect, overdue and dormant go "
                    + "together. It comes back after `days`, or earlier when something new happens (a new encounter, "
                    + "something new received). Sending it again replaces the earlier one.")
    DismissalResponse dismiss(
            @AuthenticationPrincipal CurrentMember me,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = DismissalRequest.class)))
                    @RequestBody
                    JsonNode body) {
        DismissalRequest request = binder.bind(body, DismissalRequest.class);
        var problems = new ValidationException.Collector();
        if (request.personId() == null) {
            problems.add("personId", "is required");
        }
        SuggestionType type = null;
        if (request.type() == null) {
            problems.add("type", "is required: one of " + WireValue.allowed(SuggestionType.class));
        } else {
            try {
                type = SuggestionType.fromWire(request.type());
            } catch (IllegalArgumentException e) {
                problems.add("type", "must be one of " + WireValue.allowed(SuggestionType.class));
            }
        }
        problems.throwIfAny();
        Dismissal d =
                suggestions.dismiss(me, request.personId(), type.family(), request.days() == null ? 7 : request.days());
        return new DismissalResponse(d.personId(), d.family(), d.until());
    }
}
