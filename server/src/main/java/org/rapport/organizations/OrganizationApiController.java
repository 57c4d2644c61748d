package org.rapport.organizations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.JsonBinder;
import org.rapport.api.MergePatch;
import org.rapport.api.PageRequest;
import org.rapport.api.PageResponse;
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
@RequestMapping("/api/v1/organizations")
@Tag(name = "Organizations")
class OrganizationApiController {
    private final OrganizationService organizations;
    private final MergePatch mergePatch;
    private final JsonBinder binder;

    OrganizationApiController(OrganizationService organizations, MergePatch mergePatch, JsonBinder binder) {
        this.binder = binder;
        this.organizations = organizations;
        this.mergePatch = mergePatch;
    }

    record OrganizationRequest(
            @Nullable String name,
            @Nullable String website,
            @Nullable String notes) {
        OrganizationService.OrganizationDraft toDraft() {
            return new OrganizationService.OrganizationDraft(name == null ? "" : name, website, notes);
        }
    }

    record OrganizationResponse(
            UUID id,
            String name,
            @Nullable String website,
            @Nullable String notes,
            int currentPeople,
            int formerPeople,
            Instant createdAt,
            Instant updatedAt,
            long version) {
        static OrganizationResponse from(Organization o) {
            return new OrganizationResponse(
                    o.id(),
                    o.name(),
                    o.website(),
                    o.notes(),
                    o.currentPeople(),
                    o.formerPeople(),
                    o.createdAt(),
                    o.updatedAt(),
                    o.version());
        }
    }

    @GetMapping
    @Operation(summary = "Organizations, by name; q matches part of the name, ignoring case and accents")
    PageResponse<OrganizationResponse> list(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return organizations.list(me, q, PageRequest.of(page, size)).map(OrganizationResponse::from);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    OrganizationResponse create(
            @AuthenticationPrincipal CurrentMember me,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = OrganizationRequest.class)))
                    @RequestBody
                    JsonNode body) {
        return OrganizationResponse.from(organizations.create(
                me, binder.bind(body, OrganizationRequest.class).toDraft()));
    }

    @GetMapping("/{id}")
    OrganizationResponse get(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id) {
        return OrganizationResponse.from(organizations.get(me, id));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change fields (JSON Merge Patch) with the version last read; a stale version answers 409")
    OrganizationResponse patch(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = OrganizationRequest.class)))
                    @RequestBody
                    JsonNode patch) {
        Organization current = organizations.get(me, id);
        var request = mergePatch.apply(
                new OrganizationRequest(current.name(), current.website(), current.notes()),
                patch,
                OrganizationRequest.class);
        return OrganizationResponse.from(
                organizations.update(me, id, request.toDraft(), MergePatch.requiredVersion(patch)));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an organization and the roles held there (the people stay)")
    void delete(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id) {
        organizations.delete(me, id);
    }
}
