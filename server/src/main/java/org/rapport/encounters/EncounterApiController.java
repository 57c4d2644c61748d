package org.rapport.encounters;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.JsonBinder;
import org.rapport.api.MergePatch;
import org.rapport.api.PageRequest;
import org.rapport.api.PageResponse;
import org.rapport.api.ValidationException;
import org.rapport.api.WireValue;
import org.rapport.people.Kind;
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
@RequestMapping("/api/v1/encounters")
@Tag(name = "Encounters")
class EncounterApiController {
    private final EncounterService encounters;
    private final MergePatch mergePatch;
    private final JsonBinder binder;

    EncounterApiController(EncounterService encounters, MergePatch mergePatch, JsonBinder binder) {
        this.binder = binder;
        this.encounters = encounters;
        this.mergePatch = mergePatch;
    }

    record ExchangeBody(
            @Nullable ExchangeType type,
            @Nullable String description,
            @Nullable UUID personId) {}

    record EncounterRequest(
            @Nullable OffsetDateTime occurredAt,
            @Nullable Channel channel,
            @Nullable Kind kind,
            @Nullable List<UUID> participantIds,
            @Nullable String title,
            @Nullable String location,
            @Nullable String notes,
            @Nullable List<String> topics,
            @Nullable List<ExchangeBody> gave,
            @Nullable List<ExchangeBody> received) {

        EncounterDraft toDraft() {
            return new EncounterDraft(
                    occurredAt,
                    channel,
                    kind,
                    title,
                    location,
                    notes,
                    orEmpty(topics),
                    orEmpty(participantIds),
                    exchanges(gave),
                    exchanges(received));
        }

        static EncounterRequest from(Encounter e) {
            return new EncounterRequest(
                    e.occurredAt(),
                    e.channel(),
                    e.kind(),
                    e.participantIds(),
                    e.title(),
                    e.location(),
                    e.notes(),
                    e.topics(),
                    bodies(e.gave()),
                    bodies(e.received()));
        }

        private static List<EncounterDraft.ExchangeDraft> exchanges(@Nullable List<ExchangeBody> bodies) {
            return bodies == null
                    ? List.of()
                    : bodies.stream()
                            .map(b -> b == null
                                    ? null
                                    : new EncounterDraft.ExchangeDraft(b.type(), b.description(), b.personId()))
                            .toList();
        }

        private static List<ExchangeBody> bodies(List<Exchange> exchanges) {
            return exchanges.stream()
                    .map(x -> new ExchangeBody(x.type(), x.description(), x.personId()))
                    .toList();
        }

        private static <T> List<T> orEmpty(@Nullable List<T> list) {
            return list == null ? List.of() : list;
        }
    }

    record EncounterResponse(
            UUID id,
            OffsetDateTime occurredAt,
            Channel channel,
            Kind kind,
            List<UUID> participantIds,
            @Nullable String title,
            @Nullable String location,
            @Nullable String notes,
            List<String> topics,
            List<ExchangeBody> gave,
            List<ExchangeBody> received,
            Instant createdAt,
            Instant updatedAt,
            long version) {
        static EncounterResponse from(Encounter e) {
            return new EncounterResponse(
                    e.id(),
                    e.occurredAt(),
                    e.channel(),
                    e.kind(),
                    e.participantIds(),
                    e.title(),
                    e.location(),
                    e.notes(),
                    e.topics(),
                    EncounterRequest.bodies(e.gave()),
                    EncounterRequest.bodies(e.received()),
                    e.createdAt(),
                    e.updatedAt(),
                    e.version());
        }
    }

    @GetMapping
    @Operation(
            summary = "The caller's encounters, newest first",
            description = "personId: with this participant; kind; from (inclusive) and to (exclusive) as a date "
                    + "(2026-11-01, UTC) or a date-time with offset.")
    PageResponse<EncounterResponse> list(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(required = false) @Nullable UUID personId,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        var query = new EncounterService.Query(
                personId, WireValue.param(Kind.class, "kind", kind), instant("from", from), instant("to", to));
        return encounters.list(me, query, PageRequest.of(page, size)).map(EncounterResponse::from);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Log an encounter",
            description = "Updates each participant's last contact and next contact due; something received "
                    + "creates a thank-you follow-up for its giver, due the next day, unless one is open.")
    EncounterResponse log(
            @AuthenticationPrincipal CurrentMember me,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = EncounterRequest.class)))
                    @RequestBody
                    JsonNode body) {
        return EncounterResponse.from(
                encounters.log(me, binder.bind(body, EncounterRequest.class).toDraft()));
    }

    @GetMapping("/{id}")
    EncounterResponse get(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id) {
        return EncounterResponse.from(encounters.get(me, id));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change fields (JSON Merge Patch) with the version last read; a stale version answers 409")
    EncounterResponse patch(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = EncounterRequest.class)))
                    @RequestBody
                    JsonNode patch) {
        Encounter current = encounters.get(me, id);
        long version = MergePatch.requiredVersion(patch);
        var merged = mergePatch.apply(EncounterRequest.from(current), patch, EncounterRequest.class);
        return EncounterResponse.from(encounters.update(me, id, merged.toDraft(), version));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id) {
        encounters.delete(me, id);
    }

    private static @Nullable Instant instant(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, "must be a date (2026-11-01) or a date-time with offset");
        }
    }
}
