package org.rapport.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.rapport.testing.PersonMother.person;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.rapport.testing.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@RapportTest
class ChangeStreamIT {
    @LocalServerPort
    int port;

    @Autowired
    ChangeStream stream;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    ApiClient api;
    final Set<UUID> handedOver = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void subscribe() {
        api = ApiClient.newMember(port);
        stream.subscribe(changes -> changes.forEach(c -> handedOver.add(c.entityId())));
    }

    @Test
    void aWriteOnThisNodeIsHandedOverByTheNextCatchUpWithoutWaiting() {
        for (int i = 0; i < 20; i++) {
            UUID ana = api.post("/api/v1/people", person().named("Ana " + i).build())
                    .id();
            stream.catchUp();
            assertThat(handedOver).as("write %d", i).contains(ana);
        }
    }

    @Test
    void aChangeCommittedByAnotherNodeArrivesWithinASecondWithoutAnyoneAsking() {
        UUID somewhere = UUID.randomUUID();
        // Another node's commit: a row in the log, and no event on this node.
        jdbc.sql("""
                INSERT INTO change_log (workspace_id, entity, entity_id, operation, member_id, changed_at)
                VALUES (:ws, 'person', :id, 'create', NULL, :at)
                """)
                .param("ws", api.workspaceId.toString())
                .param("id", somewhere.toString())
                .param("at", System.currentTimeMillis())
                .update();
        awaitHandedOver(somewhere);
        assertThat(handedOver).contains(somewhere);
    }

    @Test
    void aChangeThatCommitsAfterALaterOneStillArrives() throws Exception {
        // Only PostgreSQL hands out sequence numbers before commit; SQLite has one writer at a time.
        assumeTrue(TestDatabase.vendor() == TestDatabase.Vendor.POSTGRESQL);
        UUID early = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            insertChange(slow, early); // takes its sequence number now, commits last
            try (Connection quick = dataSource.getConnection()) {
                insertChange(quick, late);
            }
            awaitHandedOver(late);
            assertThat(handedOver).doesNotContain(early);
            slow.commit();
        }
        awaitHandedOver(early);
        assertThat(handedOver).contains(early);
    }

    private void insertChange(Connection connection, UUID entity) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO change_log (workspace_id, entity, entity_id, operation, changed_at) VALUES (?, 'person', ?, 'create', ?)")) {
            insert.setString(1, api.workspaceId.toString());
            insert.setString(2, entity.toString());
            insert.setLong(3, System.currentTimeMillis());
            insert.executeUpdate();
        }
    }

    private void awaitHandedOver(UUID entity) {
        long started = System.nanoTime();
        while (!handedOver.contains(entity) && System.nanoTime() - started < 1_000_000_000L) {
            Thread.onSpinWait();
        }
    }

    @Test
    void catchingUpWithNothingWrittenHereDoesNotReadTheLogEachTime() {
        stream.catchUp();
        long before = stream.reads();
        long started = System.nanoTime();
        for (int i = 0; i < 10_000; i++) {
            stream.catchUp();
        }
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        // Background polls and stale reads only: one per 200 ms, with room for a slow machine.
        assertThat(stream.reads() - before).isLessThanOrEqualTo(elapsedMs / 100 + 2);
    }
}
