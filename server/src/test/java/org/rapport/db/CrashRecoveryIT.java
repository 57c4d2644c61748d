package org.rapport.db;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.rapport.testing.EncounterMother.encounter;
import static org.rapport.testing.PersonMother.person;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.testing.ApiClient;
import org.rapport.testing.DatabaseAvailable;
import org.rapport.testing.TestDatabase;
import tools.jackson.databind.JsonNode;

/**
 * The packaged server as a separate process under a stream of writes, killed with SIGKILL mid-stream
 * and started again on the same data: every write that was answered 2xx must still be there, and the
 * database must open cleanly. Runs against the jar {@code mvn verify} just built.
 */
@ExtendWith(DatabaseAvailable.class)
class CrashRecoveryIT {
    private static final int WRITERS = 4;
    private static final Duration WRITING = Duration.ofSeconds(3);
    // Startup takes 4-10 s on an idle 2-core machine and was seen at 50 s when other builds share it.
    private static final Duration STARTUP = Duration.ofSeconds(120);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** How the JDK reports a process ended by signal 9 on Linux and macOS. */
    private static final int SIGKILL_EXIT = 128 + 9;

    @TempDir
    Path temp;

    private final List<Process> servers = new ArrayList<>();
    private final List<Path> logs = new ArrayList<>();
    private Path jar;
    private Path dataDir;
    private @Nullable String databaseUrl;

    @BeforeEach
    void packagedServerAndFreshDatabase() {
        String property = System.getProperty("rapport.test.serverJar");
        assumeTrue(
                property != null && Files.isRegularFile(Path.of(property)),
                "CrashRecoveryIT starts the packaged server jar named by -Drapport.test.serverJar (here: " + property
                        + "). Run it through Maven, which packages the jar first: mvn -B verify"
                        + " -Dit.test=CrashRecoveryIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false");
        jar = Path.of(property);
        dataDir = temp.resolve("data");
        databaseUrl = TestDatabase.vendor() == TestDatabase.Vendor.POSTGRESQL ? TestDatabase.createDatabase() : null;
    }

