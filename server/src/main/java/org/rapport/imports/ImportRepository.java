package org.rapport.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.db.BatchColumns;
import org.rapport.db.Rows;
import org.rapport.db.WorkspaceId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class ImportRepository {
    private final JdbcTemplate jdbc;

    ImportRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One import run as the history shows it. */
    record Run(
            UUID id,
            UUID memberId,
            String fileName,
            String format,
            String status,
            boolean dryRun,
            int processed,
            int created,
            int updated,
            int unchanged,
            int skipped,
            String reportJson,
            long startedAt,
            @Nullable Long finishedAt,
            @Nullable Long undoneAt) {}

    /** A change an import made: entity 'person' or 'encounter', action 'created' or 'updated' (with the before-image). */
    record Change(
            String entity,
            UUID entityId,
            String action,
            @Nullable String beforeJson) {}

    void start(WorkspaceId ws, UUID id, UUID memberId, String fileName, String format, boolean dryRun) {
        jdbc.update(
                """
                INSERT INTO imports (workspace_id, id, member_id, file_name, format, status, dry_run, started_at)
                VALUES (?, ?, ?, ?, ?, 'running', ?, ?)
                """,
                ws.toString(),
                id.toString(),
                memberId.toString(),
                fileName,
                format,
                dryRun ? 1 : 0,
                System.currentTimeMillis());
    }

    void progress(WorkspaceId ws, UUID id, int processed) {
        jdbc.update(
                "UPDATE imports SET processed = ? WHERE workspace_id = ? AND id = ?",
                processed,
                ws.toString(),
                id.toString());
    }

    /** This node's running imports are alive (see {@link ImportService#heartbeat}). */
    void beat(Map<UUID, WorkspaceId> running, long now) {
        List<Object[]> rows = new ArrayList<>(running.size());
        running.forEach((id, ws) -> rows.add(new Object[] {now, ws.toString(), id.toString()}));
        jdbc.batchUpdate(
                "UPDATE imports SET heartbeat_at = ? WHERE workspace_id = ? AND id = ? AND status = 'running'", rows);
    }

    /** An import recorded as running, in any workspace. */
    record Running(WorkspaceId workspace, UUID id, String fileName, String format, boolean dryRun) {}

    /**
     * Imports still running whose node last said so (or that started, without a word since) before
     * {@code before}: node housekeeping across workspaces, like purging deleted people.
     */
    List<Running> staleRunning(long before) {
        return jdbc.query(
                """
                SELECT workspace_id, id, file_name, format, dry_run FROM imports
                WHERE status = 'running' AND COALESCE(heartbeat_at, started_at) < ?
                """,
                (rs, n) -> new Running(
                        new WorkspaceId(UUID.fromString(rs.getString(1))),
                        UUID.fromString(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5) != 0),
                before);
    }

    void finish(WorkspaceId ws, UUID id, String status, String format, ImportReport report, String reportJson) {
        jdbc.update(
                """
                UPDATE imports SET status = ?, format = ?, processed = ?, created = ?, updated = ?, unchanged = ?,
                       skipped = ?, report_json = ?, finished_at = ?
                WHERE workspace_id = ? AND id = ?
                """,
                status,
                format,
                report.created() + report.updated() + report.unchanged() + report.skipped(),
                report.created(),
                report.updated(),
                report.unchanged(),
                report.skipped(),
                reportJson,
                System.currentTimeMillis(),
                ws.toString(),
                id.toString());
    }

    void markUndone(WorkspaceId ws, UUID id) {
        jdbc.update(
                "UPDATE imports SET status = 'undone', undone_at = ? WHERE workspace_id = ? AND id = ?",
                System.currentTimeMillis(),
                ws.toString(),
                id.toString());
    }

    Optional<Run> find(WorkspaceId ws, UUID id) {
        return jdbc
                .query(SELECT + " WHERE workspace_id = ? AND id = ?", this::run, ws.toString(), id.toString())
                .stream()
                .findFirst();
    }

    List<Run> list(WorkspaceId ws, int limit, long offset) {
        return jdbc.query(
                SELECT + " WHERE workspace_id = ? AND dry_run = 0 ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?",
                this::run,
                ws.toString(),
                limit,
                offset);
    }

    long count(WorkspaceId ws) {
        Long n = jdbc.queryForObject(
                "SELECT count(*) FROM imports WHERE workspace_id = ? AND dry_run = 0", Long.class, ws.toString());
        return n == null ? 0 : n;
    }

    private static final String SELECT = """
            SELECT id, member_id, file_name, format, status, dry_run, processed, created, updated, unchanged, skipped,
                   report_json, started_at, finished_at, undone_at FROM imports""";

    private Run run(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Run(
                UUID.fromString(rs.getString(1)),
                UUID.fromString(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getInt(6) != 0,
                rs.getInt(7),
                rs.getInt(8),
                rs.getInt(9),
                rs.getInt(10),
                rs.getInt(11),
                rs.getString(12),
                rs.getLong(13),
                Rows.nullableLong(rs, 14),
                Rows.nullableLong(rs, 15));
    }

    /** Source keys of a source already imported into the workspace, to the person or encounter they became. */
    Map<String, UUID> sources(WorkspaceId ws, String source, boolean encounters) {
        Map<String, UUID> keys = new HashMap<>();
        jdbc.query(
                "SELECT source_key, " + (encounters ? "encounter_id" : "person_id")
                        + " FROM import_sources WHERE workspace_id = ? AND source = ? AND "
                        + (encounters ? "encounter_id" : "person_id") + " IS NOT NULL",
                rs -> {
                    keys.put(rs.getString(1), UUID.fromString(rs.getString(2)));
                },
                ws.toString(),
                source);
        return keys;
    }

    /** The revision each source key was imported at (keys imported before revisions were kept: absent). */
    Map<String, String> revisions(WorkspaceId ws, String source) {
        Map<String, String> revisions = new HashMap<>();
        jdbc.query(
                "SELECT source_key, revision FROM import_sources"
                        + " WHERE workspace_id = ? AND source = ? AND revision IS NOT NULL",
                rs -> {
                    revisions.put(rs.getString(1), rs.getString(2));
                },
                ws.toString(),
                source);
        return revisions;
    }

    void updateRevisions(WorkspaceId ws, String source, Map<String, String> revisions) {
        List<Object[]> rows = new ArrayList<>(revisions.size());
        revisions.forEach((key, revision) -> rows.add(new Object[] {revision, ws.toString(), source, key}));
        jdbc.batchUpdate(
                "UPDATE import_sources SET revision = ? WHERE workspace_id = ? AND source = ? AND source_key = ?",
                rows);
    }

    /** Encounters' revisions back to what they were (null: imported before revisions were kept). */
    void restoreRevisions(WorkspaceId ws, Map<UUID, String> revisions) {
        // The revision may be null: typed columns bind it without asking the driver.
        var columns = BatchColumns.<Map.Entry<UUID, String>>of()
                .varchar("revision", Map.Entry::getValue)
                .varchar("workspace_id", e -> ws.toString())
                .varchar("encounter_id", e -> e.getKey().toString());
        jdbc.batchUpdate(
                "UPDATE import_sources SET revision = ? WHERE workspace_id = ? AND encounter_id = ?",
                columns.rows(List.copyOf(revisions.entrySet())),
                columns.types());
    }

    void insertSources(WorkspaceId ws, String source, UUID importId, Map<String, UUID> keys, boolean encounters) {
        String workspace = ws.toString();
        String run = importId.toString();
        var columns = BatchColumns.<Map.Entry<String, UUID>>of()
                .varchar("workspace_id", k -> workspace)
                .varchar("source", k -> source)
                .varchar("source_key", Map.Entry::getKey)
                .varchar("person_id", k -> encounters ? null : k.getValue().toString())
                .varchar("encounter_id", k -> encounters ? k.getValue().toString() : null)
                .varchar("import_id", k -> run);
        jdbc.batchUpdate(
                "INSERT INTO import_sources (%s) VALUES (%s)".formatted(columns.names(), columns.placeholders()),
                columns.rows(keys.entrySet()),
                columns.types());
    }

    /** Source keys that found the merged person now find the survivor. */
    void moveSources(WorkspaceId ws, UUID from, UUID into) {
        jdbc.update(
                "UPDATE import_sources SET person_id = ? WHERE workspace_id = ? AND person_id = ?",
                into.toString(),
                ws.toString(),
                from.toString());
    }

    void deleteSources(WorkspaceId ws, UUID importId) {
        jdbc.update(
                "DELETE FROM import_sources WHERE workspace_id = ? AND import_id = ?",
                ws.toString(),
                importId.toString());
    }

    void insertChanges(WorkspaceId ws, UUID importId, List<Change> changes) {
        String workspace = ws.toString();
        String run = importId.toString();
        var columns = BatchColumns.<Change>of()
                .varchar("workspace_id", c -> workspace)
                .varchar("import_id", c -> run)
                .varchar("entity", Change::entity)
                .varchar("entity_id", c -> c.entityId().toString())
                .varchar("action", Change::action)
                .varchar("before_json", Change::beforeJson);
        jdbc.batchUpdate(
                "INSERT INTO import_changes (%s) VALUES (%s)".formatted(columns.names(), columns.placeholders()),
                columns.rows(changes),
                columns.types());
    }

    List<Change> changes(WorkspaceId ws, UUID importId) {
        return jdbc.query(
                "SELECT entity, entity_id, action, before_json FROM import_changes WHERE workspace_id = ? AND import_id = ?",
                (rs, n) ->
                        new Change(rs.getString(1), UUID.fromString(rs.getString(2)), rs.getString(3), rs.getString(4)),
                ws.toString(),
                importId.toString());
    }
}
