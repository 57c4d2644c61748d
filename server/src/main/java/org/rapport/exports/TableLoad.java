package org.rapport.exports;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.db.ChangeLog;
import org.rapport.exports.BackupPlan.TablePlan;
import org.rapport.exports.Catalog.Column;
import org.rapport.exports.RowReader.Row;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes one table's rows of a backup in batches. Columns that refer to a row of the same table
 * (who introduced whom) are written after all rows, so rows may come in any order.
 */
final class TableLoad {
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final ChangeLog changeLog;
    private final CurrentMember me;
    private final TablePlan table;
    private final List<Row> batch = new ArrayList<>();
    private final List<Row> selfReferring = new ArrayList<>();
    private final int[] selfColumns;
    private final int[] keyColumns;
    private final int idColumn;
    private @Nullable BitSet batchColumns;
    private long count;

    TableLoad(JdbcTemplate jdbc, ChangeLog changeLog, CurrentMember me, TablePlan table) {
        this.jdbc = jdbc;
        this.changeLog = changeLog;
        this.me = me;
        this.table = table;
        this.selfColumns = indexes(table, table.selfReferences());
        this.keyColumns = indexes(table, table.keyColumns());
        int[] id = indexes(table, List.of("id"));
        this.idColumn = id.length == 1 && !table.changeEntity().isEmpty() ? id[0] : -1;
    }

    void add(Row row) {
        if (table.isWorkspace() && count + batch.size() >= 1) {
            throw BackupRejectedException.atLine(row.line(), "tables.workspaces holds one row, the workspace's own");
        }
        if (!batch.isEmpty() && !row.present().equals(batchColumns)) {
            flush();
        }
        batchColumns = row.present();
        for (int self : selfColumns) {
            if (row.values()[self] != null) {
                selfReferring.add(row);
                break;
            }
        }
        batch.add(row);
        if (batch.size() >= BATCH) {
            flush();
        }
    }

    /** Writes what is left and the same-table references; answers the number of rows. */
    long finish() {
        flush();
        if (!selfReferring.isEmpty()) {
            updateSelfReferences();
        }
        return count;
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        BitSet columns = batchColumns;
        List<Column> written = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = columns.nextSetBit(0); i >= 0; i = columns.nextSetBit(i + 1)) {
            written.add(table.columns().get(i));
            positions.add(i);
        }
        String sql = table.isWorkspace() ? update(written) : insert(written);
        try {
            jdbc.batchUpdate(sql, batch, batch.size(), (ps, row) -> {
                int index = 1;
                for (int k = 0; k < written.size(); k++) {
                    int position = positions.get(k);
                    boolean deferred = contains(selfColumns, position);
                    bind(ps, index++, written.get(k), deferred ? null : row.values()[position]);
                }
                ps.setString(index, me.workspace().toString());
            });
        } catch (DataAccessException e) {
            throw rejected(batch, e);
        }
        recordChanges();
        count += batch.size();
        batch.clear();
    }

    private String insert(List<Column> columns) {
        StringBuilder names = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        for (Column c : columns) {
            names.append(c.name()).append(", ");
            marks.append("?, ");
        }
        return "INSERT INTO " + table.name() + " (" + names + "workspace_id) VALUES (" + marks + "?)";
    }

    private String update(List<Column> columns) {
        List<String> sets = columns.stream().map(c -> c.name() + " = ?").toList();
        return columns.isEmpty()
                ? "UPDATE " + table.name() + " SET workspace_id = workspace_id WHERE workspace_id = ?"
                : "UPDATE " + table.name() + " SET " + String.join(", ", sets) + " WHERE workspace_id = ?";
    }

    private void updateSelfReferences() {
        for (int self : selfColumns) {
            StringBuilder sql = new StringBuilder("UPDATE " + table.name() + " SET "
                    + table.columns().get(self).name() + " = ? WHERE workspace_id = ?");
            for (int key : keyColumns) {
                sql.append(" AND ").append(table.columns().get(key).name()).append(" = ?");
            }
            List<Row> rows =
                    selfReferring.stream().filter(r -> r.values()[self] != null).toList();
            try {
                jdbc.batchUpdate(sql.toString(), rows, BATCH, (ps, row) -> {
                    bind(ps, 1, table.columns().get(self), row.values()[self]);
                    ps.setString(2, me.workspace().toString());
                    int index = 3;
                    for (int key : keyColumns) {
                        bind(ps, index++, table.columns().get(key), row.values()[key]);
                    }
                });
            } catch (DataAccessException e) {
                throw rejected(rows, e);
            }
        }
    }

    private void recordChanges() {
        if (idColumn < 0) {
            return;
        }
        List<UUID> ids = batch.stream()
                .map(r -> UUID.fromString(String.valueOf(r.values()[idColumn])))
                .toList();
        changeLog.recordAll(
                me.workspace().value(), table.changeEntity(), ids, ChangeLog.Operation.CREATE, me.memberId());
    }

    private BackupRejectedException rejected(List<Row> rows, DataAccessException e) {
        String cause = e.getMostSpecificCause().getMessage();
        return BackupRejectedException.atLine(
                rows.get(0).line(),
                "rows of tables." + table.name() + " from this line"
                        + (rows.size() > 1
                                ? " to line " + rows.get(rows.size() - 1).line()
                                : "")
                        + " do not fit the database: "
                        + (cause == null ? e.getClass().getSimpleName() : cause));
    }

    private static void bind(PreparedStatement ps, int index, Column column, @Nullable Object value)
            throws SQLException {
        if (value == null) {
            ps.setNull(index, nullType(column));
            return;
        }
        switch (column.type()) {
            case TEXT -> ps.setString(index, (String) value);
            // setLong also for 4-byte columns: PostgreSQL casts on assignment, and SQLite has one integer type.
            case INTEGER -> ps.setLong(index, (Long) value);
            case REAL -> ps.setDouble(index, (Double) value);
            case BOOLEAN -> ps.setBoolean(index, (Boolean) value);
            case UNSUPPORTED -> throw new SQLException("unsupported column " + column.name());
        }
    }

    private static int nullType(Column column) {
        return switch (column.type()) {
            case TEXT -> Types.VARCHAR;
            case INTEGER -> Types.BIGINT;
            case REAL -> Types.DOUBLE;
            case BOOLEAN -> Types.BOOLEAN;
            case UNSUPPORTED -> Types.OTHER;
        };
    }

    private static int[] indexes(TablePlan table, List<String> names) {
        return names.stream()
                .mapToInt(n -> {
                    for (int i = 0; i < table.columns().size(); i++) {
                        if (table.columns().get(i).name().equals(n)) {
                            return i;
                        }
                    }
                    return -1;
                })
                .filter(i -> i >= 0)
                .toArray();
    }

    private static boolean contains(int[] array, int value) {
        for (int v : array) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