    @AfterEach
    void noServerOutlivesTheTest() throws InterruptedException {
        for (Process server : servers) {
            server.destroyForcibly();
            server.waitFor(PATIENCE.toSeconds(), SECONDS);
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKillDashNineAndTheDatabaseOpensCleanly() throws Exception {
        try {
            crashAndRecover();
        } catch (Throwable failure) {
            printServerLogs();
            throw failure;
        }
    }

    private void crashAndRecover() throws Exception {
        var clock = new Stopwatch();
        String first = start("first");
        clock.lap("start");
        ApiClient member = ApiClient.newMember(first);
        Writes writes = writeUntilKilled(member, servers.get(0));
        clock.lap("write and kill");
        if (databaseUrl == null) {
            assertSqliteFileIsSound(copyOfCrashedSqliteFiles());
        }

        String second = start("second");
        clock.lap("restart");
        assertEverythingAcknowledgedIsThere(member.at(second), writes);
        assertEveryStoredEncounterHasItsThankYou(member.at(second));
        if (databaseUrl == null) {
            Process restarted = servers.get(1);
            restarted.destroy();
            assertThat(restarted.waitFor(PATIENCE.toSeconds(), SECONDS))
                    .as("the restarted server stops")
                    .isTrue();
            assertSqliteFileIsSound(dataDir.resolve("rapport.db"));
        }
        clock.lap("checks");
        System.out.printf(
                "CrashRecoveryIT [%s]: acknowledged %d people, %d encounters, %d PATCHes; %s%n",
                TestDatabase.vendor(), writes.people.size(), writes.encounters.size(), writes.patches.sum(), clock);
    }

    /** Streams writes from {@link #WRITERS} threads and SIGKILLs the server while they are still sending. */
    private static Writes writeUntilKilled(ApiClient member, Process server) throws Exception {
        Writes writes = new Writes();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<Void>> writers = new ArrayList<>();
            for (int n = 0; n < WRITERS; n++) {
                writers.add(pool.submit(new Writer(n, member, writes, killed)));
            }
            Thread.sleep(WRITING.toMillis());
            awaitEveryKindOfWrite(writes);
            server.destroyForcibly();
            assertThat(server.waitFor(PATIENCE.toSeconds(), SECONDS))
                    .as("the killed server exits")
                    .isTrue();
            killed.set(true);
            for (Future<Void> writer : writers) {
                writer.get(PATIENCE.toSeconds(), SECONDS);
            }
        } finally {
            killed.set(true);
            pool.shutdownNow();
        }
        assertThat(server.exitValue()).as("killed by SIGKILL, not shut down").isEqualTo(SIGKILL_EXIT);
        assertThat(writes.unexpected).as("answers other than 2xx").isEmpty();
        assertThat(writes.encounters).as("acknowledged encounters").isNotEmpty();
        assertThat(writes.patches.sum()).as("acknowledged PATCHes").isPositive();
        return writes;
    }

    /** A slow machine may need longer than {@link #WRITING} before each writer got a PATCH through. */
    private static void awaitEveryKindOfWrite(Writes writes) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (writes.patches.sum() < WRITERS && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    /** Starts the jar on a free port and waits until it is healthy; answers its base URL. */
    private String start(String name) throws IOException, InterruptedException {
        int port = freePort();
        Path log = temp.resolve(name + "-server.log");
        List<String> command = new ArrayList<>(List.of(
                javaCommand(),
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--rapport.data-dir=" + dataDir,
                "--rapport.signup=open"));
        if (databaseUrl != null) {
            command.add("--spring.datasource.url=" + databaseUrl);
        }
        Process server = new ProcessBuilder(command)
                .directory(temp.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        servers.add(server);
        logs.add(log);
        String base = "http://127.0.0.1:" + port;
        ApiClient anonymous = ApiClient.anonymous(base);
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                fail("the %s server exited with %d before it was healthy", name, server.exitValue());
            }
            try {
                var health = anonymous.get("/actuator/health");
                if (health.status() == 200) {
                    assertThat(health.text("status")).as(health.body()).isEqualTo("UP");
                    return base;
                }
            } catch (RuntimeException notListeningYet) {
                // keep polling until the deadline
            }
            Thread.sleep(250);
        }
        return fail("the %s server was not healthy within %s", name, STARTUP);
    }

    private static void assertEverythingAcknowledgedIsThere(ApiClient api, Writes writes) {
        var softly = new SoftAssertions();
        writes.people.forEach((id, name) -> {
            var read = api.get("/api/v1/people/" + id);
            softly.assertThat(read.status()).as("acknowledged person %s", name).isEqualTo(200);
            if (read.status() == 200) {
                softly.assertThat(read.text("displayName")).isEqualTo(name);
                softly.assertThat(read.version())
                        .as("version of %s (last acknowledged or later)", name)
                        .isGreaterThanOrEqualTo(writes.versions.get(id));
                softly.assertThat(read.text("notes")).as("notes of %s", name).isEqualTo(notes(name, read.version()));
            }
        });
        writes.encounters.forEach((id, logged) -> {
            var read = api.get("/api/v1/encounters/" + id);
            softly.assertThat(read.status())
                    .as("acknowledged encounter with %s", logged.name())
                    .isEqualTo(200);
            if (read.status() == 200) {
                softly.assertThat(read.text("title")).isEqualTo("Coffee with " + logged.name());
                softly.assertThat(read.json().get("participantIds").toString())
                        .isEqualTo("[\"" + logged.personId() + "\"]");
                softly.assertThat(read.json()
                                .get("received")
                                .get(0)
                                .get("description")
                                .asString())
                        .isEqualTo(gift(logged.name()));
            }
            var thanks = api.get("/api/v1/follow-ups?encounterId=" + id);
            softly.assertThat(thanks.status()).as(thanks.body()).isEqualTo(200);
            softly.assertThat(thanks.json().path("total").asLong())
                    .as("thank-you follow-ups of the encounter with %s", logged.name())
                    .isEqualTo(1);
            if (thanks.json().path("total").asLong() == 1) {
                JsonNode thankYou = thanks.json().get("items").get(0);
                softly.assertThat(thankYou.get("type").asString()).isEqualTo("thank_you");
                softly.assertThat(thankYou.get("personId").asString())
                        .isEqualTo(logged.personId().toString());
                softly.assertThat(thankYou.get("title").asString())
                        .isEqualTo("Thank " + logged.name() + " for " + gift(logged.name()));
            }
        });
        softly.assertAll();
    }

    /** Also the encounters whose answer the kill swallowed: committed means committed with its thank-you. */
    private static void assertEveryStoredEncounterHasItsThankYou(ApiClient api) {
        Set<String> encounters = idsOf(api, "/api/v1/encounters", "id");
        Set<String> thanked = idsOf(api, "/api/v1/follow-ups?status=open", "encounterId");
        assertThat(thanked).as("encounters with a thank-you").isEqualTo(encounters);
    }

    private static Set<String> idsOf(ApiClient api, String path, String field) {
        Set<String> ids = new HashSet<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 0; ; page++) {
            var answer = api.get(path + separator + "size=200&page=" + page);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            JsonNode items = answer.json().get("items");
            items.forEach(item -> ids.add(item.get(field).asString()));
            if (items.isEmpty()) {
                return ids;
            }
        }
    }

