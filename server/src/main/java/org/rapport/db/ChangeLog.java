package org.rapport.db;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

    /**
     * Published on this node once a transaction that recorded changes has committed, so readers of
     * the log (the search index) can catch up at once instead of at their next poll. Other nodes
     * still learn of the changes by polling.
     */
    public record Committed() {}

    private static final Committed COMMITTED = new Committed();
    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;
    private final ApplicationEventPublisher events;

    ChangeLog(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.events = events;
    }

    /** Once per transaction: announce {@link Committed} after it commits. */
    private void announceAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.hasResource(COMMITTED)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(COMMITTED, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                events.publishEvent(COMMITTED);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(COMMITTED);
            }
        });
    }

    /**
     * Where a workspace's change log stands: its last sequence number, how many changes the last
     * 1,000 numbers hold (on PostgreSQL a lower number can commit after a higher one; the count
     * moves then) and when the last change was made. Node-local caches compare it to know whether
     * anything was written since they computed.
     */
    public record Position(long sequence, long recentChanges, long changedAt) {}

    public Position position(WorkspaceId ws) {
        return jdbc.sql("""
                SELECT coalesce(max(seq), 0), count(*), coalesce(max(changed_at), 0) FROM change_log
                WHERE workspace_id = :ws
                  AND seq > (SELECT coalesce(max(seq), 0) - 1000 FROM change_log WHERE workspace_id = :ws)
                """)
                .param("ws", ws.toString())
                .query((rs, n) -> new Position(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
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
        announceAfterCommit();
    }

    /** One row per id, in JDBC batches: for imports, restores and other changes of many entities at once. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(
            UUID workspaceId,
            String entity,
            java.util.Collection<UUID> ids,
            Operation operation,
            @Nullable UUID memberId) {
        if (ids.isEmpty()) {
            return;
        }
        long at = System.currentTimeMillis();
        String op = operation.name().toLowerCase(java.util.Locale.ROOT);
        String member = memberId == null ? null : memberId.toString();
        batch.batchUpdate("""
                INSERT INTO change_log (workspace_id, entity, entity_id, operation, member_id, changed_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """, ids, 500, (ps, id) -> {
            ps.setString(1, workspaceId.toString());
            ps.setString(2, entity);
            ps.setString(3, id.toString());
            ps.setString(4, op);
            ps.setString(5, member);
            ps.setLong(6, at);
        });
        announceAfterCommit();
    }
}
