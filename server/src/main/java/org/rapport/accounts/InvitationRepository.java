package org.rapport.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.db.Rows;
import org.rapport.db.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class InvitationRepository {
    private static final String COLUMNS =
            "workspace_id, id, email, role, invited_by, created_at, expires_at, accepted_at, revoked_at";

    private final JdbcClient jdbc;

    InvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record InvitationRow(
            WorkspaceId workspace,
            UUID id,
            String email,
            MemberRole role,
            UUID invitedBy,
            long createdAt,
            long expiresAt,
            @Nullable Long acceptedAt,
            @Nullable Long revokedAt) {}

    void insert(InvitationRow row, String tokenHash) {
        jdbc.sql("""
                INSERT INTO invitations (workspace_id, id, email, role, token_hash, invited_by, created_at, expires_at)
                VALUES (:ws, :id, :email, :role, :hash, :by, :created, :expires)
                """)
                .param("ws", row.workspace().toString())
                .param("id", row.id().toString())
                .param("email", row.email())
                .param("role", row.role().wire())
                .param("hash", tokenHash)
                .param("by", row.invitedBy().toString())
                .param("created", row.createdAt())
                .param("expires", row.expiresAt())
                .update();
    }

    /** Not yet accepted, revoked or expired, newest first. */
    List<InvitationRow> listPending(WorkspaceId workspace, long now) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM invitations
                WHERE workspace_id = :ws AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > :now
                ORDER BY created_at DESC, id
                """)
                .param("ws", workspace.toString())
                .param("now", now)
                .query((rs, n) -> row(rs))
                .list();
    }

    Optional<InvitationRow> find(WorkspaceId workspace, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM invitations WHERE workspace_id = :ws AND id = :id")
                .param("ws", workspace.toString())
                .param("id", id.toString())
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** The one lookup without a workspace: the token is what tells us the workspace. */
    Optional<InvitationRow> findByHash(String tokenHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM invitations WHERE token_hash = :hash")
                .param("hash", tokenHash)
                .query((rs, n) -> row(rs))
                .optional();
    }

    void revoke(WorkspaceId workspace, UUID id, long now) {
        jdbc.sql("""
                UPDATE invitations SET revoked_at = :now
                WHERE workspace_id = :ws AND id = :id AND accepted_at IS NULL AND revoked_at IS NULL
                """)
                .param("now", now)
                .param("ws", workspace.toString())
                .param("id", id.toString())
                .update();
    }

    /** Pending invitations for this address: a new invitation replaces them. */
    List<UUID> revokePendingFor(WorkspaceId workspace, String email, long now) {
        List<UUID> ids = jdbc.sql("""
                SELECT id FROM invitations
                WHERE workspace_id = :ws AND email = :email AND accepted_at IS NULL AND revoked_at IS NULL
                """)
                .param("ws", workspace.toString())
                .param("email", email)
                .query((rs, n) -> UUID.fromString(rs.getString(1)))
                .list();
        ids.forEach(id -> revoke(workspace, id, now));
        return ids;
    }

    /** Marks the invitation used; false when another request used or revoked it first. */
    boolean accept(WorkspaceId workspace, UUID id, UUID memberId, long now) {
        return jdbc.sql("""
                        UPDATE invitations SET accepted_at = :now, member_id = :member
                        WHERE workspace_id = :ws AND id = :id AND accepted_at IS NULL AND revoked_at IS NULL
                          AND expires_at > :now
                        """)
                        .param("now", now)
                        .param("member", memberId.toString())
                        .param("ws", workspace.toString())
                        .param("id", id.toString())
                        .update()
                == 1;
    }

    private static InvitationRow row(ResultSet rs) throws SQLException {
        return new InvitationRow(
                new WorkspaceId(UUID.fromString(rs.getString(1))),
                UUID.fromString(rs.getString(2)),
                rs.getString(3),
                MemberRole.fromWire(rs.getString(4)),
                UUID.fromString(rs.getString(5)),
                rs.getLong(6),
                rs.getLong(7),
                Rows.nullableLong(rs, 8),
                Rows.nullableLong(rs, 9));
    }
}