    private Path copyOfCrashedSqliteFiles() throws IOException {
        Path crashed = Files.createDirectories(temp.resolve("crashed"));
        for (String suffix : List.of("", "-wal", "-shm")) {
            Path file = dataDir.resolve("rapport.db" + suffix);
            if (Files.exists(file)) {
                Files.copy(file, crashed.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return crashed.resolve("rapport.db");
    }

    private static void assertSqliteFileIsSound(Path file) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement sql = db.createStatement()) {
            assertThat(rows(sql, "PRAGMA integrity_check"))
                    .as("integrity of " + file)
                    .containsExactly("ok");
            assertThat(rows(sql, "PRAGMA foreign_key_check"))
                    .as("foreign keys of " + file)
                    .isEmpty();
        }
    }

    private static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            while (result.next()) {
                StringBuilder row = new StringBuilder(String.valueOf(result.getObject(1)));
                for (int c = 2; c <= result.getMetaData().getColumnCount(); c++) {
                    row.append(" | ").append(result.getObject(c));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private void printServerLogs() {
        for (Path log : logs) {
            try {
                System.err.println("===== " + log.getFileName() + " =====\n" + Files.readString(log));
            } catch (IOException e) {
                System.err.println("===== " + log.getFileName() + " could not be read: " + e);
            }
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String notes(String name, long version) {
        return "Notes on " + name + " at version " + version;
    }

    static String gift(String name) {
        return "a tip from " + name;
    }

    record LoggedEncounter(UUID personId, String name) {}

    /** Seconds per phase, for the summary line: how long a crash test takes on this machine. */
    static final class Stopwatch {
        private final StringBuilder laps = new StringBuilder();
        private long last = System.nanoTime();

        void lap(String phase) {
            long now = System.nanoTime();
            laps.append(laps.isEmpty() ? "" : ", ").append(String.format("%s %.1f s", phase, (now - last) / 1e9));
            last = now;
        }

        @Override
        public String toString() {
            return laps.toString();
        }
    }

    /** What the server acknowledged with a 2xx, as the writers saw it. */
    static final class Writes {
        final Map<UUID, String> people = new ConcurrentHashMap<>();
        final Map<UUID, Long> versions = new ConcurrentHashMap<>();
        final Map<UUID, LoggedEncounter> encounters = new ConcurrentHashMap<>();
        final LongAdder patches = new LongAdder();
        final Queue<String> unexpected = new ConcurrentLinkedQueue<>();
    }

    /**
     * Creates a person, logs an encounter where that person gave something (so a thank-you is owed),
     * and PATCHes one of its recent people; again and again, until a request sent after the kill
     * fails. Each writer only PATCHes its own people, so its versions never conflict.
     */
    private static final class Writer implements Callable<Void> {
        private final int number;
        private final ApiClient api;
        private final Writes writes;
        private final AtomicBoolean killed;
        private final List<UUID> mine = new ArrayList<>();
        private boolean sawTheKill;

        Writer(int number, ApiClient api, Writes writes, AtomicBoolean killed) {
            this.number = number;
            this.api = api;
            this.writes = writes;
            this.killed = killed;
        }

        @Override
        public Void call() {
            for (int i = 0; !sawTheKill; i++) {
                write("Crash " + number + "-" + i);
            }
            return null;
        }

        private void write(String name) {
            var created = send(() -> api.post(
                    "/api/v1/people",
                    person().named(name).with("notes", notes(name, 1)).build()));
            if (created == null) {
                return;
            }
            UUID id = created.id();
            writes.versions.put(id, created.version());
            writes.people.put(id, name);
            mine.add(id);
            var logged = send(() -> api.post(
                    "/api/v1/encounters",
                    encounter()
                            .with(id)
                            .set("title", "Coffee with " + name)
                            .received("advice", gift(name), id)
                            .build()));
            if (logged == null) {
                return;
            }
            writes.encounters.put(logged.id(), new LoggedEncounter(id, name));
            UUID target = mine.get(
                    Math.max(0, mine.size() - 1 - ThreadLocalRandom.current().nextInt(5)));
            long version = writes.versions.get(target);
            String targetName = writes.people.get(target);
            var patched = send(() -> api.patch(
                    "/api/v1/people/" + target, Map.of("version", version, "notes", notes(targetName, version + 1))));
            if (patched != null) {
                writes.versions.put(target, patched.version());
                writes.patches.increment();
            }
        }

        /** The answer when it was 2xx; null when refused or when the connection died under it. */
        private ApiClient.@Nullable Response send(Supplier<ApiClient.Response> request) {
            boolean afterTheKill = killed.get();
            try {
                var response = request.get();
                if (response.status() / 100 == 2) {
                    return response;
                }
                writes.unexpected.add(response.toString());
            } catch (RuntimeException connectionFailed) {
                sawTheKill = afterTheKill;
            }
            return null;
        }
    }
}
