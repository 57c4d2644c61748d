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

    ChangeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
}
