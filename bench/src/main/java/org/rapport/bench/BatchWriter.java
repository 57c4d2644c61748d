package org.rapport.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Batched inserts into several tables over one connection: each statement flushes every
 * {@value #BATCH} rows and {@link #finish()} flushes the rest and commits.
 */
final class BatchWriter implements AutoCloseable {
    private static final int BATCH = 5_000;
    private final Connection db;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();
    private final Map<String, Integer> pending = new LinkedHashMap<>();

    BatchWriter(Connection db) throws SQLException {
        this.db = db;
        db.setAutoCommit(false);
    }

    /** One row; values are String, Long, Integer, Double or null. */
    void add(String sql, Object... values) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = db.prepareStatement(sql);
            statements.put(sql, statement);
        }
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                statement.setNull(i + 1, Types.NULL); // PostgreSQL infers the column type; VARCHAR fails on numbers
            } else if (value instanceof Long l) {
                statement.setLong(i + 1, l);
            } else if (value instanceof Integer n) {
                statement.setInt(i + 1, n);
            } else if (value instanceof Double d) {
                statement.setDouble(i + 1, d);
            } else {
                statement.setString(i + 1, value.toString());
            }
        }
        statement.addBatch();
        int count = pending.merge(sql, 1, Integer::sum);
        if (count >= BATCH) {
            flush();
        }
    }

    /** Flushes every statement in the order they were first used, so foreign keys are satisfied. */
    void flush() throws SQLException {
        for (var entry : statements.entrySet()) {
            if (pending.getOrDefault(entry.getKey(), 0) > 0) {
                entry.getValue().executeBatch();
                pending.put(entry.getKey(), 0);
            }
        }
        db.commit();
    }

    void finish() throws SQLException {
        flush();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
    }
}
