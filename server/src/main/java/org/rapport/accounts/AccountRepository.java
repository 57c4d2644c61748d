package org.rapport.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rapport.db.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {
    private static final String MEMBER_COLUMNS = "workspace_id, id, email, name, password_hash, role";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record MemberRow(WorkspaceId workspace, UUID id, String email, String name, String passwordHash, MemberRole role) {
        CurrentMember toCurrentMember() {
            return new CurrentMember(workspace, id, email, name, role);
        }
    }

    /** A member as the team list shows them. */
    record TeamMemberRow(UUID id, String name, String email, MemberRole role, long joinedAt) {}

    long countMembers() {
        return jdbc.sql("SELECT count(*) FROM members").query(Long.class).single();
    }

    boolean emailExists(String email) {
        return jdbc.sql("SELECT count(*) FROM members WHERE email = :email AND removed_at IS NULL")
                        .param("email", email)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insertWorkspace(WorkspaceId workspace, String name, long now) {
        jdbc.sql("INSERT INTO workspaces (workspace_id, name, created_at) VALUES (:ws, :name, :now)")
                .param("ws", workspace.toString())
                .param("name", name)
                .param("now", now)
                .update();
    }

    void renameWorkspace(WorkspaceId workspace, String name) {
        jdbc.sql("UPDATE workspaces SET name = :name WHERE workspace_id = :ws")
                .param("name", name)
                .param("ws", workspace.toString())
                .update();
    }

    Optional<String> workspaceName(WorkspaceId workspace) {
        return jdbc.sql("SELECT name FROM workspaces WHERE workspace_id = :ws")
                .param("ws", workspace.toString())
                .query(String.class)
                .optional();
    }

    /**
     * Takes the workspace's row lock (a no-op update) so two owners changing each other at once
     * are serialized and cannot leave the workspace without an owner. Portable: PostgreSQL locks
     * the row, SQLite the database.
     */
    void lockWorkspace(WorkspaceId workspace) {
        jdbc.sql("UPDATE workspaces SET name = name WHERE workspace_id = :ws")
                .param("ws", workspace.toString())
                .update();
    }

    void insertMember(MemberRow member, long now) {
        jdbc.sql("""
                INSERT INTO members (workspace_id, id, email, name, password_hash, role, created_at)
                VALUES (:ws, :id, :email, :name, :hash, :role, :now)
                """)
                .param("ws", member.workspace().toString())
                .param("id", member.id().toString())
                .param("email", member.email())
                .param("name", member.name())
                .param("hash", member.passwordHash())
                .param("role", member.role().wire())
                .param("now", now)
                .update();
    }

    Optional<MemberRow> findByEmail(String email) {
        return jdbc.sql("SELECT " + MEMBER_COLUMNS + " FROM members WHERE email = :email AND removed_at IS NULL")
                .param("email", email)
                .query((rs, n) -> memberRow(rs))
                .optional();
    }

    /** A member who has not been removed. */
    Optional<MemberRow> findMember(WorkspaceId workspace, UUID memberId) {
        return jdbc.sql("SELECT " + MEMBER_COLUMNS + """
                 FROM members
                WHERE workspace_id = :ws AND id = :id AND removed_at IS NULL
                """)
                .param("ws", workspace.toString())
                .param("id", memberId.toString())
                .query((rs, n) -> memberRow(rs))
                .optional();
    }

    List<TeamMemberRow> listMembers(WorkspaceId workspace) {
        return jdbc.sql("""
                SELECT id, name, email, role, created_at FROM members
                WHERE workspace_id = :ws AND removed_at IS NULL
                ORDER BY created_at, id
                """)
                .param("ws", workspace.toString())
                .query((rs, n) -> new TeamMemberRow(
                        UUID.fromString(rs.getString(1)),
                        rs.getString(2),
                        rs.getString(3),
                        MemberRole.fromWire(rs.getString(4)),
                        rs.getLong(5)))
                .list();
    }

    long countOwners(WorkspaceId workspace) {
        return jdbc.sql("""
                SELECT count(*) FROM members
                WHERE workspace_id = :ws AND role = 'owner' AND removed_at IS NULL
                """).param("ws", workspace.toString()).query(Long.class).single();
    }

    void updateRole(WorkspaceId workspace, UUID memberId, MemberRole role) {
        jdbc.sql("UPDATE members SET role = :role WHERE workspace_id = :ws AND id = :id AND removed_at IS NULL")
                .param("role", role.wire())
                .param("ws", workspace.toString())
                .param("id", memberId.toString())
                .update();
    }

    /** The member can no longer sign in and their API tokens stop working; their rows stay. */
    void remove(WorkspaceId workspace, UUID memberId, long now) {
        jdbc.sql("UPDATE members SET removed_at = :now WHERE workspace_id = :ws AND id = :id AND removed_at IS NULL")
                .param("now", now)
                .param("ws", workspace.toString())
                .param("id", memberId.toString())
                .update();
        jdbc.sql("DELETE FROM api_tokens WHERE workspace_id = :ws AND member_id = :id")
                .param("ws", workspace.toString())
                .param("id", memberId.toString())
                .update();
    }

    void rename(WorkspaceId workspace, UUID memberId, String name) {
        jdbc.sql("UPDATE members SET name = :name WHERE workspace_id = :ws AND id = :id")
                .param("name", name)
                .param("ws", workspace.toString())
                .param("id", memberId.toString())
                .update();
    }

    void updatePassword(WorkspaceId workspace, UUID memberId, String hash) {
        jdbc.sql("UPDATE members SET password_hash = :hash WHERE workspace_id = :ws AND id = :id")
                .param("hash", hash)
                .param("ws", workspace.toString())
                .param("id", memberId.toString())
                .update();
    }

    private static MemberRow memberRow(ResultSet rs) throws SQLException {
        return new MemberRow(
                new WorkspaceId(UUID.fromString(rs.getString(1))),
                UUID.fromString(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                MemberRole.fromWire(rs.getString(6)));
    }
}
