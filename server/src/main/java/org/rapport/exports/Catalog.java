package org.rapport.exports;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The shape of the database's tables as its own catalog describes them (JDBC metadata, the same
 * calls on SQLite and PostgreSQL): columns with their types, primary keys and foreign keys. Read
 * once; the schema only changes through migrations at start-up.
 */
@Component
class Catalog {
    /** How a column's values are written in a backup. */
    enum ValueType {
        TEXT,
        INTEGER,
        REAL,
        BOOLEAN,
        /** A type backups do not carry (timestamps of Flyway's own table): fine unless a backed-up table has it. */
        UNSUPPORTED
    }

    record Column(String name, ValueType type, int sqlType, String typeName) {}

    /** A foreign key from {@code column} (besides workspace_id) to {@code target}. */
    record Reference(String column, String target) {}

    record Table(String name, List<Column> columns, List<String> primaryKey, List<Reference> references) {
        boolean hasWorkspace() {
            return columns.stream().anyMatch(c -> c.name().equals("workspace_id"));
        }

        Optional<Column> column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst();
        }
    }

    private final DataSource dataSource;
    private volatile @Nullable Map<String, Table> tables;

    Catalog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every table of the application's schema, by lower-case name. */
    Map<String, Table> tables() {
        Map<String, Table> read = tables;
        if (read == null) {
            read = read();
            tables = read;
        }
        return read;
    }

    /** The names of the tables that hold a workspace's rows (those with a workspace_id column). */
    Set<String> workspaceTables() {
        Set<String> names = new LinkedHashSet<>();
        tables().values().stream().filter(Table::hasWorkspace).forEach(t -> names.add(t.name()));
        return names;
    }

    Table table(String name) {
        Table table = tables().get(name);
        if (table == null) {
            throw new IllegalStateException("No table " + name + " in the database");
        }
        return table;
    }

    private Map<String, Table> read() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String schema = connection.getSchema();
            Map<String, Table> found = new TreeMap<>();
            List<String> names = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!name.startsWith("sqlite_")) {
                        names.add(rs.getString("TABLE_NAME"));
                    }
                }
            }
            for (String name : names) {
                found.put(
                        name.toLowerCase(Locale.ROOT),
                        new Table(
                                name.toLowerCase(Locale.ROOT),
                                columns(meta, schema, name),
                                primaryKey(meta, schema, name),
                                references(meta, schema, name)));
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database catalog", e);
        }
    }

    private static List<Column> columns(DatabaseMetaData meta, @Nullable String schema, String table)
            throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
            while (rs.next()) {
                String name = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                int sqlType = rs.getInt("DATA_TYPE");
                String typeName = String.valueOf(rs.getString("TYPE_NAME")).toUpperCase(Locale.ROOT);
                columns.add(new Column(name, valueType(sqlType, typeName), sqlType, typeName));
            }
        }
        return columns;
    }

    /**
     * By the JDBC type, else by the declared name: SQLite reports what the migration declared,
     * PostgreSQL its own names (int8, float8, bool).
     */
    static ValueType valueType(int sqlType, String typeName) {
        switch (sqlType) {
            case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB, Types.NVARCHAR, Types.NCHAR -> {
                return ValueType.TEXT;
            }
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
                return ValueType.INTEGER;
            }
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> {
                return ValueType.REAL;
            }
            case Types.BOOLEAN, Types.BIT -> {
                return ValueType.BOOLEAN;
            }
            default -> {}
        }
        if (typeName.contains("INT")) {
            return ValueType.INTEGER;
        }
        if (typeName.contains("CHAR") || typeName.contains("TEXT") || typeName.contains("CLOB")) {
            return ValueType.TEXT;
        }
        if (typeName.contains("DOUB") || typeName.contains("REAL") || typeName.contains("FLOA")) {
            return ValueType.REAL;
        }
        if (typeName.startsWith("BOOL")) {
            return ValueType.BOOLEAN;
        }
        return ValueType.UNSUPPORTED;
    }

    private static List<String> primaryKey(DatabaseMetaData meta, @Nullable String schema, String table)
            throws SQLException {
        Map<Integer, String> bySequence = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
            while (rs.next()) {
                bySequence.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(bySequence.values());
    }

    private static List<Reference> references(DatabaseMetaData meta, @Nullable String schema, String table)
            throws SQLException {
        Map<String, Reference> found = new LinkedHashMap<>();
        try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
            while (rs.next()) {
                String column = rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT);
                if (!column.equals("workspace_id")) {
                    found.put(
                            column,
                            new Reference(column, rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT)));
                }
            }
        }
        return List.copyOf(found.values());
    }
}
