package org.rapport.organizations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rapport.accounts.CurrentMember;
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
        List<Object[]> rows = new ArrayList<>();
        long now = System.currentTimeMillis();
        for (String name : names) {
            String key = Keys.nameKey(name);
            if (created.containsKey(key)) {
                continue;
            }
            UUID id = Ids.newId();
            created.put(key, id);
            rows.add(new Object[] {me.workspace().toString(), id.toString(), name, key, now, now});
        }
        jdbc.batchUpdate("""
                INSERT INTO organizations (workspace_id, id, name, name_key, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, 1)
                """, rows);
        changeLog.recordAll(
                me.workspace().value(), "organization", created.values(), ChangeLog.Operation.CREATE, me.memberId());
        return created;
    }

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
        jdbc.batchUpdate(
                """
                INSERT INTO roles (workspace_id, id, person_id, organization_id, title, start_on, end_on, position)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
                roles.stream()
                        .map(r -> new Object[] {
                            ws.toString(),
                            Ids.newId().toString(),
                            r.personId().toString(),
                            r.organizationId().toString(),
                            r.role().title(),
                            r.role().start(),
                            r.role().end(),
                            r.position()
                        })
                        .toList(),
                new int[] {
                    java.sql.Types.VARCHAR,
                    java.sql.Types.VARCHAR,
                    java.sql.Types.VARCHAR,
                    java.sql.Types.VARCHAR,
                    java.sql.Types.VARCHAR,
                    java.sql.Types.VARCHAR,
                    java.sql.Types.VARCHAR,
                    java.sql.Types.INTEGER
                });
    }
}
