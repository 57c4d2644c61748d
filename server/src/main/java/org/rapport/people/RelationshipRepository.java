package org.rapport.people;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.rapport.db.Rows;
import org.rapport.db.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RelationshipRepository {
    private final JdbcClient jdbc;

    RelationshipRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, Relationship> of(WorkspaceId ws, UUID memberId, Collection<UUID> personIds, CadenceDefaults defaults) {
        Map<UUID, Relationship> byPerson = new HashMap<>();
        if (personIds.isEmpty()) {
            return byPerson;
        }
        jdbc.sql("""
                SELECT person_id, kinds, closeness_tier, cadence_days, last_contact_at, last_contact_offset, next_contact_due
                FROM relationships WHERE workspace_id = :ws AND member_id = :member AND person_id IN (:people)
                """)
                .param("ws", ws.toString())
                .param("member", memberId.toString())
                .param("people", PersonRepository.strings(personIds))
                .query((rs, n) -> {
                    byPerson.put(UUID.fromString(rs.getString("person_id")), map(rs, defaults));
                    return null;
                })
                .list();
        return byPerson;
    }

    /** Every relationship of the workspace, each member's, for recomputing when defaults change. */
    List<Map.Entry<UUID, Map.Entry<UUID, Relationship>>> all(WorkspaceId ws, CadenceDefaults defaults) {
        return jdbc.sql("""
                SELECT member_id, person_id, kinds, closeness_tier, cadence_days, last_contact_at, last_contact_offset,
                       next_contact_due
                FROM relationships WHERE workspace_id = :ws
                """)
                .param("ws", ws.toString())
                .query((rs, n) -> Map.entry(
                        UUID.fromString(rs.getString("member_id")),
                        Map.entry(UUID.fromString(rs.getString("person_id")), map(rs, defaults))))
                .list();
    }

    private static Relationship map(java.sql.ResultSet rs, CadenceDefaults defaults) throws java.sql.SQLException {
        Long at = Rows.nullableLong(rs, "last_contact_at");
        String tier = rs.getString("closeness_tier");
        String due = rs.getString("next_contact_due");
        Set<Kind> kinds = kinds(rs.getString("kinds"));
        ClosenessTier closeness = tier == null ? null : ClosenessTier.fromWire(tier);
        Integer cadence = Rows.nullableInt(rs, "cadence_days");
        return new Relationship(
                kinds,
                closeness,
                cadence,
                defaults.effective(cadence, closeness, kinds),
                at == null
                        ? null
                        : OffsetDateTime.ofInstant(
                                Instant.ofEpochMilli(at), ZoneOffset.ofTotalSeconds(rs.getInt("last_contact_offset"))),
                due == null ? null : LocalDate.parse(due));
    }

    void save(WorkspaceId ws, UUID memberId, UUID personId, Relationship r) {
        jdbc.sql("""
                INSERT INTO relationships (workspace_id, member_id, person_id, kinds, closeness_tier, cadence_days,
                                           last_contact_at, last_contact_offset, next_contact_due)
                VALUES (:ws, :member, :person, :kinds, :tier, :cadence, :lastAt, :lastOffset, :due)
                ON CONFLICT (workspace_id, member_id, person_id) DO UPDATE SET
                    kinds = excluded.kinds, closeness_tier = excluded.closeness_tier, cadence_days = excluded.cadence_days,
                    last_contact_at = excluded.last_contact_at, last_contact_offset = excluded.last_contact_offset,
                    next_contact_due = excluded.next_contact_due
                """)
                .param("ws", ws.toString())
                .param("member", memberId.toString())
                .param("person", personId.toString())
                .param("kinds", wire(r.kinds()))
                .param(
                        "tier",
                        r.closenessTier() == null ? null : r.closenessTier().wire())
                .param("cadence", r.cadenceDays())
                .param(
                        "lastAt",
                        r.lastContactAt() == null
                                ? null
                                : r.lastContactAt().toInstant().toEpochMilli())
                .param(
                        "lastOffset",
                        r.lastContactAt() == null
                                ? null
                                : r.lastContactAt().getOffset().getTotalSeconds())
                .param(
                        "due",
                        r.nextContactDue() == null ? null : r.nextContactDue().toString())
                .update();
    }

    /** ",personal,job_search," — wrapped in commas so one LIKE finds a kind on both databases. */
    static String wire(Set<Kind> kinds) {
        if (kinds.isEmpty()) {
            return ",";
        }
        return kinds.stream().sorted().map(Kind::wire).collect(Collectors.joining(",", ",", ","));
    }

    static Set<Kind> kinds(String wire) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        Arrays.stream(wire.split(","))
                .filter(s -> !s.isEmpty())
                .map(Kind::fromWire)
                .forEach(kinds::add);
        return kinds;
    }
}
