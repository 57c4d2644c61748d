package org.rapport.people;

import java.util.Optional;
import java.util.UUID;
import org.rapport.accounts.CurrentMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BulkUndoRepository {
    private final JdbcClient jdbc;

    BulkUndoRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Undo(String action, String summary, String payloadJson) {}

    void insert(CurrentMember me, UUID id, String action, String summary, String payload) {
        long now = System.currentTimeMillis();
        jdbc.sql("""
                INSERT INTO bulk_undos (workspace_id, id, member_id, created_at, action, summary, payload_json)
                VALUES (:ws, :id, :member, :now, :action, :summary, :payload)
                """)
                .param("ws", me.workspace().toString())
                .param("id", id.toString())
                .param("member", me.memberId().toString())
                .param("now", now)
                .param("action", action)
                .param("summary", summary)
                .param("payload", payload)
                .update();
        jdbc.sql("DELETE FROM bulk_undos WHERE created_at < :cutoff")
                .param("cutoff", now - PendingDeletionPurge.UNDO_WINDOW_MILLIS)
                .update();
    }

    /** The member's undo record, removed as it is read so an undo happens once; empty when expired. */
    Optional<Undo> take(CurrentMember me, UUID id) {
        var undo = jdbc.sql("""
                SELECT action, summary, payload_json FROM bulk_undos
                WHERE workspace_id = :ws AND member_id = :member AND id = :id AND created_at >= :cutoff
                """)
                .param("ws", me.workspace().toString())
                .param("member", me.memberId().toString())
                .param("id", id.toString())
                .param("cutoff", System.currentTimeMillis() - PendingDeletionPurge.UNDO_WINDOW_MILLIS)
                .query((rs, n) -> new Undo(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
        jdbc.sql("DELETE FROM bulk_undos WHERE workspace_id = :ws AND member_id = :member AND id = :id")
                .param("ws", me.workspace().toString())
                .param("member", me.memberId().toString())
                .param("id", id.toString())
                .update();
        return undo;
    }
}
