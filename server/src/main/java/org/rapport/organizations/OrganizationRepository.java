package org.rapport.organizations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.db.Keys;
import org.rapport.db.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrganizationRepository {
    private static final String SELECT = """
            SELECT o.id, o.name, o.website, o.notes, o.created_at, o.updated_at, o.version,
                   (SELECT count(DISTINCT r.person_id) FROM roles r
                     WHERE r.workspace_id = o.workspace_id AND r.organization_id = o.id AND r.end_on IS NULL) AS current_people,
                   (SELECT count(DISTINCT r.person_id) FROM roles r
                     WHERE r.workspace_id = o.workspace_id AND r.organization_id = o.id AND r.end_on IS NOT NULL) AS former_people
            FROM organizations o
            """;

    private final JdbcClient jdbc;

    OrganizationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkspaceId ws, UUID id, String name, @Nullable String website, @Nullable String notes, long now) {
        jdbc.sql("""
                INSERT INTO organizations (workspace_id, id, name, name_key, website, notes, created_at, updated_at, version)
                VALUES (:ws, :id, :name, :key, :website, :notes, :now, :now, 1)
                """)
                .param("ws", ws.toString())
                .param("id", id.toString())
                .param("name", name)
                .param("key", Keys.nameKey(name))
                .param("website", website)
                .param("notes", notes)
                .param("now", now)
                .update();
    }

    boolean update(
            WorkspaceId ws,
            UUID id,
            String name,
            @Nullable String website,
            @Nullable String notes,
            long version,
            long now) {
        return jdbc.sql("""
                        UPDATE organizations SET name = :name, name_key = :key, website = :website, notes = :notes,
                               updated_at = :now, version = version + 1
                        WHERE workspace_id = :ws AND id = :id AND version = :version
                        """)
                        .param("name", name)
                        .param("key", Keys.nameKey(name))
                        .param("website", website)
                        .param("notes", notes)
                        .param("now", now)
                        .param("ws", ws.toString())
                        .param("id", id.toString())
                        .param("version", version)
                        .update()
                == 1;
    }

    boolean delete(WorkspaceId ws, UUID id) {
        return jdbc.sql("DELETE FROM organizations WHERE workspace_id = :ws AND id = :id")
                        .param("ws", ws.toString())
                        .param("id", id.toString())
                        .update()
                == 1;
    }

    Optional<Organization> find(WorkspaceId ws, UUID id) {
        return jdbc.sql(SELECT + " WHERE o.workspace_id = :ws AND o.id = :id")
                .param("ws", ws.toString())
                .param("id", id.toString())
                .query(OrganizationRepository::map)
                .optional();
    }

    Optional<UUID> findIdByName(WorkspaceId ws, String name) {
        return jdbc.sql("SELECT id FROM organizations WHERE workspace_id = :ws AND name_key = :key ORDER BY id LIMIT 1")
                .param("ws", ws.toString())
                .param("key", Keys.nameKey(name))
                .query((rs, n) -> UUID.fromString(rs.getString(1)))
                .optional();
    }

    List<Organization> list(WorkspaceId ws, @Nullable String q, int limit, long offset) {
        return jdbc.sql(SELECT + " WHERE o.workspace_id = :ws" + nameFilter(q)
                        + " ORDER BY o.name_key, o.id LIMIT :limit OFFSET :offset")
                .param("ws", ws.toString())
                .param("q", q == null ? "" : Keys.containsPattern(Keys.nameKey(q)))
                .param("limit", limit)
                .param("offset", offset)
                .query(OrganizationRepository::map)
                .list();
    }

    long count(WorkspaceId ws, @Nullable String q) {
        return jdbc.sql("SELECT count(*) FROM organizations o WHERE o.workspace_id = :ws" + nameFilter(q))
                .param("ws", ws.toString())
                .param("q", q == null ? "" : Keys.containsPattern(Keys.nameKey(q)))
                .query(Long.class)
                .single();
    }

    long countIn(WorkspaceId ws, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT count(*) FROM organizations WHERE workspace_id = :ws AND id IN (:ids)")
                .param("ws", ws.toString())
                .param("ids", ids.stream().map(UUID::toString).toList())
                .query(Long.class)
                .single();
    }

    // --- roles ---

    void deleteRolesOf(WorkspaceId ws, UUID personId) {
        jdbc.sql("DELETE FROM roles WHERE workspace_id = :ws AND person_id = :person")
                .param("ws", ws.toString())
                .param("person", personId.toString())
                .update();
    }

    void insertRole(WorkspaceId ws, UUID id, UUID personId, UUID organizationId, RoleDraft role, int position) {
        jdbc.sql("""
                INSERT INTO roles (workspace_id, id, person_id, organization_id, title, start_on, end_on, position)
                VALUES (:ws, :id, :person, :org, :title, :start, :end, :position)
                """)
                .param("ws", ws.toString())
                .param("id", id.toString())
                .param("person", personId.toString())
                .param("org", organizationId.toString())
                .param("title", role.title())
                .param("start", role.start())
                .param("end", role.end())
                .param("position", position)
                .update();
    }

    Map<UUID, List<Role>> rolesOf(WorkspaceId ws, Collection<UUID> personIds) {
        Map<UUID, List<Role>> byPerson = new LinkedHashMap<>();
        if (personIds.isEmpty()) {
            return byPerson;
        }
        jdbc.sql("""
                SELECT r.person_id, r.organization_id, o.name, r.title, r.start_on, r.end_on
                FROM roles r JOIN organizations o ON o.workspace_id = r.workspace_id AND o.id = r.organization_id
                WHERE r.workspace_id = :ws AND r.person_id IN (:people)
                ORDER BY r.person_id, r.position
                """)
                .param("ws", ws.toString())
                .param("people", personIds.stream().map(UUID::toString).toList())
                .query((rs, n) -> new Role(
                        UUID.fromString(rs.getString(1)),
                        UUID.fromString(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list()
                .forEach(role -> byPerson.computeIfAbsent(role.personId(), k -> new java.util.ArrayList<>())
                        .add(role));
        return byPerson;
    }

    List<UUID> peopleAt(WorkspaceId ws, UUID organizationId, boolean currentOnly) {
        return jdbc.sql("SELECT DISTINCT person_id FROM roles WHERE workspace_id = :ws AND organization_id = :org"
                        + (currentOnly ? " AND end_on IS NULL" : ""))
                .param("ws", ws.toString())
                .param("org", organizationId.toString())
                .query((rs, n) -> UUID.fromString(rs.getString(1)))
                .list();
    }

    /** The people at each of these organizations, in one query per 500 organizations (none there: an empty list). */
    java.util.Map<UUID, List<UUID>> peopleAt(
            WorkspaceId ws, java.util.Collection<UUID> organizationIds, boolean currentOnly) {
        java.util.Map<UUID, List<UUID>> there = new java.util.LinkedHashMap<>();
        organizationIds.forEach(id -> there.put(id, new java.util.ArrayList<>()));
        List<String> ids = there.keySet().stream().map(UUID::toString).toList();
        for (int from = 0; from < ids.size(); from += 500) {
            jdbc.sql("SELECT DISTINCT organization_id, person_id FROM roles WHERE workspace_id = :ws"
                            + " AND organization_id IN (:orgs)" + (currentOnly ? " AND end_on IS NULL" : ""))
                    .param("ws", ws.toString())
                    .param("orgs", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .query(rs -> {
                        there.get(UUID.fromString(rs.getString(1))).add(UUID.fromString(rs.getString(2)));
                    });
        }
        return there;
    }

    private static String nameFilter(@Nullable String q) {
        return q == null || q.isBlank() ? "" : " AND o.name_key LIKE :q ESCAPE '\\'";
    }

    private static Organization map(ResultSet rs, int row) throws SQLException {
        return new Organization(
                UUID.fromString(rs.getString("id")),
                rs.getString("name"),
                rs.getString("website"),
                rs.getString("notes"),
                rs.getInt("current_people"),
                rs.getInt("former_people"),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")),
                rs.getLong("version"));
    }
}
