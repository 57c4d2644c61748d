package org.rapport.goals;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.JsonBinder;
import org.rapport.api.MergePatch;
import org.rapport.api.NotFoundException;
import org.rapport.api.PageRequest;
import org.rapport.api.PageResponse;
import org.rapport.api.ValidationException;
import org.rapport.goals.GoalDrafts.EntryDraft;
import org.rapport.goals.GoalDrafts.GoalDraft;
import org.rapport.goals.GoalDrafts.TargetDraft;
import org.rapport.goals.GoalResponses.EntryResponse;
import org.rapport.goals.GoalResponses.GoalResponse;
import org.rapport.goals.GoalResponses.GoalSummary;
import org.rapport.goals.GoalResponses.TargetResponse;
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
@RequestMapping("/api/v1/goals")
@Tag(name = "Goals")
class GoalApiController {
    private final GoalService goals;
    private final PipelineBuilder pipelines;
    private final JsonBinder binder;
    private final MergePatch mergePatch;

    GoalApiController(GoalService goals, PipelineBuilder pipelines, JsonBinder binder, MergePatch mergePatch) {
        this.goals = goals;
        this.pipelines = pipelines;
        this.binder = binder;
        this.mergePatch = mergePatch;
    }

    record GoalRequest(
            @Nullable GoalKind kind,
            @Nullable String title,
            @Nullable String notes,
            @Nullable Integer staleAfterDays) {
        GoalDraft toDraft() {
            return new GoalDraft(kind, title, notes, staleAfterDays);
        }
    }

    record TargetRequest(
            @Nullable UUID organizationId,
            @Nullable String organizationName,
            @Nullable Integer motivation,
            @Nullable Boolean posting,
            @Nullable List<String> roles,
            @Nullable String notes) {
        TargetDraft toDraft() {
            return new TargetDraft(
                    organizationId, organizationName, motivation, posting, roles == null ? List.of() : roles, notes);
        }
    }

    record EntryRequest(
            @Nullable UUID personId,
            @Nullable UUID organizationId,
            @Nullable Stage stage,
            @Nullable String source,
            @Nullable UUID referredById,
            @Nullable Long valueCents) {
        EntryDraft toDraft() {
            return new EntryDraft(personId, organizationId, stage, source, referredById, valueCents);
        }

        static EntryRequest from(Entry e) {
            return new EntryRequest(
                    e.personId(), e.organizationId(), e.stage(), e.source(), e.referredById(), e.valueCents());
        }
    }

    record MoveRequest(@Nullable Stage stage) {}

