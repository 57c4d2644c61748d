package org.rapport.db;

/**
 * The databases Rapport runs on. The only place where SQL or behaviour may differ by vendor:
 * everything else is written once in portable SQL.
 */
public enum Dialect {
    SQLITE,
    POSTGRESQL;

    public static Dialect fromUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalStateException("Unsupported database URL " + redact(jdbcUrl)
                + ": Rapport runs on SQLite (jdbc:sqlite:) or PostgreSQL (jdbc:postgresql:)");
    }

    /** A JDBC URL without its query string, where credentials may hide. */
    public static String redact(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }

    /** Case-insensitive substring match, for the simple filters the API offers. */
    public String containsIgnoringCase(String column, String parameter) {
        return switch (this) {
            // SQLite's LIKE is case-insensitive for ASCII; lower() on both sides covers the rest we store.
            case SQLITE -> "lower(" + column + ") LIKE '%' || lower(:" + parameter + ") || '%'";
            case POSTGRESQL -> column + " ILIKE '%' || :" + parameter + " || '%'";
        };
    }

    /**
     * An ORDER BY term for a text column that compares code points, as SQLite does: PostgreSQL's
     * database collation (en_US and the like) would sort the same rows differently.
     */
    public String binaryOrder(String textColumn) {
        return switch (this) {
            case SQLITE -> textColumn;
            case POSTGRESQL -> textColumn + " COLLATE \"C\"";
        };
    }

    /**
     * The isolation (a {@link java.sql.Connection} constant) under which a series of reads sees one
     * snapshot: REPEATABLE READ on PostgreSQL; SQLite's transactions see one snapshot already.
     */
    public int snapshotIsolation() {
        return switch (this) {
            case SQLITE -> java.sql.Connection.TRANSACTION_SERIALIZABLE;
            case POSTGRESQL -> java.sql.Connection.TRANSACTION_REPEATABLE_READ;
        };
    }

    /** Whether another connection can write while a long transaction writes (SQLite allows one writer at a time). */
    public boolean writesBesideALongTransaction() {
        return this == POSTGRESQL;
    }
}
