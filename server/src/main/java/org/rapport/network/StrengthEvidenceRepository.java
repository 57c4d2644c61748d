package org.rapport.network;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.db.WorkspaceId;
import org.rapport.people.ClosenessTier;
import org.rapport.people.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the evidence for strength in three aggregate queries, for a handful of people or for the
 * whole workspace at once: never one query per person.
 */
@Repository
class StrengthEvidenceRepository {
    private final JdbcClient jdbc;

    StrengthEvidenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Evidence for the given people, or for everyone there is any about (met, rated or connected) when ids is null. */
    Map<UUID, StrengthEvidence> load(CurrentMember me, @Nullable Collection<UUID> ids) {
        Map<UUID, StrengthEvidence> evidence = new HashMap<>();
        Function<UUID, StrengthEvidence> of = id -> evidence.computeIfAbsent(id, k -> new StrengthEvidence());
        // For a few people the participants lead (their person index), which SQLite only does when
        // told: CROSS JOIN fixes its join order. Without it SQLite walks every encounter of the
        // workspace first (seconds on 300,000 encounters). PostgreSQL plans either form alike.
        String participants = ids == null ? """
                  FROM encounter_participants p
                  JOIN encounters e ON e.workspace_id = p.workspace_id AND e.id = p.encounter_id
                  """ : """
                  FROM encounter_participants p
                  CROSS JOIN encounters e
                  """;
        String match = ids == null
                ? " WHERE p.workspace_id = :ws AND e.member_id = :member"
                : " WHERE e.workspace_id = p.workspace_id AND e.id = p.encounter_id"
                        + " AND p.workspace_id = :ws AND e.member_id = :member AND p.person_id IN (:ids)";
        // Exchanges without a person belong to every participant, as on the person page.
        var contacts = jdbc.sql("""
                        SELECT p.person_id, e.id AS encounter_id, e.occurred_at, e.channel, e.kind,
                               COALESCE(SUM(CASE WHEN x.direction = 'gave' THEN 1 ELSE 0 END), 0) AS gave,
                               COALESCE(SUM(CASE WHEN x.direction = 'received' THEN 1 ELSE 0 END), 0) AS received
                        """
                        + participants
                        + """
                        LEFT JOIN exchanges x ON x.workspace_id = e.workspace_id AND x.encounter_id = e.id
                             AND (x.person_id = p.person_id OR x.person_id IS NULL)
                        """
                        + match
                        + " GROUP BY p.person_id, e.id, e.occurred_at, e.channel, e.kind")
                .param("ws", me.workspace().toString())
                .param("member", me.memberId().toString());
        if (ids != null) {
            contacts = contacts.param("ids", ids.stream().map(UUID::toString).toList());
        }
        contacts.query(rs -> {
            int received = rs.getInt("received");
            of.apply(UUID.fromString(rs.getString("person_id")))
                    .contacts
                    .add(new StrengthEvidence.Contact(
                            UUID.fromString(rs.getString("encounter_id")),
                            Instant.ofEpochMilli(rs.getLong("occurred_at")),
                            weight(rs.getString("channel"), received),
                            Kind.fromWire(rs.getString("kind")),
                            rs.getInt("gave"),
                            received));
        });

        var relationships = jdbc.sql("SELECT person_id, kinds, closeness_tier FROM relationships"
                        + " WHERE workspace_id = :ws AND member_id = :member"
                        + (ids == null ? "" : " AND person_id IN (:ids)"))
                .param("ws", me.workspace().toString())
                .param("member", me.memberId().toString());
        if (ids != null) {
            relationships =
                    relationships.param("ids", ids.stream().map(UUID::toString).toList());
        }
        relationships.query(rs -> {
            String kinds = rs.getString("kinds");
            String tier = rs.getString("closeness_tier");
            if ((kinds == null || kinds.replace(",", "").isBlank()) && tier == null) {
                return;
            }
            StrengthEvidence e = of.apply(UUID.fromString(rs.getString("person_id")));
            for (String k : kinds == null ? new String[0] : kinds.split(",")) {
                if (!k.isBlank()) {
                    e.relationshipKinds.add(Kind.fromWire(k));
                }
            }
            e.tier = tier == null ? null : ClosenessTier.fromWire(tier);
        });

        // The id filter sits inside each half of the union, so each half uses its index.
        String onlyA = ids == null ? "" : " AND person_a_id IN (:ids)";
        String onlyB = ids == null ? "" : " AND person_b_id IN (:ids)";
        var connections = jdbc.sql("SELECT person_id, COUNT(DISTINCT other_id) AS n FROM ("
                        + " SELECT person_a_id AS person_id, person_b_id AS other_id FROM connections"
                        + " WHERE workspace_id = :ws" + onlyA
                        + " UNION ALL"
                        + " SELECT person_b_id, person_a_id FROM connections WHERE workspace_id = :ws" + onlyB
                        + ") c GROUP BY person_id")
                .param("ws", me.workspace().toString());
        if (ids != null) {
            connections =
                    connections.param("ids", ids.stream().map(UUID::toString).toList());
        }
        connections.query(rs -> {
            UUID person = UUID.fromString(rs.getString("person_id"));
            // Everyone with connections, met or not: a person's strength is the same whether it was
            // read for them alone or for the whole workspace.
            of.apply(person).sharedConnections = rs.getInt("n");
        });
        return evidence;
    }

    /** Whom changed encounters and connections are about, as the tables say now. */
    record Touched(Set<UUID> people, boolean connectionGone) {}

    Touched touchedBy(WorkspaceId ws, Collection<UUID> encounters, Collection<UUID> connections) {
        Set<UUID> people = new HashSet<>();
        for (List<String> chunk : chunks(encounters)) {
            jdbc.sql("SELECT person_id FROM encounter_participants WHERE workspace_id = :ws AND encounter_id IN (:ids)")
                    .param("ws", ws.toString())
                    .param("ids", chunk)
                    .query((rs, n) -> UUID.fromString(rs.getString(1)))
                    .list()
                    .forEach(people::add);
        }
        int found = 0;
        for (List<String> chunk : chunks(connections)) {
            var ends = jdbc.sql(
                            "SELECT person_a_id, person_b_id FROM connections WHERE workspace_id = :ws AND id IN (:ids)")
                    .param("ws", ws.toString())
                    .param("ids", chunk)
                    .query((rs, n) -> List.of(UUID.fromString(rs.getString(1)), UUID.fromString(rs.getString(2))))
                    .list();
            found += ends.size();
            ends.forEach(people::addAll);
        }
        return new Touched(people, found < connections.size());
    }

    private static List<List<String>> chunks(Collection<UUID> ids) {
        List<String> all = ids.stream().map(UUID::toString).toList();
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 500) {
            chunks.add(all.subList(from, Math.min(all.size(), from + 500)));
        }
        return chunks;
    }

    private static StrengthEvidence.Weight weight(String channel, int received) {
        return switch (channel) {
            case "in_person", "call", "video", "event" -> StrengthEvidence.Weight.CONVERSATION;
            default ->
                received > 0 ? StrengthEvidence.Weight.RECIPROCATED_MESSAGE : StrengthEvidence.Weight.ONE_WAY_MESSAGE;
        };
    }
}
