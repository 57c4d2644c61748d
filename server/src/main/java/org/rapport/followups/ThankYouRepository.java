package org.rapport.followups;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
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

    Map<UUID, ThankYous.Thanks> byPerson(CurrentMember me) {
        Map<UUID, ThankYous.Thanks> byPerson = new HashMap<>();
        jdbc.sql("""
                SELECT person_id, max(CASE WHEN status <> 'open' THEN completed_at END) AS settled_at,
                       min(CASE WHEN status = 'open' THEN id END) AS open_id
                FROM follow_ups
                WHERE workspace_id = :ws AND member_id = :member AND type = 'thank_you' AND person_id IS NOT NULL
                GROUP BY person_id
                """)
                .param("ws", me.workspace().toString())
                .param("member", me.memberId().toString())
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
}
