package org.rapport.goals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.db.Ids;
import org.rapport.db.Rows;
import org.rapport.db.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The people (and organization prospects) in goals' pipelines and every stage move they made. Callers check the goal is the member's. */
@Repository
class PipelineRepository {
    private static final String COLUMNS = """
            SELECT id, goal_id, person_id, organization_id, stage, stage_since, source, referred_by_id, value_cents,
                   created_at, updated_at, version FROM goal_entries
            """;

    private final JdbcClient jdbc;

    PipelineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CurrentMember me, Entry e) {
        jdbc.sql("""
                INSERT INTO goal_entries (workspace_id, id, goal_id, person_id, organization_id, prospect_organization_id,
                                          stage, stage_since, source, referred_by_id, value_cents, created_at,
                                          updated_at, version)
                VALUES (:ws, :id, :goal, :person, :org, :prospect, :stage, :since, :source, :referrer, :value, :at,
                        :at, 1)
                """)
                .param("ws", me.workspace().toString())
                .param("id", e.id().toString())
                .param("goal", e.goalId().toString())
                .param("person", text(e.personId()))
                .param("org", text(e.organizationId()))
                .param("prospect", e.isOrganization() ? text(e.organizationId()) : null)
                .param("stage", e.stage().wire())
                .param("since", e.stageSince().toEpochMilli())
                .param("source", e.source())
                .param("referrer", text(e.referredById()))
                .param("value", e.valueCents())
                .param("at", e.createdAt().toEpochMilli())
                .update();
        recordMove(me, e.id(), null, e.stage(), e.stageSince());
    }

    /** Changes an entry's details and, when the stage differs, moves it and records the move. */
    boolean update(CurrentMember me, Entry changed, @Nullable Stage previousStage, long expectedVersion) {
        boolean updated = jdbc.sql("""
                        UPDATE goal_entries SET organization_id = :org, stage = :stage, stage_since = :since,
                               source = :source, referred_by_id = :referrer, value_cents = :value,
                               updated_at = :at, version = version + 1
                        WHERE workspace_id = :ws AND goal_id = :goal AND id = :id AND version = :version
                        """)
                        .param("ws", me.workspace().toString())
                        .param("id", changed.id().toString())
                        .param("goal", changed.goalId().toString())
                        .param("org", text(changed.organizationId()))
                        .param("stage", changed.stage().wire())
                        .param("since", changed.stageSince().toEpochMilli())
                        .param("source", changed.source())
                        .param("referrer", text(changed.referredById()))
                        .param("value", changed.valueCents())
                        .param("at", changed.updatedAt().toEpochMilli())
                        .param("version", expectedVersion)
                        .update()
                == 1;
        if (updated && previousStage != changed.stage()) {
            recordMove(me, changed.id(), previousStage, changed.stage(), changed.stageSince());
        }
        return updated;
    }

    private void recordMove(CurrentMember me, UUID entryId, @Nullable Stage from, Stage to, Instant at) {
        jdbc.sql("""
                INSERT INTO goal_stage_moves (workspace_id, id, entry_id, from_stage, to_stage, moved_at)
                VALUES (:ws, :id, :entry, :from, :to, :at)
                """)
                .param("ws", me.workspace().toString())
                .param("id", Ids.newId().toString())
                .param("entry", entryId.toString())
                .param("from", from == null ? null : from.wire())
                .param("to", to.wire())
                .param("at", at.toEpochMilli())
                .update();
    }

    boolean delete(CurrentMember me, UUID goalId, UUID id) {
        return jdbc.sql("DELETE FROM goal_entries WHERE workspace_id = :ws AND goal_id = :goal AND id = :id")
                        .param("ws", me.workspace().toString())
                        .param("goal", goalId.toString())
                        .param("id", id.toString())
                        .update()
                == 1;
    }

    Optional<Entry> find(CurrentMember me, UUID goalId, UUID id) {
        return jdbc.sql(COLUMNS + " WHERE workspace_id = :ws AND goal_id = :goal AND id = :id")
                .param("ws", me.workspace().toString())
                .param("goal", goalId.toString())
                .param("id", id.toString())
                .query(PipelineRepository::entry)
                .optional();
    }

    Optional<Entry> findByPerson(CurrentMember me, UUID goalId, UUID personId) {
        return jdbc.sql(COLUMNS + " WHERE workspace_id = :ws AND goal_id = :goal AND person_id = :person")
                .param("ws", me.workspace().toString())
                .param("goal", goalId.toString())
                .param("person", personId.toString())
                .query(PipelineRepository::entry)
                .optional();
    }

    /** The organization prospect of a goal for this organization, if it has one. */
    Optional<Entry> findByOrganization(CurrentMember me, UUID goalId, UUID organizationId) {
        return jdbc.sql(COLUMNS + " WHERE workspace_id = :ws AND goal_id = :goal AND prospect_organization_id = :org")
                .param("ws", me.workspace().toString())
                .param("goal", goalId.toString())
                .param("org", organizationId.toString())
                .query(PipelineRepository::entry)
                .optional();
    }

    List<Entry> entries(CurrentMember me, UUID goalId) {
        return jdbc.sql(COLUMNS + " WHERE workspace_id = :ws AND goal_id = :goal ORDER BY created_at, id")
                .param("ws", me.workspace().toString())
                .param("goal", goalId.toString())
                .query(PipelineRepository::entry)
                .list();
    }

    /** Every entry of the member's goals that names a referrer (for the referral ranking). */
    List<Entry> referred(CurrentMember me) {
        return jdbc.sql(COLUMNS.replace("FROM goal_entries", "FROM goal_entries e") + """
                         WHERE e.workspace_id = :ws AND e.referred_by_id IS NOT NULL AND EXISTS (
                            SELECT 1 FROM goals g WHERE g.workspace_id = e.workspace_id AND g.id = e.goal_id
                              AND g.member_id = :member)
                        ORDER BY e.created_at
                        """)
                .param("ws", me.workspace().toString())
                .param("member", me.memberId().toString())
                .query(PipelineRepository::entry)
                .list();
    }

    List<StageMove> moves(CurrentMember me, UUID goalId) {
        return jdbc.sql("""
                SELECT m.entry_id, m.from_stage, m.to_stage, m.moved_at
                FROM goal_stage_moves m JOIN goal_entries e ON e.workspace_id = m.workspace_id AND e.id = m.entry_id
                WHERE m.workspace_id = :ws AND e.goal_id = :goal
                ORDER BY m.moved_at, m.id
                """)
                .param("ws", me.workspace().toString())
                .param("goal", goalId.toString())
                .query((rs, n) -> new StageMove(
                        UUID.fromString(rs.getString(1)),
                        rs.getString(2) == null ? null : Stage.fromWire(rs.getString(2)),
                        Stage.fromWire(rs.getString(3)),
                        Instant.ofEpochMilli(rs.getLong(4))))
                .list();
    }

    /** A referrer who is about to be deleted: the prospects they brought stay, without them. */
    void forgetReferrer(WorkspaceId ws, UUID personId) {
        jdbc.sql("UPDATE goal_entries SET referred_by_id = NULL WHERE workspace_id = :ws AND referred_by_id = :person")
                .param("ws", ws.toString())
                .param("person", personId.toString())
                .update();
    }

    private static @Nullable String text(@Nullable UUID id) {
        return id == null ? null : id.toString();
    }

    private static Entry entry(ResultSet rs, int n) throws SQLException {
        String org = rs.getString("organization_id");
        String referrer = rs.getString("referred_by_id");
        String person = rs.getString("person_id");
        return new Entry(
                UUID.fromString(rs.getString("id")),
                UUID.fromString(rs.getString("goal_id")),
                person == null ? null : UUID.fromString(person),
                org == null ? null : UUID.fromString(org),
                Stage.fromWire(rs.getString("stage")),
                Instant.ofEpochMilli(rs.getLong("stage_since")),
                rs.getString("source"),
                referrer == null ? null : UUID.fromString(referrer),
                Rows.nullableLong(rs, "value_cents"),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")),
                rs.getLong("version"));
    }
}
