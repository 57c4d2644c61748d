package org.rapport.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.RapportApplication;
import org.rapport.demo.DemoNetworkService;
import org.rapport.testing.ApiClient;
import org.rapport.testing.DatabaseAvailable;
import org.rapport.testing.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How a user moves from the laptop to a server: a backup exported by Rapport on SQLite restores
 * into Rapport on PostgreSQL, and exporting there gives the same document; and back again. Two
 * whole servers side by side, one per database. Runs in the PostgreSQL pass of the build only.
 */
@ExtendWith(DatabaseAvailable.class)
class BackupAcrossDatabasesIT {
    private ConfigurableApplicationContext sqlite;
    private ConfigurableApplicationContext postgresql;

    @AfterEach
    void stop() {
        for (var context : new ConfigurableApplicationContext[] {sqlite, postgresql}) {
            if (context != null) {
                context.close();
            }
        }
    }

    @Test
    void aBackupFromSqliteRestoresIntoPostgresqlAndBackLosslessly(@TempDir Path dir) throws Exception {
        assumeTrue(
                TestDatabase.vendor() == TestDatabase.Vendor.POSTGRESQL,
                "needs PostgreSQL: runs in the postgresql pass");
        Files.createDirectories(dir);
        sqlite = start("jdbc:sqlite:" + dir.resolve("laptop.db")
                + "?journal_mode=WAL&foreign_keys=on&busy_timeout=10000&transaction_mode=IMMEDIATE");
        postgresql = start(TestDatabase.createDatabase());

        ApiClient laptop = ApiClient.newMember(base(sqlite));
        BackupApiIT.fill(sqlite.getBean(DemoNetworkService.class), laptop);
        String fromSqlite = BackupApiIT.export(laptop);

        ApiClient server = ApiClient.newMember(base(postgresql));
        var restored = Uploads.restore(server, fromSqlite);
        assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        String fromPostgresql = BackupApiIT.export(server);
        BackupApiIT.assertSameBackup(fromSqlite, laptop, fromPostgresql, server);
        assertThat(server.get("/api/v1/encounters?size=200").json())
                .isEqualTo(laptop.get("/api/v1/encounters?size=200").json());
        assertThat(server.get("/api/v1/people?size=200").json())
                .isEqualTo(laptop.get("/api/v1/people?size=200").json());

        ApiClient back = ApiClient.newMember(base(sqlite));
        assertThat(Uploads.restore(back, fromPostgresql).status()).isEqualTo(200);
        BackupApiIT.assertSameBackup(fromPostgresql, server, BackupApiIT.export(back), back);
    }

    private static ConfigurableApplicationContext start(String url) {
        // Arguments, not default properties: application.properties would override those.
        return new SpringApplicationBuilder(RapportApplication.class)
                .run(
                        "--spring.datasource.url=" + url,
                        "--server.port=0",
                        "--rapport.signup=open",
                        "--logging.level.root=warn",
                        "--spring.main.banner-mode=off");
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }
}
