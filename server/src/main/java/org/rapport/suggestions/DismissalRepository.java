package org.rapport.suggestions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rapport.accounts.CurrentMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DismissalRepository {
    private final JdbcClient jdbc;

    DismissalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The member's dismissals still in force on {@code today}, by person. */
    Map<UUID, List<Dismissal>> active(CurrentMember me, LocalDate today) {
        Map<UUID, List<Dismissal>> byPerson = new HashMap<>();
        jdbc.sql("""
                SELECT person_id, family, until_on, created_at FROM suggestion_dismissals
                WHERE workspace_id = :ws AND member_id = :member AND until_on > :today
                """)
                .param("ws", me.workspace().toString())
                .param("member", me.memberId().toString())
                .param("today", today.toString())
                .query((rs, n) -> new Dismissal(
                        UUID.fromString(rs.getString(1)),
                        SuggestionType.Family.valueOf(rs.getString(2).toUpperCase(java.util.Locale.ROOT)),
                        LocalDate.parse(rs.getString(3)),
                        Instant.ofEpochMilli(rs.getLong(4))))
                .list()
                .forEach(d -> byPerson.computeIfAbsent(d.personId(), k -> new java.util.ArrayList<>())
                        .add(d));
        return byPerson;
    }

    void save(CurrentMember me, Dismissal d) {
        jdbc.sql("""
                INSERT INTO suggestion_dismissals (workspace_id, member_id, person_id, family, until_on, created_at)
                VALUES (:ws, :member, :person, :family, :until, :created)
                ON CONFLICT (workspace_id, member_id, person_id, family) DO UPDATE SET
                    until_on = excluded.until_on, created_at = excluded.created_at
                """)
                .param("ws", me.workspace().toString())
                .param("member", me.memberId().toString())
                .param("person", d.personId().toString())
                .param("family", d.family().wire())
                .param("until", d.until().toString())
                .param("created", d.createdAt().toEpochMilli())
                .update();
    }

    /** Dismissals that have run out are of no use to anyone. */
    void forgetExpired(CurrentMember me, LocalDate today) {
        jdbc.sql("""
                DELETE FROM suggestion_dismissals
                WHERE workspace_id = :ws AND member_id = :member AND until_on <= :today
                """)
                .param("ws", me.workspace().toString())
                .param("member", me.memberId().toString())
                .param("today", today.toString())
                .update();
    }
}
