package org.rapport.accounts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.db.Rows;
import org.rapport.db.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokenRepository {
    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record FoundToken(
            UUID tokenId, CurrentMember member, @Nullable Long lastUsedAt) {}

    void insert(CurrentMember me, UUID id, String name, String hash, long now) {
        jdbc.sql("""
                INSERT INTO api_tokens (workspace_id, id, member_id, name, token_hash, created_at)
                VALUES (:ws, :id, :member, :name, :hash, :now)
                """)
                .param("ws", me.workspace().toString())
                .param("id", id.toString())
                .param("member", me.memberId().toString())
                .param("name", name)
                .param("hash", hash)
                .param("now", now)
                .update();
    }

    List<ApiTokenService.ApiToken> listFor(CurrentMember me) {
        return jdbc.sql("""
                SELECT id, name, created_at, last_used_at FROM api_tokens
                WHERE workspace_id = :ws AND member_id = :member ORDER BY created_at, id
                """)
                .param("ws", me.workspace().toString())
                .param("member", me.memberId().toString())
                .query((rs, n) -> new ApiTokenService.ApiToken(
                        UUID.fromString(rs.getString(1)), rs.getString(2), rs.getLong(3), Rows.nullableLong(rs, 4)))
                .list();
    }

    boolean delete(CurrentMember me, UUID id) {
        return jdbc.sql("DELETE FROM api_tokens WHERE workspace_id = :ws AND member_id = :member AND id = :id")
                        .param("ws", me.workspace().toString())
                        .param("member", me.memberId().toString())
                        .param("id", id.toString())
                        .update()
                == 1;
    }

    Optional<FoundToken> findByHash(String hash) {
        // The one lookup that cannot filter on a workspace: the token is what tells us the workspace.
        return jdbc.sql("""
                SELECT t.id, t.last_used_at, m.workspace_id, m.id, m.email, m.name, m.role
                FROM api_tokens t
                JOIN members m ON m.workspace_id = t.workspace_id AND m.id = t.member_id
                WHERE t.token_hash = :hash AND m.removed_at IS NULL
                """)
                .param("hash", hash)
                .query((rs, n) -> new FoundToken(
                        UUID.fromString(rs.getString(1)),
                        new CurrentMember(
                                new WorkspaceId(UUID.fromString(rs.getString(3))),
                                UUID.fromString(rs.getString(4)),
                                rs.getString(5),
                                rs.getString(6),
                                MemberRole.fromWire(rs.getString(7))),
                        Rows.nullableLong(rs, 2)))
                .optional();
    }

    void touch(WorkspaceId workspace, UUID tokenId, long now) {
        jdbc.sql("UPDATE api_tokens SET last_used_at = :now WHERE workspace_id = :ws AND id = :id")
                .param("now", now)
                .param("ws", workspace.toString())
                .param("id", tokenId.toString())
                .update();
    }
}
