package org.rapport.goals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.db.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where target organizations stand and every move they made. Callers check the goal is the member's. */
@Repository
class TargetStageRepository {
    private final JdbcClient jdbc;

    TargetStageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Puts the target in its new stage and records the move, in the caller's transaction. */
    void move(CurrentMember me, Target target, TargetMove move) {
        jdbc.sql("""
                UPDATE goal_targets SET stage = :stage, stage_since = :since
                WHERE workspace_id = :ws AND goal_id = :goal AND id = :id
                """)
                .param("ws", me.workspace().toString())
                .param("goal", target.goalId().toString())
                .param("id", target.id().toString())
                .param("stage", move.to().wire())
                .param("since", move.movedAt().toEpochMilli())
                .update();
        record(me, move);
    }

    void record(CurrentMember me, TargetMove m) {
        jdbc.sql("""
                INSERT INTO goal_target_moves (workspace_id, id, target_id, from_stage, to_stage, moved_at, cause,
                                               caused_by_entry_id, caused_by_person_id)
                VALUES (:ws, :id, :target, :from, :to, :at, :cause, :entry, :person)
                """)
                .param("ws", me.workspace().toString())
                .param("id", Ids.newId().toString())
                .param("target", m.targetId().toString())
                .param("from", m.from() == null ? null : m.from().wire())
                .param("to", m.to().wire())
                .param("at", m.movedAt().toEpochMilli())
                .param("cause", m.cause().wire())
                .param("entry", text(m.causedByEntryId()))
                .param("person", text(m.causedByPersonId()))
                .update();
    }

    /** Every move of a goal's targets, oldest first. */
    List<TargetMove> moves(CurrentMember me, UUID goalId) {
        return jdbc.sql("""
                SELECT m.target_id, m.from_stage, m.to_stage, m.moved_at, m.cause, m.caused_by_entry_id,
                       m.caused_by_person_id
                FROM goal_target_moves m
                JOIN goal_targets t ON t.workspace_id = m.workspace_id AND t.id = m.target_id
                WHERE m.workspace_id = :ws AND t.goal_id = :goal
                ORDER BY m.moved_at, m.id
                """)
                .param("ws", me.workspace().toString())
                .param("goal", goalId.toString())
                .query((rs, n) -> new TargetMove(
                        UUID.fromString(rs.getString(1)),
                        rs.getString(2) == null ? null : Stage.fromWire(rs.getString(2)),
                        Stage.fromWire(rs.getString(3)),
                        Instant.ofEpochMilli(rs.getLong(4)),
                        TargetMove.Cause.fromWire(rs.getString(5)),
                        uuid(rs.getString(6)),
                        uuid(rs.getString(7))))
                .list();
    }

    private static @Nullable String text(@Nullable UUID id) {
        return id == null ? null : id.toString();
    }

    private static @Nullable UUID uuid(@Nullable String s) {
        return s == null ? null : UUID.fromString(s);
    }
}
