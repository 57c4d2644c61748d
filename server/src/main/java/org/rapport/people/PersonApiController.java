package org.rapport.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.JsonBinder;
import org.rapport.api.MergePatch;
import org.rapport.api.PageRequest;
import org.rapport.api.PageResponse;
import org.rapport.api.WireValue;
import org.rapport.organizations.OrganizationService;
import org.springframework.beans.factory.ObjectProvider;
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
@RequestMapping("/api/v1/people")
@Tag(name = "People")
class PersonApiController {
    private final PersonService people;
    private final OrganizationService organizations;
    private final MergePatch mergePatch;
    private final JsonBinder binder;
    private final TieStrength strength;

    PersonApiController(
            PersonService people,
            OrganizationService organizations,
            MergePatch mergePatch,
            JsonBinder binder,
            ObjectProvider<TieStrength> strength) {
        this.binder = binder;
        this.strength = strength.getIfAvailable(() -> TieStrength.NONE);
        this.people = people;
        this.organizations = organizations;
        this.mergePatch = mergePatch;
    }

    @GetMapping
    @Operation(
            summary = "People, paged",
            description = "q matches names (ignoring case and accents), emails, phone digits and link addresses; "
                    + "kind and tag narrow to a relationship kind or a tag; organizationId to people with a role there; "
                    + "closenessTier and dueBy (next contact due on or before a date) narrow by relationship; "
                    + "sort is name (default), lastContact, recentlyAdded or nextDue.")
    PageResponse<PersonResponse> list(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String tag,
            @RequestParam(required = false) @Nullable UUID organizationId,
            @RequestParam(required = false) @Nullable String closenessTier,
            @RequestParam(required = false) @Nullable LocalDate dueBy,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        var filter = new PersonFilter(
                q,
                WireValue.param(Kind.class, "kind", kind),
                tag,
                organizationId == null ? null : organizations.peopleAt(me, organizationId, false),
                WireValue.param(ClosenessTier.class, "closenessTier", closenessTier),
                dueBy,
                Objects.requireNonNullElse(
                        WireValue.param(PersonFilter.Sort.class, "sort", sort), PersonFilter.Sort.NAME));
        PageResponse<Person> found = people.list(me, filter, PageRequest.of(page, size));
        Map<UUID, TieStrength.Score> scores =
                strength.scores(me, found.items().stream().map(Person::id).toList());
        return found.map(p -> PersonResponse.from(p, scores.get(p.id())));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PersonResponse create(
            @AuthenticationPrincipal CurrentMember me,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = PersonRequest.class)))
                    @RequestBody
                    JsonNode body) {
        return PersonResponse.from(
                people.create(me, binder.bind(body, PersonRequest.class).toDraft()));
    }

    @GetMapping("/{id}")
    PersonResponse get(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id) {
        return withStrength(me, people.get(me, id));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change fields (JSON Merge Patch) with the version last read; a stale version answers 409")
    PersonResponse patch(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = PersonRequest.class)))
                    @RequestBody
                    JsonNode patch) {
        Person current = people.get(me, id);
        long version = MergePatch.requiredVersion(patch);
        PersonRequest merged = mergePatch.apply(PersonRequest.from(current), patch, PersonRequest.class);
        return withStrength(me, people.update(me, id, merged.toDraft(), version));
    }

    private PersonResponse withStrength(CurrentMember me, Person p) {
        return PersonResponse.from(p, strength.scores(me, List.of(p.id())).get(p.id()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a person; their encounters stay, without them")
    void delete(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id) {
        people.delete(me, id);
    }
}
