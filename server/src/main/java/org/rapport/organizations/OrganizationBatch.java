package org.rapport.organizations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rapport.accounts.CurrentMember;
import org.rapport.db.BatchColumns;
import org.rapport.db.ChangeLog;
import org.rapport.db.Ids;
import org.rapport.db.Keys;
import org.rapport.db.WorkspaceId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organizations and roles written in JDBC batches for imports of many people at once: one round
 * trip per batch instead of one per row. Same rows as {@link OrganizationService} writes one by one.
 */
@Component
public class OrganizationBatch {
    private final JdbcTemplate jdbc;
    private final ChangeLog changeLog;

    OrganizationBatch(JdbcTemplate jdbc, ChangeLog changeLog) {
        this.jdbc = jdbc;
        this.changeLog = changeLog;
    }

    /** A role to write: the person, the organization's id, what they do there and the role's place in their list. */
    public record RoleRow(UUID personId, UUID organizationId, RoleDraft role, int position) {}

    /** Every organization of the workspace by its name key ({@link Keys#nameKey}). */
    public Map<String, UUID> idsByNameKey(WorkspaceId ws) {
        Map<String, UUID> ids = new HashMap<>();
        jdbc.query(
                "SELECT name_key, id FROM organizations WHERE workspace_id = ? ORDER BY id DESC",
                rs -> {
                    ids.put(rs.getString(1), UUID.fromString(rs.getString(2)));
                },
                ws.toString());
        return ids;
    }

    /** Name keys of the organizations where each person holds or held a role. */
    public Map<UUID, List<String>> organizationKeysByPerson(WorkspaceId ws) {
        return organizationsByPerson(ws, "o.name_key");
    }

    /** Names of the organizations where each person holds or held a role, in the order of their roles. */
    public Map<UUID, List<String>> organizationNamesByPerson(WorkspaceId ws) {
        return organizationsByPerson(ws, "o.name");
    }

    private Map<UUID, List<String>> organizationsByPerson(WorkspaceId ws, String column) {
        Map<UUID, List<String>> keys = new HashMap<>();
        jdbc.query(
                """
                SELECT r.person_id, %s FROM roles r
                JOIN organizations o ON o.workspace_id = r.workspace_id AND o.id = r.organization_id
                WHERE r.workspace_id = ? ORDER BY r.person_id, r.position
                """.formatted(column),
                rs -> {
                    keys.computeIfAbsent(UUID.fromString(rs.getString(1)), k -> new ArrayList<>(1))
                            .add(rs.getString(2));
                },
                ws.toString());
        return keys;
    }

    /** Creates organizations by name (already known not to exist); answers their ids by name key. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, UUID> create(CurrentMember me, Collection<String> names) {
        Map<String, UUID> created = new HashMap<>();
        List<NewOrganization> rows = new ArrayList<>();
        for (String name : names) {
            String key = Keys.nameKey(name);
            if (created.containsKey(key)) {
                continue;
            }
            UUID id = Ids.newId();
            created.put(key, id);
            rows.add(new NewOrganization(id, name, key));
        }
        String ws = me.workspace().toString();
        long now = System.currentTimeMillis();
        var columns = BatchColumns.<NewOrganization>of()
                .varchar("workspace_id", o -> ws)
                .varchar("id", o -> o.id().toString())
                .varchar("name", NewOrganization::name)
                .varchar("name_key", NewOrganization::key)
                .bigint("created_at", o -> now)
                .bigint("updated_at", o -> now);
        jdbc.batchUpdate(
                "INSERT INTO organizations (%s, version) VALUES (%s, 1)"
                        .formatted(columns.names(), columns.placeholders()),
                columns.rows(rows),
                columns.types());
        changeLog.recordAll(
                me.workspace().value(), "organization", created.values(), ChangeLog.Operation.CREATE, me.memberId());
        return created;
    }

    private record NewOrganization(UUID id, String name, String key) {}

    @Transactional(propagation = Propagation.MANDATORY)
    public void replaceRoles(WorkspaceId ws, Collection<UUID> personIds, List<RoleRow> roles) {
        if (!personIds.isEmpty()) {
            jdbc.batchUpdate(
                    "DELETE FROM roles WHERE workspace_id = ? AND person_id = ?",
                    personIds.stream()
                            .map(id -> new Object[] {ws.toString(), id.toString()})
                            .toList());
        }
        insertRoles(ws, roles);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void insertRoles(WorkspaceId ws, List<RoleRow> roles) {
        String workspace = ws.toString();
        var columns = BatchColumns.<RoleRow>of()
                .varchar("workspace_id", r -> workspace)
                .varchar("id", r -> Ids.newId().toString())
                .varchar("person_id", r -> r.personId().toString())
                .varchar("organization_id", r -> r.organizationId().toString())
                .varchar("title", r -> r.role().title())
                .varchar("start_on", r -> r.role().start())
                .varchar("end_on", r -> r.role().end())
                .integer("position", RoleRow::position);
        jdbc.batchUpdate(
                "INSERT INTO roles (%s) VALUES (%s)".formatted(columns.names(), columns.placeholders()),
                columns.rows(roles),
                columns.types());
    }
}
