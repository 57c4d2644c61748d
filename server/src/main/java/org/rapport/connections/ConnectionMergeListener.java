package org.rapport.connections;

import java.util.List;
import java.util.UUID;
import org.rapport.people.PeopleMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When two people are merged, the merged one's connections become the survivor's. A connection
 * between the two goes, and so does one the survivor already has (same other person, same type).
 */
@Component
class ConnectionMergeListener {
    private final JdbcClient jdbc;

    ConnectionMergeListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Tie(String id, UUID a, UUID b, String type) {}

    @EventListener
    void onPeopleMerged(PeopleMerged event) {
        String ws = event.workspace().toString();
        UUID from = event.mergedId();
        UUID into = event.survivorId();
        List<Tie> ties = jdbc.sql("""
                SELECT id, person_a_id, person_b_id, type FROM connections
                WHERE workspace_id = :ws AND (person_a_id = :from OR person_b_id = :from)
                """)
                .param("ws", ws)
                .param("from", from.toString())
                .query((rs, n) -> new Tie(
                        rs.getString(1),
                        UUID.fromString(rs.getString(2)),
                        UUID.fromString(rs.getString(3)),
                        rs.getString(4)))
                .list();
        for (Tie t : ties) {
            UUID other = t.a().equals(from) ? t.b() : t.a();
            // Stored in one order, as ConnectionService does, so (a, b) and (b, a) stay one tie.
            UUID a = other.compareTo(into) < 0 ? other : into;
            UUID b = other.compareTo(into) < 0 ? into : other;
            boolean exists = !other.equals(into)
                    && jdbc.sql("""
                            SELECT count(*) FROM connections WHERE workspace_id = :ws AND person_a_id = :a
                              AND person_b_id = :b AND type = :type
                            """)
                                    .param("ws", ws)
                                    .param("a", a.toString())
                                    .param("b", b.toString())
                                    .param("type", t.type())
                                    .query(Long.class)
                                    .single()
                            > 0;
            if (other.equals(into) || exists) {
                jdbc.sql("DELETE FROM connections WHERE workspace_id = :ws AND id = :id")
                        .param("ws", ws)
                        .param("id", t.id())
                        .update();
            } else {
                jdbc.sql(
                                "UPDATE connections SET person_a_id = :a, person_b_id = :b WHERE workspace_id = :ws AND id = :id")
                        .param("ws", ws)
                        .param("a", a.toString())
                        .param("b", b.toString())
                        .param("id", t.id())
                        .update();
            }
        }
    }
}
