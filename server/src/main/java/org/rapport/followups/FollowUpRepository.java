package org.rapport.followups;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.db.Rows;
import org.rapport.db.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FollowUpRepository {
    private static final String COLUMNS = """
            SELECT id, person_id, encounter_id, type, title, notes, due_on, status, origin, completed_at,
                   created_at, updated_at, version FROM follow_ups
            """;

    private final JdbcClient jdbc;

    FollowUpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Filter(
            @Nullable FollowUpStatus status,
            @Nullable LocalDate dueBefore,
            @Nullable UUID personId,
            @Nullable UUID encounterId,
            @Nullable FollowUpType type) {}

    void insert(CurrentMember me, FollowUp f) {
        jdbc.sql("""
                INSERT INTO follow_ups (workspace_id, id, member_id, person_id, encounter_id, type, title, notes, due_on,
                                        status, origin, completed_at, created_at, updated_at, version)
                VALUES (:ws, :id, :member, :person, :encounter, :type, :title, :notes, :due,
                        :status, :origin, :completed, :created, :updated, 1)
                """)
                .params(params(me, f))
                .param("created", f.createdAt().toEpochMilli())
                .update();
    }

    /** Updates when {@code expectedVersion} is null (last write wins) or matches. */
    boolean update(CurrentMember me, FollowUp f, @Nullable Long expectedVersion) {
        return jdbc.sql("""
                        UPDATE follow_ups SET person_id = :person, encounter_id = :encounter, type = :type, title = :title,
                               notes = :notes, due_on = :due, status = :status, completed_at = :completed,
                               updated_at = :updated, version = version + 1
                        WHERE workspace_id = :ws AND member_id = :member AND id = :id
                          AND (:expected < 0 OR version = :expected)
                        """)
                        .params(params(me, f))
                        .param("expected", expectedVersion == null ? -1L : expectedVersion)
                        .update()
                == 1;
    }

    private static Map<String, Object> params(CurrentMember me, FollowUp f) {
        Map<String, Object> p = new HashMap<>();
        p.put("ws", me.workspace().toString());
        p.put("member", me.memberId().toString());
        p.put("id", f.id().toString());
        p.put("person", f.personId() == null ? null : f.personId().toString());
        p.put("encounter", f.encounterId() == null ? null : f.encounterId().toString());
        p.put("type", f.type().wire());
        p.put("title", f.title());
        p.put("notes", f.notes());
        p.put("due", f.dueOn().toString());
        p.put("status", f.status().wire());
        p.put("origin", f.origin().wire());
        p.put("completed", f.completedAt() == null ? null : f.completedAt().toEpochMilli());
        p.put("updated", f.updatedAt().toEpochMilli());
        return p;
    }

    boolean delete(CurrentMember me, UUID id) {
        return jdbc.sql("DELETE FROM follow_ups WHERE workspace_id = :ws AND member_id = :member AND id = :id")
                        .param("ws", me.workspace().toString())
                        .param("member", me.memberId().toString())
                        .param("id", id.toString())
                        .update()
                == 1;
    }

    Optional<FollowUp> find(CurrentMember me, UUID id) {
        return jdbc.sql(COLUMNS + " WHERE workspace_id = :ws AND member_id = :member AND id = :id")
                .param("ws", me.workspace().toString())
                .param("member", me.memberId().toString())
                .param("id", id.toString())
                .query(FollowUpRepository::map)
                .optional();
    }

    List<FollowUp> list(CurrentMember me, Filter filter, int limit, long offset) {
        Map<String, Object> params = filterParams(me, filter);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(COLUMNS + where(filter) + " ORDER BY due_on, created_at, id LIMIT :limit OFFSET :offset")
                .params(params)
                .query(FollowUpRepository::map)
                .list();
    }

    long count(CurrentMember me, Filter filter) {
        return jdbc.sql("SELECT count(*) FROM follow_ups" + where(filter))
                .params(filterParams(me, filter))
                .query(Long.class)
                .single();
    }

    /** Whether an open thank-you exists for this person (or, for an unknown giver, for this encounter). */
    boolean openThankYouExists(CurrentMember me, @Nullable UUID personId, UUID encounterId) {
        String who = personId == null ? "person_id IS NULL AND encounter_id = :encounter" : "person_id = :person";
        return jdbc.sql("SELECT count(*) FROM follow_ups WHERE workspace_id = :ws AND member_id = :member"
                                + " AND type = 'thank_you' AND status = 'open' AND " + who)
                        .param("ws", me.workspace().toString())
                        .param("member", me.memberId().toString())
                        .param("person", personId == null ? "" : personId.toString())
                        .param("encounter", encounterId.toString())
                        .query(Long.class)
                        .single()
                > 0;
    }

    void detachEncounter(WorkspaceId ws, UUID encounterId) {
        jdbc.sql("UPDATE follow_ups SET encounter_id = NULL WHERE workspace_id = :ws AND encounter_id = :encounter")
                .param("ws", ws.toString())
                .param("encounter", encounterId.toString())
                .update();
    }

    private static String where(Filter f) {
        StringBuilder where = new StringBuilder(" WHERE workspace_id = :ws AND member_id = :member");
        if (f.status() != null) {
            where.append(" AND status = :status");
        }
        if (f.dueBefore() != null) {
            where.append(" AND due_on < :dueBefore");
        }
        if (f.personId() != null) {
            where.append(" AND person_id = :person");
        }
        if (f.encounterId() != null) {
            where.append(" AND encounter_id = :encounter");
        }
        if (f.type() != null) {
            where.append(" AND type = :type");
        }
        return where.toString();
    }

    private static Map<String, Object> filterParams(CurrentMember me, Filter f) {
        Map<String, Object> p = new HashMap<>();
        p.put("ws", me.workspace().toString());
        p.put("member", me.memberId().toString());
        p.put("status", f.status() == null ? null : f.status().wire());
        p.put("dueBefore", f.dueBefore() == null ? null : f.dueBefore().toString());
        p.put("person", f.personId() == null ? null : f.personId().toString());
        p.put("encounter", f.encounterId() == null ? null : f.encounterId().toString());
        p.put("type", f.type() == null ? null : f.type().wire());
        return p;
    }

    private static FollowUp map(ResultSet rs, int n) throws SQLException {
        String person = rs.getString("person_id");
        String encounter = rs.getString("encounter_id");
        Long completed = Rows.nullableLong(rs, "completed_at");
        return new FollowUp(
                UUID.fromString(rs.getString("id")),
                person == null ? null : UUID.fromString(person),
                encounter == null ? null : UUID.fromString(encounter),
                FollowUpType.fromWire(rs.getString("type")),
                rs.getString("title"),
                rs.getString("notes"),
                LocalDate.parse(rs.getString("due_on")),
                FollowUpStatus.fromWire(rs.getString("status")),
                FollowUpOrigin.fromWire(rs.getString("origin")),
                completed == null ? null : Instant.ofEpochMilli(completed),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")),
                rs.getLong("version"));
    }
}
