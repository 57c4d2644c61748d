package org.rapport.accounts;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.api.ConflictException;
import org.rapport.api.NotFoundException;
import org.rapport.api.ValidationException;
import org.rapport.db.ChangeLog;
import org.rapport.db.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to a team workspace. Like an API token, the link's token is 256 random bits shown
 * once; only its SHA-256 is kept. It works once, for the invited address, within seven days.
 */
@Service
public class InvitationService {
    static final String PREFIX = "rpi_";
    static final Duration VALID_FOR = Duration.ofDays(7);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final InvitationRepository invitations;
    private final AccountRepository accounts;
    private final ChangeLog changeLog;

    InvitationService(InvitationRepository invitations, AccountRepository accounts, ChangeLog changeLog) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.changeLog = changeLog;
    }

    /** A pending invitation as its owner sees it. */
    public record Invitation(UUID id, String email, MemberRole role, Instant createdAt, Instant expiresAt) {}

    /** A new invitation with its token, shown only in this answer. */
    public record NewInvitation(Invitation invitation, String token) {}

    /** What the invitation link's page shows before the account exists. */
    public record Welcome(String workspaceName, String email, MemberRole role, Instant expiresAt) {}

    @Transactional
    public NewInvitation create(CurrentMember me, String email, String role) {
        MemberService.requireOwner(me);
        String normalized = AccountService.normalizeEmail(email);
        var problems = new ValidationException.Collector();
        if (!AccountService.isEmail(normalized)) {
            problems.add("email", "must be an email address like ana@example.com");
        }
        MemberRole invited = parseRole(role);
        if (invited == null || invited == MemberRole.OWNER) {
            problems.add("role", "must be editor or viewer (an owner can make a member an owner once they joined)");
        }
        problems.throwIfAny();
        if (accounts.emailExists(normalized)) {
            throw new ConflictException(
                    accounts.listMembers(me.workspace()).stream()
                                    .anyMatch(m -> m.email().equals(normalized))
                            ? "This address is already a member of this workspace"
                            : "An account with this address already exists on this server; an address belongs to one"
                                    + " workspace, so invite another address");
        }
        long now = System.currentTimeMillis();
        for (UUID replaced : invitations.revokePendingFor(me.workspace(), normalized, now)) {
            changeLog.record(me.workspace().value(), "invitation", replaced, ChangeLog.Operation.DELETE, me.memberId());
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        var row = new InvitationRepository.InvitationRow(
                me.workspace(),
                Ids.newId(),
                normalized,
                invited,
                me.memberId(),
                now,
                now + VALID_FOR.toMillis(),
                null,
                null);
        invitations.insert(row, ApiTokenService.hash(token));
        changeLog.record(me.workspace().value(), "invitation", row.id(), ChangeLog.Operation.CREATE, me.memberId());
        return new NewInvitation(view(row), token);
    }

    public List<Invitation> listPending(CurrentMember me) {
        MemberService.requireOwner(me);
        return invitations.listPending(me.workspace(), System.currentTimeMillis()).stream()
                .map(InvitationService::view)
                .toList();
    }

    /** Revokes a pending (or expired) invitation; one already accepted is a conflict. */
    @Transactional
    public void revoke(CurrentMember me, UUID id) {
        MemberService.requireOwner(me);
        var row = invitations.find(me.workspace(), id).orElseThrow(() -> new NotFoundException("invitation", id));
        if (row.acceptedAt() != null) {
            throw new ConflictException("This invitation was accepted already; remove the member instead");
        }
        if (row.revokedAt() == null) {
            invitations.revoke(me.workspace(), id, System.currentTimeMillis());
            changeLog.record(me.workspace().value(), "invitation", id, ChangeLog.Operation.DELETE, me.memberId());
        }
    }

    /** The workspace and address an invitation link is for, if the link can still be used. */
    public Optional<Welcome> welcome(String token) {
        return findUsable(token)
                .flatMap(row -> accounts.workspaceName(row.workspace())
                        .map(name ->
                                new Welcome(name, row.email(), row.role(), Instant.ofEpochMilli(row.expiresAt()))));
    }

    /**
     * Why a token cannot be used, as the message of the field {@code invitation}; empty when it can.
     * The same words for the API and the join page.
     */
    public Optional<String> problemWith(String token) {
        var row = invitations.findByHash(ApiTokenService.hash(token.trim()));
        if (row.isEmpty()) {
            return Optional.of("is not a valid invitation; ask the workspace's owner for a new link");
        }
        return problemWith(row.get(), System.currentTimeMillis());
    }

    Optional<InvitationRepository.InvitationRow> findUsable(String token) {
        return invitations
                .findByHash(ApiTokenService.hash(token.trim()))
                .filter(row -> problemWith(row, System.currentTimeMillis()).isEmpty());
    }

    /**
     * The invitation a sign-up with {@code token} joins, checked against the address; the problems
     * go into {@code problems} under {@code invitation} and {@code email}.
     */
    Optional<InvitationRepository.InvitationRow> check(
            String token, String email, ValidationException.Collector problems) {
        var found = invitations.findByHash(ApiTokenService.hash(token.trim()));
        if (found.isEmpty()) {
            problems.add("invitation", "is not a valid invitation; ask the workspace's owner for a new link");
            return Optional.empty();
        }
        var problem = problemWith(found.get(), System.currentTimeMillis());
        if (problem.isPresent()) {
            problems.add("invitation", problem.get());
            return Optional.empty();
        }
        if (!found.get().email().equals(email)) {
            problems.add("email", "must be the address the invitation was sent to");
            return Optional.empty();
        }
        return found;
    }

    /** Marks the invitation used by the new member; false when another sign-up used it first. */
    boolean accept(InvitationRepository.InvitationRow row, UUID memberId) {
        boolean accepted = invitations.accept(row.workspace(), row.id(), memberId, System.currentTimeMillis());
        if (accepted) {
            changeLog.record(row.workspace().value(), "invitation", row.id(), ChangeLog.Operation.UPDATE, memberId);
        }
        return accepted;
    }

    private static Optional<String> problemWith(InvitationRepository.InvitationRow row, long now) {
        if (row.acceptedAt() != null) {
            return Optional.of("has been used already; ask the workspace's owner for a new link");
        }
        if (row.revokedAt() != null) {
            return Optional.of("was revoked by the workspace's owner; ask them for a new link");
        }
        if (row.expiresAt() <= now) {
            return Optional.of("expired on " + Instant.ofEpochMilli(row.expiresAt()) + " (links last "
                    + VALID_FOR.toDays() + " days); ask the workspace's owner for a new link");
        }
        return Optional.empty();
    }

    static @Nullable MemberRole parseRole(String role) {
        try {
            return MemberRole.fromWire(role.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Invitation view(InvitationRepository.InvitationRow row) {
        return new Invitation(
                row.id(),
                row.email(),
                row.role(),
                Instant.ofEpochMilli(row.createdAt()),
                Instant.ofEpochMilli(row.expiresAt()));
    }
}
