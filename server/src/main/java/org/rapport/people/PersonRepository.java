package org.rapport.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.db.Ids;
import org.rapport.db.Keys;
import org.rapport.db.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class PersonRepository {
    private static final TypeReference<List<Address>> ADDRESSES = new TypeReference<>() {};

    private static final String ROW_COLUMNS = "p.id, p.display_name, p.given_name, p.family_name, p.birthday,"
            + " p.addresses_json, p.notes, p.how_we_met, p.introduced_by_id, p.created_at, p.updated_at, p.version";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PersonRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The columns of the people table itself. */
    record PersonRow(
            UUID id,
            String displayName,
            @Nullable String givenName,
            @Nullable String familyName,
            @Nullable String birthday,
            List<Address> addresses,
            @Nullable String notes,
            @Nullable String howWeMet,
            @Nullable UUID introducedById,
            Instant createdAt,
            Instant updatedAt,
            long version) {}

    /** A contact point of one kind: email, phone or link. */
    record ContactPoint(String value, @Nullable String label) {}

    enum PointKind {
        EMAIL,
        PHONE,
        LINK;

        String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    void insert(WorkspaceId ws, PersonRow p) {
        jdbc.sql("""
                INSERT INTO people (workspace_id, id, display_name, sort_name, given_name, family_name, birthday,
                                    addresses_json, notes, how_we_met, introduced_by_id, created_at, updated_at, version)
                VALUES (:ws, :id, :displayName, :sortName, :givenName, :familyName, :birthday,
                        :addresses, :notes, :howWeMet, :introducedBy, :createdAt, :updatedAt, 1)
                """).params(params(ws, p)).update();
    }

    boolean update(WorkspaceId ws, PersonRow p, long expectedVersion) {
        Map<String, Object> params = params(ws, p);
        params.put("expected", expectedVersion);
        return jdbc.sql("""
                        UPDATE people SET display_name = :displayName, sort_name = :sortName, given_name = :givenName,
                               family_name = :familyName, birthday = :birthday, addresses_json = :addresses,
                               notes = :notes, how_we_met = :howWeMet, introduced_by_id = :introducedBy,
                               updated_at = :updatedAt, version = version + 1
                        WHERE workspace_id = :ws AND id = :id AND version = :expected
                        """).params(params).update() == 1;
    }

    private Map<String, Object> params(WorkspaceId ws, PersonRow p) {
        Map<String, Object> params = new HashMap<>();
        params.put("ws", ws.toString());
        params.put("id", p.id().toString());
        params.put("displayName", p.displayName());
        params.put("sortName", Keys.nameKey(p.displayName()));
        params.put("givenName", p.givenName());
        params.put("familyName", p.familyName());
        params.put("birthday", p.birthday());
        params.put("addresses", json.writeValueAsString(p.addresses()));
        params.put("notes", p.notes());
        params.put("howWeMet", p.howWeMet());
        params.put(
                "introducedBy",
                p.introducedById() == null ? null : p.introducedById().toString());
        params.put("createdAt", p.createdAt().toEpochMilli());
        params.put("updatedAt", p.updatedAt().toEpochMilli());
        return params;
    }

    boolean delete(WorkspaceId ws, UUID id) {
        return jdbc.sql("DELETE FROM people WHERE workspace_id = :ws AND id = :id")
                        .param("ws", ws.toString())
                        .param("id", id.toString())
                        .update()
                == 1;
    }

    /** Marks people as deleted (or, with null, not any more): hidden everywhere until purged. */
    int markDeleted(WorkspaceId ws, Collection<UUID> ids, @Nullable Long at) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("UPDATE people SET deleted_at = :at WHERE workspace_id = :ws AND id IN (:ids)")
                .param("at", at)
                .param("ws", ws.toString())
                .param("ids", strings(ids))
                .update();
    }

    /** People marked deleted before {@code cutoff}, in every workspace: the purge's work list. */
    List<Map.Entry<WorkspaceId, UUID>> markedDeletedBefore(long cutoff) {
        return jdbc.sql("SELECT workspace_id, id FROM people WHERE deleted_at IS NOT NULL AND deleted_at < :cutoff")
                .param("cutoff", cutoff)
                .query((rs, n) ->
                        Map.entry(new WorkspaceId(UUID.fromString(rs.getString(1))), UUID.fromString(rs.getString(2))))
                .list();
    }

    /** Others who name this person as the one who introduced them forget it (the person is going). */
    void clearIntroducedBy(WorkspaceId ws, UUID personId) {
        jdbc.sql("UPDATE people SET introduced_by_id = NULL WHERE workspace_id = :ws AND introduced_by_id = :id")
                .param("ws", ws.toString())
                .param("id", personId.toString())
                .update();
    }

    Map<UUID, PersonRow> rows(WorkspaceId ws, Collection<UUID> ids) {
        Map<UUID, PersonRow> rows = new HashMap<>();
        if (ids.isEmpty()) {
            return rows;
        }
        jdbc
                .sql("""
                SELECT %s, p.deleted_at FROM people p WHERE p.workspace_id = :ws AND p.id IN (:ids)
                """.formatted(ROW_COLUMNS))
                .param("ws", ws.toString())
                .param("ids", strings(ids))
                // Pending deletion is filtered here, not in SQL, so both planners look ids up by key
                // rather than walking the partial name index (people_sort) of live people.
                .query((rs, n) -> rs.getObject("deleted_at") == null ? mapRow(rs, n) : null)
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .forEach(row -> rows.put(row.id(), row));
        return rows;
    }

    /** People whose name is exactly this one, ignoring case, accents and spacing. */
    List<UUID> idsNamed(WorkspaceId ws, String name) {
        return jdbc.sql(
                        "SELECT id FROM people WHERE workspace_id = :ws AND sort_name = :key AND deleted_at IS NULL ORDER BY id")
                .param("ws", ws.toString())
                .param("key", Keys.nameKey(name))
                .query((rs, n) -> UUID.fromString(rs.getString(1)))
                .list();
    }

    Set<UUID> existing(WorkspaceId ws, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(jdbc
                .sql("SELECT id, deleted_at FROM people WHERE workspace_id = :ws AND id IN (:ids)")
                .param("ws", ws.toString())
                .param("ids", strings(ids))
                .query((rs, n) -> rs.getObject(2) == null ? UUID.fromString(rs.getString(1)) : null)
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .toList());
    }

    Map<UUID, String> displayNames(WorkspaceId ws, Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT id, display_name FROM people WHERE workspace_id = :ws AND id IN (:ids)")
                .param("ws", ws.toString())
                .param("ids", strings(ids))
                .query((rs, n) -> Map.entry(UUID.fromString(rs.getString(1)), rs.getString(2)))
                .list()
                .forEach(e -> names.put(e.getKey(), e.getValue()));
        return names;
    }

    // --- contact points ---

    void replaceContactPoints(WorkspaceId ws, UUID personId, PointKind kind, List<ContactPoint> points) {
        jdbc.sql("DELETE FROM person_contact_points WHERE workspace_id = :ws AND person_id = :id AND kind = :kind")
                .param("ws", ws.toString())
                .param("id", personId.toString())
                .param("kind", kind.column())
                .update();
        for (int i = 0; i < points.size(); i++) {
            ContactPoint point = points.get(i);
            jdbc.sql("""
                    INSERT INTO person_contact_points (workspace_id, person_id, kind, position, value, label, match_key)
                    VALUES (:ws, :id, :kind, :position, :value, :label, :key)
                    """)
                    .param("ws", ws.toString())
                    .param("id", personId.toString())
                    .param("kind", kind.column())
                    .param("position", i)
                    .param("value", point.value())
                    .param("label", point.label())
                    .param("key", matchKey(kind, point.value()))
                    .update();
        }
    }

    static String matchKey(PointKind kind, String value) {
        return switch (kind) {
            case EMAIL -> Keys.emailKey(value);
            case PHONE -> Keys.phoneKey(value);
            case LINK -> Keys.linkKey(value);
        };
    }

    /** A person's emails, phones, links and tags, read together. */
    record Details(Map<PointKind, List<ContactPoint>> points, List<String> tags) {
        static final Details NONE = new Details(Map.of(), List.of());
    }

    /** Contact points and tags of several people in one query (one round trip per list, not two). */
    Map<UUID, Details> details(WorkspaceId ws, Collection<UUID> ids) {
        Map<UUID, Map<PointKind, List<ContactPoint>>> points = new HashMap<>();
        Map<UUID, List<String>> tags = new HashMap<>();
        if (ids.isEmpty()) {
            return Map.of();
        }
        jdbc.sql("""
                SELECT person_id, kind, value, label, position, '' AS name_key FROM person_contact_points
                WHERE workspace_id = :ws AND person_id IN (:ids)
                UNION ALL
                SELECT pt.person_id, 'tag', t.name, NULL, 0, t.name_key FROM person_tags pt
                JOIN tags t ON t.workspace_id = pt.workspace_id AND t.id = pt.tag_id
                WHERE pt.workspace_id = :ws AND pt.person_id IN (:ids)
                ORDER BY 1, 2, 5, 6
                """)
                .param("ws", ws.toString())
                .param("ids", strings(ids))
                .query((rs, n) -> {
                    UUID person = UUID.fromString(rs.getString(1));
                    String kind = rs.getString(2);
                    if ("tag".equals(kind)) {
                        tags.computeIfAbsent(person, k -> new ArrayList<>()).add(rs.getString(3));
                    } else {
                        points.computeIfAbsent(person, k -> new HashMap<>())
                                .computeIfAbsent(
                                        PointKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)),
                                        k -> new ArrayList<>())
                                .add(new ContactPoint(rs.getString(3), rs.getString(4)));
                    }
                    return null;
                })
                .list();
        Map<UUID, Details> details = new HashMap<>();
        for (UUID id : ids) {
            details.put(id, new Details(points.getOrDefault(id, Map.of()), tags.getOrDefault(id, List.of())));
        }
        return details;
    }

    // --- tags ---

    void replaceTags(WorkspaceId ws, UUID personId, List<String> names) {
        jdbc.sql("DELETE FROM person_tags WHERE workspace_id = :ws AND person_id = :id")
                .param("ws", ws.toString())
                .param("id", personId.toString())
                .update();
        for (String name : names) {
            UUID tagId = tagId(ws, name);
            jdbc.sql("INSERT INTO person_tags (workspace_id, person_id, tag_id) VALUES (:ws, :person, :tag)")
                    .param("ws", ws.toString())
                    .param("person", personId.toString())
                    .param("tag", tagId.toString())
                    .update();
        }
    }

    private UUID tagId(WorkspaceId ws, String name) {
        String key = Keys.nameKey(name);
        return jdbc.sql("SELECT id FROM tags WHERE workspace_id = :ws AND name_key = :key")
                .param("ws", ws.toString())
                .param("key", key)
                .query((rs, n) -> UUID.fromString(rs.getString(1)))
                .optional()
                .orElseGet(() -> {
                    UUID id = Ids.newId();
                    jdbc.sql("INSERT INTO tags (workspace_id, id, name, name_key) VALUES (:ws, :id, :name, :key)")
                            .param("ws", ws.toString())
                            .param("id", id.toString())
                            .param("name", name)
                            .param("key", key)
                            .update();
                    return id;
                });
    }

    /** Every tag of the workspace with how many people carry it, by name. */
    List<Map.Entry<String, Long>> tagCounts(WorkspaceId ws) {
        return jdbc.sql("""
                SELECT t.name, count(pt.person_id) FROM tags t
                LEFT JOIN person_tags pt ON pt.workspace_id = t.workspace_id AND pt.tag_id = t.id
                  AND EXISTS (SELECT 1 FROM people p WHERE p.workspace_id = pt.workspace_id AND p.id = pt.person_id
                              AND p.deleted_at IS NULL)
                WHERE t.workspace_id = :ws GROUP BY t.id, t.name, t.name_key ORDER BY t.name_key
                """)
                .param("ws", ws.toString())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list();
    }

    // --- lists ---

    /** The SQL of a filtered people list: what to select from, the conditions, the order and the parameters. */
    private record Selection(String from, String countFrom, String where, String order, Map<String, Object> params) {}

    /** How many people match the filter. */
    long count(WorkspaceId ws, UUID memberId, PersonFilter filter) {
        Selection s = select(ws, memberId, filter);
        if (s == null) {
            return 0;
        }
        return jdbc.sql("SELECT count(*)" + s.countFrom() + s.where())
                .params(s.params())
                .query(Long.class)
                .single();
    }

    /**
     * One page of the people matching the filter, in the filter's order, with the workspace's last
     * change-log sequence read in the same statement (one round trip less for {@link PeopleCounts}).
     */
    record Page(List<PersonRow> rows, long changeSequence) {}

    Page page(WorkspaceId ws, UUID memberId, PersonFilter filter, int limit, long offset) {
        Selection s = select(ws, memberId, filter);
        if (s == null) {
            return new Page(List.of(), -1);
        }
        Map<String, Object> params = new HashMap<>(s.params());
        params.put("limit", limit);
        params.put("offset", offset);
        long[] sequence = {-1};
        List<PersonRow> rows = jdbc.sql("SELECT " + ROW_COLUMNS
                        + ", (SELECT coalesce(max(c.seq), 0) FROM change_log c WHERE c.workspace_id = :ws) AS change_seq"
                        + s.from() + s.where() + s.order() + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> {
                    sequence[0] = rs.getLong("change_seq");
                    return mapRow(rs, n);
                })
                .list();
        return new Page(rows, sequence[0]);
    }

    /** Every id matching the filter, in the filter's order (for orders the database cannot make). */
    List<UUID> ids(WorkspaceId ws, UUID memberId, PersonFilter filter) {
        Selection s = select(ws, memberId, filter);
        if (s == null) {
            return List.of();
        }
        return jdbc.sql("SELECT p.id" + s.from() + s.where() + s.order())
                .params(s.params())
                .query((rs, n) -> UUID.fromString(rs.getString(1)))
                .list();
    }

    /** Null when the filter can match nobody (an empty id list). */
    private @Nullable Selection select(WorkspaceId ws, UUID memberId, PersonFilter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("ws", ws.toString());
        params.put("member", memberId.toString());
        StringBuilder where = new StringBuilder(" WHERE p.workspace_id = :ws AND p.deleted_at IS NULL");
        if (filter.q() != null && !filter.q().isBlank()) {
            // The contact points are matched once, not once per person: a correlated EXISTS here
            // costs an index probe per person on SQLite, and on PostgreSQL its cost estimate is high
            // enough to JIT-compile every count (see docs/benchmarks.md, Web pages).
            where.append("""
                     AND (p.sort_name LIKE :q ESCAPE '\\' OR p.id IN (SELECT c.person_id FROM person_contact_points c
                          WHERE c.workspace_id = :ws AND c.match_key LIKE :qRaw ESCAPE '\\'))
                    """);
            params.put("q", Keys.containsPattern(Keys.nameKey(filter.q())));
            params.put("qRaw", Keys.containsPattern(filter.q().trim().toLowerCase(java.util.Locale.ROOT)));
        }
        if (filter.kind() != null) {
            where.append(" AND r.kinds LIKE :kind");
            params.put("kind", "%," + filter.kind().wire() + ",%");
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            where.append("""
                     AND EXISTS (SELECT 1 FROM person_tags pt JOIN tags t ON t.workspace_id = pt.workspace_id AND t.id = pt.tag_id
                          WHERE pt.workspace_id = p.workspace_id AND pt.person_id = p.id AND t.name_key = :tag)
                    """);
            params.put("tag", Keys.nameKey(filter.tag()));
        }
        if (filter.tier() != null) {
            where.append(" AND r.closeness_tier = :tier");
            params.put("tier", filter.tier().wire());
        }
        if (filter.dueBy() != null) {
            where.append(" AND r.next_contact_due <= :dueBy");
            params.put("dueBy", filter.dueBy().toString());
        }
        if (filter.onlyIds() != null) {
            if (filter.onlyIds().isEmpty()) {
                return null;
            }
            where.append(" AND p.id IN (:only)");
            params.put("only", strings(filter.onlyIds()));
        }
        // The member's relationships are joined only when the filter or the order needs them: on
        // SQLite the join costs a probe per person, which dominates counting a large workspace.
        boolean filtersOnRelationship = filter.kind() != null || filter.tier() != null || filter.dueBy() != null;
        boolean sortsOnRelationship =
                filter.sort() == PersonFilter.Sort.LAST_CONTACT || filter.sort() == PersonFilter.Sort.NEXT_DUE;
        String relationship = " relationships r ON r.workspace_id = p.workspace_id AND r.member_id = :member"
                + " AND r.person_id = p.id";
        String from = filtersOnRelationship
                ? " FROM people p JOIN" + relationship
                : sortsOnRelationship ? " FROM people p LEFT JOIN" + relationship : " FROM people p";
        String order = switch (filter.sort()) {
            case NAME -> " ORDER BY p.sort_name, p.id";
            case LAST_CONTACT -> " ORDER BY r.last_contact_at DESC NULLS LAST, p.sort_name, p.id";
            case RECENTLY_ADDED -> " ORDER BY p.created_at DESC, p.id DESC";
            case NEXT_DUE -> " ORDER BY r.next_contact_due NULLS LAST, p.sort_name, p.id";
            // Strength is not stored: the service orders these ids by it.
            case STRENGTH -> " ORDER BY p.sort_name, p.id";
        };
        // A LEFT JOIN on the relationship's key never changes the count, so the count skips it.
        String countFrom = filtersOnRelationship ? from : " FROM people p";
        return new Selection(from, countFrom, where.toString(), order, params);
    }

    private PersonRow mapRow(ResultSet rs, int n) throws SQLException {
        String introducedBy = rs.getString("introduced_by_id");
        return new PersonRow(
                UUID.fromString(rs.getString("id")),
                rs.getString("display_name"),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getString("birthday"),
                json.readValue(rs.getString("addresses_json"), ADDRESSES),
                rs.getString("notes"),
                rs.getString("how_we_met"),
                introducedBy == null ? null : UUID.fromString(introducedBy),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")),
                rs.getLong("version"));
    }

    static List<String> strings(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).distinct().toList();
    }
}
