package org.rapport.goals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Advice requests of a goal. Callers check the goal is the member's. */
@Repository
class OutreachRepository {
    private static final String COLUMNS = """
            SELECT id, goal_id, person_id, organization_id, encounter_id, message, sent_at, replied_at, followed_up_at
            FROM goal_outreach
            """;

    private final JdbcClient jdbc;

    OutreachRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CurrentMember me, Outreach o) {
        jdbc.sql("""
                INSERT INTO goal_outreach (workspace_id, id, goal_id, person_id, organization_id, encounter_id, message,
                                           sent_at)
                VALUES (:ws, :id, :goal, :person, :org, :encounter, :message, :sent)
                """)
                .param("ws", me.workspace().toString())
                .param("id", o.id().toString())
                .param("goal", o.goalId().toString())
                .param("person", o.personId().toString())
                .param(
                        "org",
                        o.organizationId() == null ? null : o.organizationId().toString())
                .param(
                        "encounter",
                        o.encounterId() == null ? null : o.encounterId().toString())
                .param("message", o.message())
                .param("sent", o.sentAt().toEpochMilli())
                .update();
    }

    boolean markReplied(CurrentMember me, UUID goalId, UUID id, Instant at) {
        return set(me, goalId, id, "replied_at", at);
    }

    boolean markFollowedUp(CurrentMember me, UUID goalId, UUID id, Instant at) {
        return set(me, goalId, id, "followed_up_at", at);
    }

    private boolean set(CurrentMember me, UUID goalId, UUID id, String column, Instant at) {
        // column is one of two constants above, never caller text
        return jdbc.sql("UPDATE goal_outreach SET " + column + " = :at"
                                + " WHERE workspace_id = :ws AND goal_id = :goal AND id = :id")
                        .param("ws", me.workspace().toString())
                        .param("goal", goalId.toString())
                        .param("id", id.toString())
                        .param("at", at.toEpochMilli())
                        .update()
                == 1;
    }

    Optional<Outreach> find(CurrentMember me, UUID goalId, UUID id) {
        return jdbc.sql(COLUMNS + " WHERE workspace_id = :ws AND goal_id = :goal AND id = :id")
                .param("ws", me.workspace().toString())
                .param("goal", goalId.toString())
                .param("id", id.toString())
                .query(OutreachRepository::outreach)
                .optional();
    }

    List<Outreach> ofGoal(CurrentMember me, UUID goalId) {
        return jdbc.sql(COLUMNS + " WHERE workspace_id = :ws AND goal_id = :goal ORDER BY sent_at, id")
                .param("ws", me.workspace().toString())
                .param("goal", goalId.toString())
                .query(OutreachRepository::outreach)
                .list();
    }

    private static Outreach outreach(ResultSet rs, int n) throws SQLException {
        return new Outreach(
                UUID.fromString(rs.getString("id")),
                UUID.fromString(rs.getString("goal_id")),
                UUID.fromString(rs.getString("person_id")),
                uuid(rs.getString("organization_id")),
                uuid(rs.getString("encounter_id")),
                rs.getString("message"),
                Instant.ofEpochMilli(rs.getLong("sent_at")),
                instant(Rows.nullableLong(rs, "replied_at")),
                instant(Rows.nullableLong(rs, "followed_up_at")));
    }

    private static @Nullable UUID uuid(@Nullable String s) {
        return s == null ? null : UUID.fromString(s);
    }

    private static @Nullable Instant instant(@Nullable Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
