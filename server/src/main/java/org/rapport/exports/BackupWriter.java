package org.rapport.exports;

import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.rapport.db.Dialect;
import org.rapport.db.WorkspaceId;
import org.rapport.exports.BackupPlan.TablePlan;
import org.rapport.exports.Catalog.Column;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.MinimalPrettyPrinter;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a workspace's backup as it reads it: one row at a time from a cursor into a streaming JSON
 * generator, so the size of the workspace never shows in memory. Call inside one transaction, so
 * every table is read from the same snapshot.
 */
@Component
class BackupWriter {
    static final String FORMAT = "rapport-backup";
    static final int VERSION = 1;
    private static final int FETCH_SIZE = 500;

    private final JdbcTemplate jdbc;
    private final BackupPlan plan;
    private final Dialect dialect;
    private final ObjectWriter json = JsonMapper.builder().build().writer().with(new RowPerLine());

    BackupWriter(JdbcTemplate jdbc, BackupPlan plan, Dialect dialect) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setExceptionTranslator(jdbc.getExceptionTranslator());
        // PostgreSQL streams rows only with a fetch size (and autocommit off: the caller's transaction).
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.plan = plan;
        this.dialect = dialect;
    }

    void write(WorkspaceId workspace, OutputStream out) {
        try (JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringProperty("format", FORMAT);
            g.writeNumberProperty("version", VERSION);
            g.writeStringProperty("exportedAt", Instant.now().toString());
            writeIdentity(workspace, g);
            g.writeName("tables");
            g.writeStartObject();
            for (TablePlan table : plan.tables()) {
                g.writeName(table.name());
                g.writeStartArray();
                jdbc.query(select(table), (RowCallbackHandler) rs -> writeRow(table, rs, g), workspace.toString());
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    /** The workspace's own identity: what a restore elsewhere does not carry over. */
    private void writeIdentity(WorkspaceId workspace, JsonGenerator g) {
        g.writeName("workspace");
        g.writeStartObject();
        g.writeStringProperty("id", workspace.toString());
        jdbc.query(
                "SELECT name, created_at FROM workspaces WHERE workspace_id = ?",
                rs -> {
                    g.writeStringProperty("name", rs.getString("name"));
                    g.writeNumberProperty("createdAt", rs.getLong("created_at"));
                },
                workspace.toString());
        g.writeName("members");
        g.writeStartArray();
        jdbc.query(
                "SELECT id, name, email, role, created_at FROM members WHERE workspace_id = ? ORDER BY "
                        + dialect.binaryOrder("id"),
                rs -> {
                    g.writeStartObject();
                    g.writeStringProperty("id", rs.getString("id"));
                    g.writeStringProperty("name", rs.getString("name"));
                    g.writeStringProperty("email", rs.getString("email"));
                    g.writeStringProperty("role", rs.getString("role"));
                    g.writeNumberProperty("createdAt", rs.getLong("created_at"));
                    g.writeEndObject();
                },
                workspace.toString());
        g.writeEndArray();
        g.writeEndObject();
    }

    private String select(TablePlan table) {
        String columns = table.columns().stream().map(Column::name).collect(Collectors.joining(", "));
        List<String> order = table.orderBy().stream()
                .map(name -> {
                    Column column = table.column(name);
                    return column != null && column.type() == Catalog.ValueType.TEXT ? dialect.binaryOrder(name) : name;
                })
                .toList();
        return "SELECT " + columns + " FROM " + table.name() + " WHERE workspace_id = ?"
                + (order.isEmpty() ? "" : " ORDER BY " + String.join(", ", order));
    }

    private static void writeRow(TablePlan table, ResultSet rs, JsonGenerator g) throws SQLException {
        g.writeStartObject();
        int index = 1;
        for (Column column : table.columns()) {
            g.writeName(column.name());
            writeValue(column, rs, index++, g);
        }
        g.writeEndObject();
    }

    private static void writeValue(Column column, ResultSet rs, int index, JsonGenerator g) throws SQLException {
        switch (column.type()) {
            case TEXT -> {
                String value = rs.getString(index);
                if (value == null) {
                    g.writeNull();
                } else {
                    g.writeString(value);
                }
            }
            case INTEGER -> {
                long value = rs.getLong(index);
                if (rs.wasNull()) {
                    g.writeNull();
                } else {
                    g.writeNumber(value);
                }
            }
            case REAL -> {
                double value = rs.getDouble(index);
                if (rs.wasNull()) {
                    g.writeNull();
                } else {
                    g.writeNumber(value);
                }
            }
            case BOOLEAN -> {
                boolean value = rs.getBoolean(index);
                if (rs.wasNull()) {
                    g.writeNull();
                } else {
                    g.writeBoolean(value);
                }
            }
            case UNSUPPORTED -> throw new IllegalStateException("unsupported column " + column.name());
        }
    }

    /** Compact JSON with every array element on a line of its own, so a restore's errors can name a line. */
    private static final class RowPerLine extends MinimalPrettyPrinter {
        @Override
        public void beforeArrayValues(JsonGenerator g) {
            g.writeRaw('\n');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) {
            g.writeRaw(",\n");
        }
    }
}
