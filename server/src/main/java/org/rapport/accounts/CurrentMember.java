package org.rapport.accounts;

import java.io.Serializable;
import java.security.Principal;
import java.util.UUID;
import org.rapport.db.WorkspaceId;

/**
 * The authenticated member behind a request, and the workspace the request is scoped to. Every
 * service call takes one, so no query can be written without the workspace at hand.
 */
public record CurrentMember(WorkspaceId workspace, UUID memberId, String email, String name)
        implements Principal, Serializable {
    /** Kept in browser sessions in the database: a new field must not sign everyone out. */
    private static final long serialVersionUID = 1L;

    @Override
    public String getName() {
        return email;
    }
}
