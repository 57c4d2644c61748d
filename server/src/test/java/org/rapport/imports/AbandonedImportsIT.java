package org.rapport.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rapport.accounts.CurrentMember;
import org.rapport.db.WorkspaceId;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.rapport.testing.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An import whose node stopped is recorded as failed by a node still running; one running here is left alone. */
@RapportTest
class AbandonedImportsIT {
    @LocalServerPort
    int port;

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anImportNoNodeSpeaksForIsRecordedAsFailedAndOneRunningHereIsNot() {
        ApiClient api = ApiClient.newMember(port);
        var me = new CurrentMember(new WorkspaceId(api.workspaceId), api.memberId, api.email, "me");
        var request = new ImportService.Request(
                new FileUpload(java.nio.file.Path.of("unused.csv"), "Connections.csv"),
                Optional.empty(),
                false,
                Set.of());
        UUID runningHere = imports.start(me, request);
        UUID lost = UUID.randomUUID();
        long longAgo = System.currentTimeMillis() - ImportService.ABANDONED_AFTER_MS - 60_000;
        jdbc.sql("""
                INSERT INTO imports (workspace_id, id, member_id, file_name, format, status, dry_run, started_at)
                VALUES (:ws, :id, :member, 'big.csv', 'linkedin', 'running', 0, :at)
                """)
                .param("ws", api.workspaceId.toString())
                .param("id", lost.toString())
                .param("member", api.memberId.toString())
                .param("at", longAgo)
                .update();
        jdbc.sql("UPDATE imports SET started_at = :at WHERE id = :id")
                .param("at", longAgo)
                .param("id", runningHere.toString())
                .update();

        imports.abandonStale();

        var failed = api.get("/api/v1/imports/" + lost);
        assertThat(failed.text("status")).as(failed.body()).isEqualTo("failed");
        assertThat(api.get("/api/v1/imports/" + lost + "/progress").body())
                .contains("the server stopped during this import; nothing was changed");
        assertThat(api.get("/api/v1/imports/" + runningHere).text("status")).isEqualTo("running");

        // Where a write can go beside a running import (PostgreSQL), this node says its imports are alive.
        imports.heartbeat();
        Long beat = jdbc.sql("SELECT heartbeat_at FROM imports WHERE id = :id")
                .param("id", runningHere.toString())
                .query(Long.class)
                .optional()
                .orElse(null);
        if (TestDatabase.vendor() == TestDatabase.Vendor.POSTGRESQL) {
            assertThat(beat).isGreaterThan(longAgo);
        } else {
            assertThat(beat).isNull();
        }
    }
}
