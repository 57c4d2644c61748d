package org.rapport.followups;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.JsonBinder;
import org.rapport.api.MergePatch;
import org.rapport.api.PageRequest;
import org.rapport.api.PageResponse;
import org.rapport.api.WireValue;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/follow-ups")
@Tag(name = "Follow-ups")
class FollowUpApiController {
    private final FollowUpService followUps;
    private final MergePatch mergePatch;
    private final JsonBinder binder;

    FollowUpApiController(FollowUpService followUps, MergePatch mergePatch, JsonBinder binder) {
        this.binder = binder;
        this.followUps = followUps;
        this.mergePatch = mergePatch;
    }

    record FollowUpRequest(
            @Nullable UUID personId,
            @Nullable UUID encounterId,
            @Nullable FollowUpType type,
            @Nullable String title,
            @Nullable String notes,
            @Nullable LocalDate dueOn,
            @Nullable FollowUpStatus status) {
        FollowUpDraft toDraft() {
            return new FollowUpDraft(personId, encounterId, type, title, notes, dueOn, status);
        }

        static FollowUpRequest from(FollowUp f) {
            return new FollowUpRequest(
                    f.personId(), f.encounterId(), f.type(), f.title(), f.notes(), f.dueOn(), f.status());
        }
    }

    record FollowUpResponse(
            UUID id,
            @Nullable UUID personId,
            @Nullable UUID encounterId,
            FollowUpType type,
            String title,
            @Nullable String notes,
            LocalDate dueOn,
            FollowUpStatus status,
            FollowUpOrigin origin,
            @Nullable Instant completedAt,
            Instant createdAt,
            Instant updatedAt,
            long version) {
        static FollowUpResponse from(FollowUp f) {
            return new FollowUpResponse(
                    f.id(),
                    f.personId(),
                    f.encounterId(),
                    f.type(),
                    f.title(),
                    f.notes(),
                    f.dueOn(),
                    f.status(),
                    f.origin(),
                    f.completedAt(),
                    f.createdAt(),
                    f.updatedAt(),
                    f.version());
        }
    }

    @GetMapping
    @Operation(
            summary = "The caller's follow-ups, soonest due first",
            description =
                    "status is open, done or dismissed; dueBefore a date (exclusive); personId, encounterId or type (thank_you, deliver, check_in, introduce, other) narrow further.")
    PageResponse<FollowUpResponse> list(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable LocalDate dueBefore,
            @RequestParam(required = false) @Nullable UUID personId,
            @RequestParam(required = false) @Nullable UUID encounterId,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        var query = new FollowUpService.Query(
                WireValue.param(FollowUpStatus.class, "status", status),
                dueBefore,
                personId,
                encounterId,
                WireValue.param(FollowUpType.class, "type", type));
        return followUps.list(me, query, PageRequest.of(page, size)).map(FollowUpResponse::from);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    FollowUpResponse create(
            @AuthenticationPrincipal CurrentMember me,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = FollowUpRequest.class)))
                    @RequestBody
                    JsonNode body) {
        return FollowUpResponse.from(
                followUps.create(me, binder.bind(body, FollowUpRequest.class).toDraft()));
    }

    @GetMapping("/{id}")
    FollowUpResponse get(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id) {
        return FollowUpResponse.from(followUps.get(me, id));
    }

    @PatchMapping("/{id}")
    @Operation(
            summary = "Complete, dismiss, snooze or edit (JSON Merge Patch)",
            description = "e.g. {\"status\": \"done\"} or {\"dueOn\": \"2026-12-01\"}. A version is optional here; "
                    + "when sent and stale, the answer is 409.")
    FollowUpResponse patch(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = FollowUpRequest.class)))
                    @RequestBody
                    JsonNode patch) {
        FollowUp current = followUps.get(me, id);
        JsonNode version = patch.get("version");
        Long expected = version != null && version.isIntegralNumber() ? version.asLong() : null;
        var merged = mergePatch.apply(FollowUpRequest.from(current), patch, FollowUpRequest.class);
        return FollowUpResponse.from(followUps.update(me, id, merged.toDraft(), expected));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id) {
        followUps.delete(me, id);
    }
}
