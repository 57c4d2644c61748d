package org.rapport.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.api.JsonBinder;
import org.rapport.api.PageResponse;
import org.rapport.api.ValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/** The team of a workspace: its members and roles, and invitations (owners only, but the member list). */
@RestController
@Tag(name = "Team")
class TeamApiController {
    private final InvitationService invitations;
    private final MemberService members;
    private final JsonBinder binder;

    TeamApiController(InvitationService invitations, MemberService members, JsonBinder binder) {
        this.invitations = invitations;
        this.members = members;
        this.binder = binder;
    }

    record InvitationRequest(
            @Schema(example = "bob@example.com") @Nullable String email,

            @Schema(allowableValues = {"editor", "viewer"}) @Nullable
            String role) {}

    record InvitationResponse(
            UUID id,
            String email,
            MemberRole role,
            Instant createdAt,
            Instant expiresAt,

            @Schema(description = "Only when created: the one-time token, shown once") @Nullable
            String token,

            @Schema(description = "Only when created: the link to send, shown once") @Nullable
            String link) {
        static InvitationResponse of(InvitationService.Invitation i, @Nullable String token, @Nullable String link) {
            return new InvitationResponse(i.id(), i.email(), i.role(), i.createdAt(), i.expiresAt(), token, link);
        }
    }

    record WorkspaceRequest(@Nullable String name) {}

    record WorkspaceResponse(UUID id, String name, MemberRole role) {}

    record RoleRequest(
            @Schema(allowableValues = {"owner", "editor", "viewer"}) @Nullable
            String role) {}

    record MemberResponse(UUID id, String name, String email, MemberRole role, Instant joinedAt) {
        static MemberResponse of(MemberService.Member m) {
            return new MemberResponse(m.id(), m.name(), m.email(), m.role(), m.joinedAt());
        }
    }

    @GetMapping("/api/v1/workspace")
    @Operation(summary = "The caller's workspace: its name and the caller's role in it")
    WorkspaceResponse workspace(@AuthenticationPrincipal CurrentMember me) {
        return new WorkspaceResponse(me.workspace().value(), members.workspaceName(me), me.role());
    }

    @PatchMapping("/api/v1/workspace")
    @RequiresRole(MemberRole.OWNER)
    @Operation(summary = "Rename the workspace (owners); invitation links show its name")
    WorkspaceResponse renameWorkspace(
            @AuthenticationPrincipal CurrentMember me,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = WorkspaceRequest.class)))
                    @RequestBody
                    JsonNode body) {
        var r = binder.bind(body, WorkspaceRequest.class);
        if (r.name() == null) {
            throw ValidationException.of("name", "is required");
        }
        return new WorkspaceResponse(me.workspace().value(), members.renameWorkspace(me, r.name()), me.role());
    }

    @PostMapping("/api/v1/workspace/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresRole(MemberRole.OWNER)
    @Operation(
            summary = "Invite someone to this workspace (owners)",
            description = "The answer holds the one-time token and its link, shown only here; only a hash is kept."
                    + " The link works once, for this address, for 7 days. A new invitation to the same address"
                    + " replaces a pending one. 409 when the address already has an account.")
    InvitationResponse invite(
            @AuthenticationPrincipal CurrentMember me,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = InvitationRequest.class)))
                    @RequestBody
                    JsonNode body) {
        var r = binder.bind(body, InvitationRequest.class);
        var problems = new ValidationException.Collector();
        if (r.email() == null) {
            problems.add("email", "is required");
        }
        if (r.role() == null) {
            problems.add("role", "is required");
        }
        problems.throwIfAny();
        var created = invitations.create(me, r.email(), r.role());
        return InvitationResponse.of(created.invitation(), created.token(), link(created.token()));
    }

    @GetMapping("/api/v1/workspace/invitations")
    @RequiresRole(MemberRole.OWNER)
    @Operation(summary = "Pending invitations (owners): not yet used, revoked or expired; no tokens")
    PageResponse<InvitationResponse> invitations(@AuthenticationPrincipal CurrentMember me) {
        List<InvitationResponse> items = invitations.listPending(me).stream()
                .map(i -> InvitationResponse.of(i, null, null))
                .toList();
        return new PageResponse<>(items, 0, Math.max(items.size(), 1), items.size());
    }

    @DeleteMapping("/api/v1/workspace/invitations/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RequiresRole(MemberRole.OWNER)
    @Operation(summary = "Revoke an invitation (owners); its link stops working. 409 once it was accepted")
    void revoke(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id) {
        invitations.revoke(me, id);
    }

    @GetMapping("/api/v1/workspace/members")
    @Operation(summary = "The workspace's members and their roles")
    PageResponse<MemberResponse> members(@AuthenticationPrincipal CurrentMember me) {
        List<MemberResponse> items =
                members.list(me).stream().map(MemberResponse::of).toList();
        return new PageResponse<>(items, 0, Math.max(items.size(), 1), items.size());
    }

    @PatchMapping("/api/v1/workspace/members/{id}")
    @RequiresRole(MemberRole.OWNER)
    @Operation(
            summary = "Change a member's role (owners)",
            description = "409 when it would leave the workspace without an owner.")
    MemberResponse changeRole(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = RoleRequest.class)))
                    @RequestBody
                    JsonNode body) {
        var r = binder.bind(body, RoleRequest.class);
        if (r.role() == null) {
            throw ValidationException.of("role", "is required");
        }
        return MemberResponse.of(members.changeRole(me, id, r.role()));
    }

    @DeleteMapping("/api/v1/workspace/members/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RequiresRole(MemberRole.OWNER)
    @Operation(
            summary = "Remove a member (owners)",
            description = "They can no longer sign in and their tokens stop working at once; their private"
                    + " encounters and relationships are kept but nobody sees them. 409 for the last owner.")
    void remove(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id) {
        members.remove(me, id);
    }

    static String link(String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/join/{token}")
                .buildAndExpand(token)
                .toUriString();
    }
}
