package org.rapport.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.api.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Accounts and tokens")
class AccountApiController {
    private final AccountService accounts;
    private final ApiTokenService tokens;

    AccountApiController(AccountService accounts, ApiTokenService tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    record SignUpRequest(
            @NotNull(message = "is required") String email,
            @NotNull(message = "is required") String password,
            @NotNull(message = "is required") String name,

            @Schema(description = "An invitation token (from its link): joins that workspace with the invited role")
            @Nullable
            String invitation) {}

    record SignUpResponse(UUID memberId, UUID workspaceId) {}

    record TokenRequest(@NotNull(message = "is required") String name) {}

    record MeResponse(UUID memberId, UUID workspaceId, String email, String name, MemberRole role) {}

    @PostMapping("/api/v1/accounts")
    @RequiresRole(MemberRole.VIEWER) // creates an account; changes no workspace of the caller
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create an account and its own workspace, or join a workspace by invitation",
            description = "Always allowed for the first account; afterwards only when rapport.signup=open (else 403)."
                    + " With `invitation` (the token of an invitation link) the account joins that workspace with"
                    + " the invited role instead, whatever rapport.signup says; the email must be the invited"
                    + " address. A used, revoked, expired or unknown invitation answers 400 naming `invitation`.")
    SignUpResponse signUp(@Valid @RequestBody SignUpRequest request) {
        var created = accounts.signUp(request.email(), request.password(), request.name(), request.invitation());
        return new SignUpResponse(created.memberId(), created.workspaceId().value());
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The member the credentials belong to")
    MeResponse me(@AuthenticationPrincipal CurrentMember me) {
        return new MeResponse(me.memberId(), me.workspace().value(), me.email(), me.name(), me.role());
    }

    @PostMapping("/api/v1/tokens")
    @RequiresRole(MemberRole.VIEWER)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create a personal API token (HTTP Basic or a session)",
            description = "The token is shown once in this answer and stored only as a hash.")
    ApiTokenService.NewApiToken createToken(
            @AuthenticationPrincipal CurrentMember me, @Valid @RequestBody TokenRequest request) {
        return tokens.create(me, request.name());
    }

    @GetMapping("/api/v1/tokens")
    @Operation(summary = "The caller's tokens, without their secrets")
    PageResponse<ApiTokenService.ApiToken> listTokens(@AuthenticationPrincipal CurrentMember me) {
        List<ApiTokenService.ApiToken> all = tokens.list(me);
        return new PageResponse<>(all, 0, Math.max(all.size(), 1), all.size());
    }

    @DeleteMapping("/api/v1/tokens/{id}")
    @RequiresRole(MemberRole.VIEWER)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a token")
    void revokeToken(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id) {
        tokens.revoke(me, id);
    }
}
