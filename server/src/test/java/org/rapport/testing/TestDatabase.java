package org.rapport.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

/**
 * The database a test run uses, chosen by the system property {@code rapport.test.db}
 * ({@code sqlite}, the default, or {@code postgresql}). Every Spring context gets a fresh one: a new
 * SQLite file, or a new PostgreSQL database on the server at {@code RAPPORT_TEST_PG_URL}
 * (default {@code jdbc:postgresql://127.0.0.1:5432/postgres}, user and password {@code postgres}).
 */
public final class TestDatabase {
    public enum Vendor {
        SQLITE,
        POSTGRESQL
    }

    private static final String PG_ADMIN_URL = env("RAPPORT_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String PG_USER = env("RAPPORT_TEST_PG_USER", "postgres");
    private static final String PG_PASSWORD = env("RAPPORT_TEST_PG_PASSWORD", "postgres");

    private TestDatabase() {}

    public static Vendor vendor() {
        return Vendor.valueOf(System.getProperty("rapport.test.db", "sqlite").toUpperCase(Locale.ROOT));
    }

    public static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** A JDBC URL (with credentials) for a new, empty database of the chosen vendor. */
    public static String createDatabase() {
        return switch (vendor()) {
            case SQLITE -> {
                try {
                    Path dir = Files.createTempDirectory("rapport-test-");
                    yield "jdbc:sqlite:" + dir.resolve("rapport.db")
                            + "?journal_mode=WAL&foreign_keys=on&busy_timeout=10000&transaction_mode=IMMEDIATE";
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            case POSTGRESQL -> {
                String name = "rapport_test_"
                        + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
                try (Connection admin = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, PG_PASSWORD)) {
                    admin.createStatement().execute("CREATE DATABASE " + name);
                } catch (SQLException e) {
                    throw new IllegalStateException("Cannot create a PostgreSQL test database at " + PG_ADMIN_URL, e);
                }
                yield PG_ADMIN_URL.substring(0, PG_ADMIN_URL.lastIndexOf('/') + 1) + name + "?user=" + PG_USER
                        + "&password=" + PG_PASSWORD;
            }
        };
    }

    /** A new, empty directory for a node's search index. */
    public static String createIndexDirectory() {
        try {
            return Files.createTempDirectory("rapport-index-").toString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Why PostgreSQL cannot be used, or null when it can. */
    static String postgresProblem() {
        try (Connection admin = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, PG_PASSWORD)) {
            return admin.isValid(5) ? null : "the connection is not valid";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
