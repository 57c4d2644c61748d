package org.rapport.people;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.db.Rows;
import org.rapport.db.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TieRepository {
    private final JdbcClient jdbc;

    TieRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Tie> withContact(WorkspaceId ws, UUID memberId, @Nullable Kind kind, CadenceDefaults defaults) {
        return withContact(ws, memberId, kind, null, defaults);
    }

    /** Ties with a last contact, of one kind when {@code kind} is set, of the given people when {@code ids} is. */
    List<Tie> withContact(
            WorkspaceId ws,
            UUID memberId,
            @Nullable Kind kind,
            @Nullable Collection<UUID> ids,
            CadenceDefaults defaults) {
        if (ids != null && ids.isEmpty()) {
            return List.of();
        }
        String sql = """
                SELECT r.person_id, p.display_name, r.kinds, r.closeness_tier, r.cadence_days, r.last_contact_at,
                       r.last_contact_offset, r.next_contact_due
                FROM relationships r JOIN people p ON p.workspace_id = r.workspace_id AND p.id = r.person_id
                WHERE r.workspace_id = :ws AND r.member_id = :member AND r.last_contact_at IS NOT NULL
                  AND p.deleted_at IS NULL
                """;
        var statement = jdbc.sql(sql
                        + (kind == null ? "" : " AND r.kinds LIKE :kind")
                        + (ids == null ? "" : " AND r.person_id IN (:ids)"))
                .param("ws", ws.toString())
                .param("member", memberId.toString());
        if (kind != null) {
            statement = statement.param("kind", "%," + kind.wire() + ",%");
        }
        if (ids != null) {
            statement = statement.param("ids", ids.stream().map(UUID::toString).toList());
        }
        return statement
                .query((rs, n) -> {
                    Set<Kind> kinds = RelationshipRepository.kinds(rs.getString("kinds"));
                    String tier = rs.getString("closeness_tier");
                    ClosenessTier closeness = tier == null ? null : ClosenessTier.fromWire(tier);
                    String due = rs.getString("next_contact_due");
                    return new Tie(
                            UUID.fromString(rs.getString("person_id")),
                            rs.getString("display_name"),
                            kinds,
                            closeness,
                            defaults.effective(Rows.nullableInt(rs, "cadence_days"), closeness, kinds),
                            OffsetDateTime.ofInstant(
                                    Instant.ofEpochMilli(rs.getLong("last_contact_at")),
                                    ZoneOffset.ofTotalSeconds(rs.getInt("last_contact_offset"))),
                            due == null ? null : LocalDate.parse(due));
                })
                .list();
    }
}
