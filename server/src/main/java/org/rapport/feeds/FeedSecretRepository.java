package org.rapport.feeds;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.rapport.accounts.CurrentMember;
import org.rapport.accounts.MemberRole;
import org.rapport.api.WireValue;
import org.rapport.db.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FeedSecretRepository {
    private final JdbcClient jdbc;

    FeedSecretRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Instant> createdAt(CurrentMember me) {
        return jdbc.sql("SELECT created_at FROM feed_secrets WHERE workspace_id = :ws AND member_id = :member")
                .param("ws", me.workspace().toString())
                .param("member", me.memberId().toString())
                .query((rs, n) -> Instant.ofEpochMilli(rs.getLong(1)))
                .optional();
    }

    void save(CurrentMember me, String hash, Instant at) {
        jdbc.sql("""
                INSERT INTO feed_secrets (workspace_id, member_id, secret_hash, created_at)
                VALUES (:ws, :member, :hash, :at)
                ON CONFLICT (workspace_id, member_id) DO UPDATE SET
                    secret_hash = excluded.secret_hash, created_at = excluded.created_at
                """)
                .param("ws", me.workspace().toString())
                .param("member", me.memberId().toString())
                .param("hash", hash)
                .param("at", at.toEpochMilli())
                .update();
    }

    boolean delete(CurrentMember me) {
        return jdbc.sql("DELETE FROM feed_secrets WHERE workspace_id = :ws AND member_id = :member")
                        .param("ws", me.workspace().toString())
                        .param("member", me.memberId().toString())
                        .update()
                > 0;
    }

    /** The secret is presented before any workspace is known: found by its hash, with its member. */
    Optional<CurrentMember> findByHash(String hash) {
        return jdbc.sql("""
                SELECT m.workspace_id, m.id, m.email, m.name, m.role FROM feed_secrets f
                JOIN members m ON m.workspace_id = f.workspace_id AND m.id = f.member_id
                WHERE f.secret_hash = :hash AND m.removed_at IS NULL
                """)
                .param("hash", hash)
                .query((rs, n) -> new CurrentMember(
                        new WorkspaceId(UUID.fromString(rs.getString(1))),
                        UUID.fromString(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        WireValue.parse(MemberRole.class, rs.getString(5))))
                .optional();
    }
}