    @GetMapping
    @Operation(summary = "The caller's goals, newest first (without their pipelines)")
    PageResponse<GoalSummary> list(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return goals.list(me, PageRequest.of(page, size)).map(GoalSummary::from);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Start a goal",
            description = "kind is job_search (targets, people identified → referred) or business "
                    + "(prospects lead → won/lost, nurture); staleAfterDays defaults to 14.")
    GoalResponse create(
            @AuthenticationPrincipal CurrentMember me,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = GoalRequest.class)))
                    @RequestBody
                    JsonNode body) {
        Goal goal = goals.create(me, binder.bind(body, GoalRequest.class).toDraft());
        return GoalResponse.from(pipelines.build(me, goal.id()));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "A goal with its pipeline: targets and advocacy, entries by stage, advice requests, suggestions")
    GoalResponse get(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id) {
        return GoalResponse.from(pipelines.build(me, id));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change title, notes or staleAfterDays (JSON Merge Patch; version required)")
    GoalResponse patch(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = GoalRequest.class)))
                    @RequestBody
                    JsonNode patch) {
        Goal current = goals.get(me, id);
        long version = MergePatch.requiredVersion(patch);
        var merged = mergePatch.apply(
                new GoalRequest(current.kind(), current.title(), current.notes(), current.staleAfterDays()),
                patch,
                GoalRequest.class);
        goals.update(me, id, merged.toDraft(), version);
        return GoalResponse.from(pipelines.build(me, id));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id) {
        goals.delete(me, id);
    }

    @PostMapping("/{id}/targets")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add a target organization to a job search",
            description = "organizationId, or organizationName (found or created); motivation 1–3 (default 2); "
                    + "posting true/false; roles: the titles wanted there.")
    TargetResponse addTarget(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = TargetRequest.class)))
                    @RequestBody
                    JsonNode body) {
        Target t =
                goals.addTarget(me, id, binder.bind(body, TargetRequest.class).toDraft());
        return targetView(me, id, t.id());
    }

    @PatchMapping("/{id}/targets/{targetId}")
    @Operation(summary = "Change a target's motivation, posting, roles or notes (JSON Merge Patch)")
    TargetResponse patchTarget(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable UUID id,
            @PathVariable UUID targetId,
            @RequestBody JsonNode patch) {
        Target t = goals.target(me, id, targetId);
        var merged = mergePatch.apply(
                new TargetRequest(
                        t.organizationId(), t.organizationName(), t.motivation(), t.posting(), t.roles(), t.notes()),
                patch,
                TargetRequest.class);
        goals.updateTarget(me, id, targetId, merged.toDraft());
        return targetView(me, id, targetId);
    }

    @PostMapping("/{id}/targets/{targetId}/moves")
    @Operation(
            summary = "Move a target organization to a stage by hand (recorded with its date)",
            description = "stage: identified, contacted, conversation_held, followed_up or referred; backwards "
                    + "too. A target also moves on by itself, never backwards, when one of its people reaches a "
                    + "further stage (history cause person).")
    TargetResponse moveTarget(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable UUID id,
            @PathVariable UUID targetId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = MoveRequest.class)))
                    @RequestBody
                    JsonNode body) {
        goals.moveTarget(me, id, targetId, binder.bind(body, MoveRequest.class).stage());
        return targetView(me, id, targetId);
    }

    @DeleteMapping("/{id}/targets/{targetId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteTarget(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id, @PathVariable UUID targetId) {
        goals.removeTarget(me, id, targetId);
    }

    @PostMapping("/{id}/entries")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Put a person (or, for new business, an organization) into the pipeline",
            description = "personId; stage (default: the first of the goal's kind); organizationId; for new "
                    + "business source, referredById and valueCents. A business goal takes organizationId without "
                    + "personId as an organization prospect (subject organization; touches count the encounters "
                    + "with the people working there now).")
    EntryResponse addEntry(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = EntryRequest.class)))
                    @RequestBody
                    JsonNode body) {
        Entry e = goals.addEntry(me, id, binder.bind(body, EntryRequest.class).toDraft());
        return entryView(me, id, e.id());
    }

    @PatchMapping("/{id}/entries/{entryId}")
    @Operation(summary = "Change an entry (JSON Merge Patch; version required); a new stage is a recorded move")
    EntryResponse patchEntry(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable UUID id,
            @PathVariable UUID entryId,
            @RequestBody JsonNode patch) {
        Entry current = goals.entry(me, id, entryId);
        long version = MergePatch.requiredVersion(patch);
        var merged = mergePatch.apply(EntryRequest.from(current), patch, EntryRequest.class);
        goals.updateEntry(me, id, entryId, merged.toDraft(), version);
        return entryView(me, id, entryId);
    }

    @PostMapping("/{id}/entries/{entryId}/moves")
    @Operation(summary = "Move an entry to a stage (recorded with its date); won with a referrer credits them")
    EntryResponse move(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable UUID id,
            @PathVariable UUID entryId,
            @RequestBody JsonNode body) {
        Stage stage = binder.bind(body, MoveRequest.class).stage();
        if (stage == null) {
            throw ValidationException.of("stage", "is required");
        }
        goals.move(me, id, entryId, stage);
        return entryView(me, id, entryId);
    }

    @DeleteMapping("/{id}/entries/{entryId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteEntry(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id, @PathVariable UUID entryId) {
        goals.removeEntry(me, id, entryId);
    }

    private TargetResponse targetView(CurrentMember me, UUID goalId, UUID targetId) {
        return pipelines.build(me, goalId).targets().stream()
                .filter(v -> v.target().id().equals(targetId))
                .findFirst()
                .map(TargetResponse::from)
                .orElseThrow(() -> new NotFoundException("target", targetId));
    }

    private EntryResponse entryView(CurrentMember me, UUID goalId, UUID entryId) {
        return pipelines.build(me, goalId).entries().stream()
                .filter(v -> v.entry().id().equals(entryId))
                .findFirst()
                .map(EntryResponse::from)
                .orElseThrow(() -> new NotFoundException("entry", entryId));
    }
}
