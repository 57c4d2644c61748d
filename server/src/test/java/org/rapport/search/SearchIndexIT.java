package org.rapport.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.rapport.search.SearchApiIT.eventually;
import static org.rapport.search.SearchApiIT.ids;
import static org.rapport.testing.PersonMother.person;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.RapportApplication;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.rapport.testing.TestDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The index as a node's derived copy of the database: a second app node on the same database sees
 * every write within a second, a deleted or damaged index comes back by itself, and a change that
 * commits late behind a higher sequence value is not lost.
 */
@RapportTest
class SearchIndexIT {
    @LocalServerPort
    int port;

    @Value("${spring.datasource.url}")
    String databaseUrl;

    @TempDir
    Path temp;

    ApiClient nodeA;
    ConfigurableApplicationContext nodeB;
    Path indexB;

    @BeforeEach
    void twoNodesOnOneDatabase() {
        nodeA = ApiClient.newMember(port);
        indexB = temp.resolve("node-b-index");
        nodeB = startNode(indexB);
    }

    @AfterEach
    void stopSecondNode() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    void aWriteOnOneNodeIsSearchableOnTheOtherWithinASecond() {
        ApiClient onB = nodeA.at("http://127.0.0.1:" + portOf(nodeB));
        eventually(onB, "warmup", null, h -> true);

        UUID written = nodeA.post(
                        "/api/v1/people", person().named("Wilhelmina Crossnode").build())
                .id();
        long started = System.nanoTime();
        List<UUID> seen = ids(eventually(onB, "wilhelmina", "person", h -> !h.isEmpty()));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(seen).containsExactly(written);
        assertThat(took).isLessThan(Duration.ofSeconds(1));

        UUID back = onB.post(
                        "/api/v1/people",
                        person().named("Bartholomew Backwards").build())
                .id();
        started = System.nanoTime();
        seen = ids(eventually(nodeA, "bartholomew", "person", h -> !h.isEmpty()));
        took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(seen).containsExactly(back);
        assertThat(took).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aDeletedIndexIsRebuiltFromTheDatabase() throws IOException {
        UUID ada = nodeA.post(
                        "/api/v1/people", person().named("Adelaide Rebuild").build())
                .id();
        assertThat(ids(eventually(onB(), "adelaide", "person", h -> !h.isEmpty())))
                .containsExactly(ada);

        // While the node runs: its worker notices the directory is gone.
        deleteTree(indexB);
        assertThat(Files.exists(indexB)).isFalse();
        assertThat(ids(eventually(onB(), "adelaide", "person", h -> !h.isEmpty())))
                .containsExactly(ada);
        assertThat(eventuallyExists(indexB)).isTrue();

        // While it is down: the next start finds no index.
        nodeB.close();
        deleteTree(indexB);
        nodeB = startNode(indexB);
        assertThat(ids(eventually(onB(), "adelaide", "person", h -> !h.isEmpty())))
                .containsExactly(ada);
    }

    @Test
    void aCorruptedIndexIsRebuiltFromTheDatabase() throws IOException {
        UUID ada = nodeA.post(
                        "/api/v1/people", person().named("Adelaide Corrupt").build())
                .id();
        assertThat(ids(eventually(onB(), "adelaide", "person", h -> !h.isEmpty())))
                .containsExactly(ada);
        nodeB.close();

        Path largest;
        try (Stream<Path> files = Files.list(indexB)) {
            largest = files.filter(f -> !f.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(SearchIndexIT::size))
                    .orElseThrow();
        }
        try (var file = new RandomAccessFile(largest.toFile(), "rw")) {
            file.seek(file.length() / 2);
            file.write(new byte[] {0x13, 0x37, 0x42, 0x24, 0x55, 0x66, 0x77});
        }
        nodeB = startNode(indexB);
        assertThat(ids(eventually(onB(), "adelaide", "person", h -> !h.isEmpty())))
                .containsExactly(ada);
        UUID later = nodeA.post(
                        "/api/v1/people", person().named("Adelaide Later").build())
                .id();
        assertThat(ids(eventually(onB(), "adelaide", "person", h -> h.size() == 2)))
                .containsExactlyInAnyOrder(ada, later);
    }

    /**
     * PostgreSQL hands out sequence values at insert time, so a transaction that took a lower value
     * can commit after one with a higher value has been indexed. SQLite has one writer at a time, so
     * it cannot happen there.
     */
    @Test
    void aChangeThatCommitsLateBehindAHigherSequenceIsNotLost() throws Exception {
        assumeTrue(TestDatabase.vendor() == TestDatabase.Vendor.POSTGRESQL, "only PostgreSQL commits out of order");
        lateCommit("Lazarus");
    }

    /**
     * A rolled-back import leaves thousands of sequence values that never commit; a late commit
     * behind them is still found (every gap is asked for, not only the oldest).
     */
    @Test
    void aChangeThatCommitsLateBehindThousandsOfRolledBackOnesIsNotLost() throws Exception {
        assumeTrue(TestDatabase.vendor() == TestDatabase.Vendor.POSTGRESQL, "only PostgreSQL commits out of order");
        try (Connection rolledBack = DriverManager.getConnection(databaseUrl)) {
            rolledBack.setAutoCommit(false);
            try (var log = rolledBack.prepareStatement("""
                    INSERT INTO change_log (workspace_id, entity, entity_id, operation, member_id, changed_at)
                    VALUES (?, 'person', ?, 'create', NULL, 0)""")) {
                for (int i = 0; i < 2_500; i++) {
                    log.setString(1, nodeA.workspaceId.toString());
                    log.setString(2, UUID.randomUUID().toString());
                    log.addBatch();
                }
                log.executeBatch();
            }
            // A commit above them, so the catch-up sees 2,500 values it must wait for.
            nodeA.post("/api/v1/people", person().named("Ignatius Above").build());
            assertThat(eventually(nodeA, "ignatius", "person", h -> !h.isEmpty()))
                    .hasSize(1);
            rolledBack.rollback();
        }
        lateCommit("Ptolemy");
    }

    /** A person whose change takes a lower sequence value than one committed and indexed before it. */
    private void lateCommit(String given) throws Exception {
        String q = given.toLowerCase(java.util.Locale.ROOT);
        String late = UUID.randomUUID().toString();
        try (Connection slow = DriverManager.getConnection(databaseUrl)) {
            slow.setAutoCommit(false);
            try (var insert = slow.prepareStatement("""
                    INSERT INTO people (workspace_id, id, display_name, sort_name, created_at, updated_at, version)
                    VALUES (?, ?, ?, ?, 0, 0, 1)""")) {
                insert.setString(1, nodeA.workspaceId.toString());
                insert.setString(2, late);
                insert.setString(3, given + " Latecomer");
                insert.setString(4, q + " latecomer");
                insert.executeUpdate();
            }
            try (var log = slow.prepareStatement("""
                    INSERT INTO change_log (workspace_id, entity, entity_id, operation, member_id, changed_at)
                    VALUES (?, 'person', ?, 'create', NULL, 0)""")) {
                log.setString(1, nodeA.workspaceId.toString());
                log.setString(2, late);
                log.executeUpdate();
            }
            UUID early = nodeA.post(
                            "/api/v1/people", person().named(given + " Early").build())
                    .id();
            assertThat(ids(eventually(nodeA, q, "person", h -> !h.isEmpty()))).containsExactly(early);
            assertThat(ids(eventually(onB(), q, "person", h -> !h.isEmpty()))).containsExactly(early);
            slow.commit();
        }
        assertThat(eventually(nodeA, q, "person", h -> h.size() == 2)).hasSize(2);
        assertThat(eventually(onB(), q, "person", h -> h.size() == 2)).hasSize(2);
    }

    private ApiClient onB() {
        return nodeA.at("http://127.0.0.1:" + portOf(nodeB));
    }

    private ConfigurableApplicationContext startNode(Path indexDir) {
        // Arguments, not default properties: application.properties would win over those.
        return new SpringApplicationBuilder(RapportApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + databaseUrl,
                        "--rapport.search.index-dir=" + indexDir,
                        "--rapport.signup=open",
                        "--logging.level.root=warn",
                        "--spring.main.banner-mode=off");
    }

    private static int portOf(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static boolean eventuallyExists(Path path) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!Files.exists(path) && System.nanoTime() < deadline) {
            SearchApiIT.sleep(50);
        }
        return Files.exists(path);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
