package org.rapport.goals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Goals and their target organizations. Goals are the member's own: every query names both. */
@Repository
class GoalRepository {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final String GOAL_COLUMNS = """
            SELECT id, member_id, kind, title, notes, stale_after_days, created_at, updated_at, version FROM goals
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    GoalRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(CurrentMember me, Goal g) {
        jdbc.sql("""
                INSERT INTO goals (workspace_id, id, member_id, kind, title, notes, stale_after_days,
                                   created_at, updated_at, version)
                VALUES (:ws, :id, :member, :kind, :title, :notes, :stale, :at, :at, 1)
                """)
                .param("ws", me.workspace().toString())
                .param("id", g.id().toString())
                .param("member", me.memberId().toString())
                .param("kind", g.kind().wire())
                .param("title", g.title())
                .param("notes", g.notes())
                .param("stale", g.staleAfterDays())
                .param("at", g.createdAt().toEpochMilli())
                .update();
    }

    boolean update(
            CurrentMember me, UUID id, String title, @Nullable String notes, int stale, long version, Instant at) {
        return jdbc.sql("""
                        UPDATE goals SET title = :title, notes = :notes, stale_after_days = :stale,
                               updated_at = :at, version = version + 1
                        WHERE workspace_id = :ws AND member_id = :member AND id = :id AND version = :version
                        """)
                        .param("ws", me.workspace().toString())
                        .param("member", me.memberId().toString())
                        .param("id", id.toString())
                        .param("title", title)
                        .param("notes", notes)
                        .param("stale", stale)
                        .param("version", version)
                        .param("at", at.toEpochMilli())
                        .update()
                == 1;
    }

    boolean delete(CurrentMember me, UUID id) {
        return jdbc.sql("DELETE FROM goals WHERE workspace_id = :ws AND member_id = :member AND id = :id")
                        .param("ws", me.workspace().toString())
                        .param("member", me.memberId().toString())
                        .param("id", id.toString())
                        .update()
                == 1;
    }

    Optional<Goal> find(CurrentMember me, UUID id) {
        return jdbc.sql(GOAL_COLUMNS + " WHERE workspace_id = :ws AND member_id = :member AND id = :id")
                .param("ws", me.workspace().toString())
                .param("member", me.memberId().toString())
                .param("id", id.toString())
                .query(GoalRepository::goal)
                .optional();
    }

    List<Goal> list(CurrentMember me, int limit, long offset) {
        return jdbc.sql(GOAL_COLUMNS
                        + " WHERE workspace_id = :ws AND member_id = :member ORDER BY created_at DESC, id"
                        + " LIMIT :limit OFFSET :offset")
                .param("ws", me.workspace().toString())
                .param("member", me.memberId().toString())
                .param("limit", limit)
                .param("offset", offset)
                .query(GoalRepository::goal)
                .list();
    }

    long count(CurrentMember me) {
        return jdbc.sql("SELECT COUNT(*) FROM goals WHERE workspace_id = :ws AND member_id = :member")
                .param("ws", me.workspace().toString())
                .param("member", me.memberId().toString())
                .query(Long.class)
                .single();
    }

    void insertTarget(CurrentMember me, Target t) {
        jdbc.sql("""
                INSERT INTO goal_targets (workspace_id, id, goal_id, organization_id, motivation, posting, roles_json,
                                          notes, created_at, stage, stage_since)
                VALUES (:ws, :id, :goal, :org, :motivation, :posting, :roles, :notes, :at, :stage, :since)
                """)
                .param("ws", me.workspace().toString())
                .param("id", t.id().toString())
                .param("goal", t.goalId().toString())
                .param("org", t.organizationId().toString())
                .param("motivation", t.motivation())
                .param("posting", t.posting() ? 1 : 0)
                .param("roles", json.writeValueAsString(t.roles()))
                .param("notes", t.notes())
                .param("at", t.createdAt().toEpochMilli())
                .param("stage", t.stage().wire())
                .param("since", t.stageSince().toEpochMilli())
                .update();
    }

    boolean updateTarget(CurrentMember me, Target t) {
        return jdbc.sql("""
                        UPDATE goal_targets SET motivation = :motivation, posting = :posting, roles_json = :roles,
                               notes = :notes
                        WHERE workspace_id = :ws AND goal_id = :goal AND id = :id
                        """)
                        .param("ws", me.workspace().toString())
                        .param("id", t.id().toString())
                        .param("goal", t.goalId().toString())
                        .param("motivation", t.motivation())
                        .param("posting", t.posting() ? 1 : 0)
                        .param("roles", json.writeValueAsString(t.roles()))
                        .param("notes", t.notes())
                        .update()
                == 1;
    }

    boolean deleteTarget(CurrentMember me, UUID goalId, UUID id) {
        return jdbc.sql("DELETE FROM goal_targets WHERE workspace_id = :ws AND goal_id = :goal AND id = :id")
                        .param("ws", me.workspace().toString())
                        .param("goal", goalId.toString())
                        .param("id", id.toString())
                        .update()
                == 1;
    }

    /** A goal's targets with their organization's name, most wanted first (advocacy sorts further). */
    List<Target> targets(CurrentMember me, UUID goalId) {
        return jdbc.sql("""
                SELECT t.id, t.goal_id, t.organization_id, o.name, t.motivation, t.posting, t.roles_json, t.notes,
                       t.created_at, t.stage, t.stage_since
                FROM goal_targets t JOIN organizations o ON o.workspace_id = t.workspace_id AND o.id = t.organization_id
                WHERE t.workspace_id = :ws AND t.goal_id = :goal
                ORDER BY t.motivation DESC, o.name_key, t.id
                """)
                .param("ws", me.workspace().toString())
                .param("goal", goalId.toString())
                .query((rs, n) -> new Target(
                        UUID.fromString(rs.getString(1)),
                        UUID.fromString(rs.getString(2)),
                        UUID.fromString(rs.getString(3)),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getInt(6) == 1,
                        json.readValue(rs.getString(7), STRINGS),
                        rs.getString(8),
                        Instant.ofEpochMilli(rs.getLong(9)),
                        Stage.fromWire(rs.getString(10)),
                        Instant.ofEpochMilli(rs.getLong(11))))
                .list();
    }

    private static Goal goal(ResultSet rs, int n) throws SQLException {
        return new Goal(
                UUID.fromString(rs.getString("id")),
                UUID.fromString(rs.getString("member_id")),
                GoalKind.fromWire(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("notes"),
                rs.getInt("stale_after_days"),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")),
                rs.getLong("version"));
    }
}
