package org.rapport.db;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every change in the caller's transaction, so the log and the data can never disagree.
 * Search and the network graph read it to stay current on every node.
 */
@Component
public class ChangeLog {
    public enum Operation {
        CREATE,
        UPDATE,
        DELETE
    }

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

    ChangeLog(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(UUID workspaceId, String entity, UUID entityId, Operation operation, @Nullable UUID memberId) {
        jdbc.sql("""
                INSERT INTO change_log (workspace_id, entity, entity_id, operation, member_id, changed_at)
                VALUES (:workspace, :entity, :entityId, :operation, :member, :at)
                """)
                .param("workspace", workspaceId.toString())
                .param("entity", entity)
                .param("entityId", entityId.toString())
                .param("operation", operation.name().toLowerCase(java.util.Locale.ROOT))
                .param("member", memberId == null ? null : memberId.toString())
                .param("at", System.currentTimeMillis())
                .update();
    }

    /** Records the same operation on many entities at once (a restore, a bulk action), in one batch. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(
            UUID workspaceId,
            String entity,
            java.util.List<UUID> entityIds,
            Operation operation,
            @Nullable UUID memberId) {
        long at = System.currentTimeMillis();
        String operationName = operation.name().toLowerCase(java.util.Locale.ROOT);
        String member = memberId == null ? null : memberId.toString();
        jdbcTemplate.batchUpdate("""
                INSERT INTO change_log (workspace_id, entity, entity_id, operation, member_id, changed_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """, entityIds, 500, (ps, id) -> {
            ps.setString(1, workspaceId.toString());
            ps.setString(2, entity);
            ps.setString(3, id.toString());
            ps.setString(4, operationName);
            ps.setString(5, member);
            ps.setLong(6, at);
        });
    }
}
