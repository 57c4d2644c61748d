package org.rapport.accounts;

import java.io.Serializable;
import java.security.Principal;
import java.util.UUID;
import org.rapport.db.WorkspaceId;

/**
 * The authenticated member behind a request, and the workspace the request is scoped to. Every
 * service call takes one, so no query can be written without the workspace at hand. On a request
 * the role is read fresh from the database ({@link MemberAccessFilter}), so a role change or a
 * removal takes effect at once, also for a browser session signed in before it.
 */
public record CurrentMember(WorkspaceId workspace, UUID memberId, String email, String name, MemberRole role)
        implements Principal, Serializable {
    /** Kept in browser sessions in the database: a new field must not sign everyone out. */
    private static final long serialVersionUID = 1L;

    /** A member acting with every right in their workspace: jobs, tests, the one member of a personal workspace. */
    public CurrentMember(WorkspaceId workspace, UUID memberId, String email, String name) {
        this(workspace, memberId, email, name, MemberRole.OWNER);
    }

    @Override
    public String getName() {
        return email;
    }

    /** Whether the member may change the workspace's data (editors and owners). */
    public boolean canWrite() {
        return role.canWrite();
    }

    /** Whether the member manages the team and the workspace's settings. */
    public boolean isOwner() {
        return role.isOwner();
    }
}
