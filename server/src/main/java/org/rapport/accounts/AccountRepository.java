package org.rapport.accounts;

import java.util.Optional;
import java.util.UUID;
import org.rapport.db.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {
    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record MemberRow(WorkspaceId workspace, UUID id, String email, String name, String passwordHash) {
        CurrentMember toCurrentMember() {
            return new CurrentMember(workspace, id, email, name);
        }
    }

    long countMembers() {
        return jdbc.sql("SELECT count(*) FROM members").query(Long.class).single();
    }

    boolean emailExists(String email) {
        return jdbc.sql("SELECT count(*) FROM members WHERE email = :email")
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

    void insertMember(MemberRow member, String role, long now) {
        jdbc.sql("""
                INSERT INTO members (workspace_id, id, email, name, password_hash, role, created_at)
                VALUES (:ws, :id, :email, :name, :hash, :role, :now)
                """)
                .param("ws", member.workspace().toString())
                .param("id", member.id().toString())
                .param("email", member.email())
                .param("name", member.name())
                .param("hash", member.passwordHash())
                .param("role", role)
                .param("now", now)
                .update();
    }

    Optional<MemberRow> findByEmail(String email) {
        return jdbc.sql("SELECT workspace_id, id, email, name, password_hash FROM members WHERE email = :email")
                .param("email", email)
                .query((rs, n) -> new MemberRow(
                        new WorkspaceId(UUID.fromString(rs.getString(1))),
                        UUID.fromString(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)))
                .optional();
    }

    Optional<MemberRow> findMember(WorkspaceId workspace, UUID memberId) {
        return jdbc.sql("""
                SELECT workspace_id, id, email, name, password_hash FROM members
                WHERE workspace_id = :ws AND id = :id
                """)
                .param("ws", workspace.toString())
                .param("id", memberId.toString())
                .query((rs, n) -> new MemberRow(workspace, memberId, rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional();
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
}
