package org.rapport.followups;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ThankYouRepository {
    private final JdbcClient jdbc;

    ThankYouRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where the member stands with thanking each person, or only the given people. */
    Map<UUID, ThankYous.Thanks> byPerson(CurrentMember me, @Nullable Collection<UUID> people) {
        Map<UUID, ThankYous.Thanks> byPerson = new HashMap<>();
        if (people != null && people.isEmpty()) {
            return byPerson;
        }
        var statement = jdbc.sql("""
                        SELECT person_id, max(CASE WHEN status <> 'open' THEN completed_at END) AS settled_at,
                               min(CASE WHEN status = 'open' THEN id END) AS open_id
                        FROM follow_ups
                        WHERE workspace_id = :ws AND member_id = :member AND type = 'thank_you' AND person_id IS NOT NULL
                        """ + (people == null ? "" : " AND person_id IN (:ids)") + " GROUP BY person_id")
                .param("ws", me.workspace().toString())
                .param("member", me.memberId().toString());
        if (people != null) {
            statement =
                    statement.param("ids", people.stream().map(UUID::toString).toList());
        }
        statement
                .query((rs, n) -> {
                    Long settled = Rows.nullableLong(rs, "settled_at");
                    String open = rs.getString("open_id");
                    UUID person = UUID.fromString(rs.getString("person_id"));
                    byPerson.put(
                            person,
                            new ThankYous.Thanks(
                                    person,
                                    settled == null ? null : Instant.ofEpochMilli(settled),
                                    open == null ? null : UUID.fromString(open)));
                    return null;
                })
                .list();
        return byPerson;
    }

    /** The person of each of the member's thank-you follow-ups (all, or the given ones that still are). */
    Map<UUID, UUID> thankYouPeople(CurrentMember me, @Nullable Collection<UUID> followUps) {
        Map<UUID, UUID> people = new HashMap<>();
        if (followUps != null && followUps.isEmpty()) {
            return people;
        }
        var statement = jdbc.sql("""
                        SELECT id, person_id FROM follow_ups
                        WHERE workspace_id = :ws AND member_id = :member AND type = 'thank_you' AND person_id IS NOT NULL
                        """ + (followUps == null ? "" : " AND id IN (:ids)"))
                .param("ws", me.workspace().toString())
                .param("member", me.memberId().toString());
        if (followUps != null) {
            statement = statement.param(
                    "ids", followUps.stream().map(UUID::toString).toList());
        }
        statement.query(rs -> {
            people.put(UUID.fromString(rs.getString(1)), UUID.fromString(rs.getString(2)));
        });
        return people;
    }
}
