package org.rapport.exports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.ConflictException;
import org.rapport.db.Dialect;
import org.rapport.db.TableStatistics;
import org.rapport.exports.BackupPlan.TablePlan;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The complete backup of a workspace and its restore. A backup is read from one snapshot; a restore
 * is one transaction into an empty workspace, so it either lands whole or not at all.
 */
@Service
public class BackupService {
    private final BackupWriter writer;
    private final BackupRestorer restorer;
    private final BackupPlan plan;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;

    private final TableStatistics statistics;

    BackupService(
            BackupWriter writer,
            BackupRestorer restorer,
            BackupPlan plan,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            Dialect dialect,
            TableStatistics statistics) {
        this.statistics = statistics;
        this.writer = writer;
        this.restorer = restorer;
        this.plan = plan;
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(dialect.snapshotIsolation());
    }

    /** Writes the member's workspace as a JSON backup (docs/backup-format.md) to {@code out}. */
    public void writeBackup(CurrentMember me, OutputStream out) {
        snapshot.executeWithoutResult(status -> writer.write(me.workspace(), out));
    }

    /**
     * Restores a backup into the member's workspace, which must hold nothing yet (409 otherwise).
     * Answers the number of rows restored per table.
     */
    @Transactional
    public Map<String, Long> restore(CurrentMember me, InputStream backup) {
        List<String> holding = tablesWithRows(me);
        if (!holding.isEmpty()) {
            throw new ConflictException("A backup restores only into an empty workspace; this one already holds "
                    + String.join(", ", holding) + ". Create a new account (or a new server) and restore there.");
        }
        Map<String, Long> restored = restorer.restore(me, gunzipped(backup));
        statistics.refreshAfterBulkWrite(
                restored.values().stream().mapToLong(Long::longValue).sum());
        return restored;
    }

    /** A backup may come gzipped (backup.json.gz): a big workspace then fits the upload limit. */
    private static InputStream gunzipped(InputStream backup) {
        try {
            InputStream in = new BufferedInputStream(backup, 65_536);
            in.mark(2);
            int first = in.read();
            int second = in.read();
            in.reset();
            return first == 0x1f && second == 0x8b ? new GZIPInputStream(in, 65_536) : in;
        } catch (IOException e) {
            throw BackupRejectedException.atLine(0, "the upload broke off: " + e.getMessage());
        }
    }

    /** Whether the member's workspace holds anything a backup would carry. */
    public boolean isEmpty(CurrentMember me) {
        return tablesWithRows(me).isEmpty();
    }

    private List<String> tablesWithRows(CurrentMember me) {
        List<String> holding = new ArrayList<>();
        for (TablePlan table : plan.tables()) {
            if (!table.isWorkspace()
                    && !jdbc.queryForList(
                                    "SELECT 1 FROM " + table.name() + " WHERE workspace_id = ? LIMIT 1",
                                    Integer.class,
                                    me.workspace().toString())
                            .isEmpty()) {
                holding.add(table.name().replace('_', ' '));
            }
        }
        return holding;
    }
}
