package org.rapport.accounts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.rapport.api.ConflictException;
import org.rapport.api.ForbiddenException;
import org.rapport.api.NotFoundException;
import org.rapport.api.ValidationException;
import org.rapport.db.ChangeLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members of a workspace and their roles. A workspace always keeps an owner. A removed member's
 * row stays (their private encounters and relationships point at it; docs/adr/0017) but they can no
 * longer sign in, and their API tokens are deleted.
 */
@Service
public class MemberService {
    static final String LAST_OWNER = "A workspace needs an owner: make another member an owner first";

    private final AccountRepository accounts;
    private final ChangeLog changeLog;

    MemberService(AccountRepository accounts, ChangeLog changeLog) {
        this.accounts = accounts;
        this.changeLog = changeLog;
    }

    public record Member(UUID id, String name, String email, MemberRole role, Instant joinedAt) {}

    public List<Member> list(CurrentMember me) {
        return accounts.listMembers(me.workspace()).stream()
                .map(m -> new Member(m.id(), m.name(), m.email(), m.role(), Instant.ofEpochMilli(m.joinedAt())))
                .toList();
    }

    public String workspaceName(CurrentMember me) {
        return accounts.workspaceName(me.workspace()).orElse("");
    }

    /** The name invitations show ("Join Acme sales on Rapport"); owners change it. */
    @Transactional
    public String renameWorkspace(CurrentMember me, String name) {
        requireOwner(me);
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 200) {
            throw ValidationException.of("name", "must be 1 to 200 characters");
        }
        accounts.renameWorkspace(me.workspace(), trimmed);
        changeLog.record(
                me.workspace().value(), "workspace", me.workspace().value(), ChangeLog.Operation.UPDATE, me.memberId());
        return trimmed;
    }

    @Transactional
    public Member changeRole(CurrentMember me, UUID memberId, String role) {
        requireOwner(me);
        MemberRole wanted = InvitationService.parseRole(role);
        if (wanted == null) {
            throw ValidationException.of("role", "must be one of owner, editor, viewer");
        }
        accounts.lockWorkspace(me.workspace());
        var member = accounts.findMember(me.workspace(), memberId)
                .orElseThrow(() -> new NotFoundException("member", memberId));
        if (member.role() == MemberRole.OWNER
                && wanted != MemberRole.OWNER
                && accounts.countOwners(me.workspace()) <= 1) {
            throw new ConflictException(LAST_OWNER);
        }
        if (member.role() != wanted) {
            accounts.updateRole(me.workspace(), memberId, wanted);
            changeLog.record(me.workspace().value(), "member", memberId, ChangeLog.Operation.UPDATE, me.memberId());
        }
        return list(me).stream()
                .filter(m -> m.id().equals(memberId))
                .findFirst()
                .orElseThrow();
    }

    @Transactional
    public void remove(CurrentMember me, UUID memberId) {
        requireOwner(me);
        accounts.lockWorkspace(me.workspace());
        var member = accounts.findMember(me.workspace(), memberId)
                .orElseThrow(() -> new NotFoundException("member", memberId));
        if (member.role() == MemberRole.OWNER && accounts.countOwners(me.workspace()) <= 1) {
            throw new ConflictException(LAST_OWNER);
        }
        accounts.remove(me.workspace(), memberId, System.currentTimeMillis());
        changeLog.record(me.workspace().value(), "member", memberId, ChangeLog.Operation.DELETE, me.memberId());
    }

    static void requireOwner(CurrentMember me) {
        if (!me.isOwner()) {
            throw new ForbiddenException(RoleCheck.OWNERS_ONLY);
        }
    }
}
