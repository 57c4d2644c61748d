package org.rapport.accounts;

import java.sql.Connection;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Migration 17: the tables Spring Session keeps browser sessions in, so that any app node serves a
 * signed-in member (no node keeps state of its own). Spring Session ships the schema it expects for
 * each database; this runs its script for the one at hand instead of keeping a copy of it. The
 * tables are not workspace data: a session exists before anyone has signed in.
 */
@Component
class BrowserSessionTables implements JavaMigration {
    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("17");
    }

    @Override
    public String getDescription() {
        return "browser sessions";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        String vendor = product.contains("postgres") ? "postgresql" : "sqlite";
        ScriptUtils.executeSqlScript(
                connection, new ClassPathResource("org/springframework/session/jdbc/schema-" + vendor + ".sql"));
    }
}
