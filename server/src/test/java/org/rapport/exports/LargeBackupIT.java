package org.rapport.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.testing.ApiClient;
import org.rapport.testing.DatabaseAvailable;
import org.rapport.testing.TestDatabase;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A 30,000-person backup (with contact points, relationships and as many encounters) restores and
 * exports through the packaged server held to a heap far smaller than the document would take as a
 * tree: both directions stream. Runs against the jar {@code mvn verify} just built.
 */
@ExtendWith(DatabaseAvailable.class)
class LargeBackupIT {
    static final int PEOPLE = 30_000;
    /** The server's whole heap; the backup is about 30 MB of JSON, several times that as objects. */
    static final String HEAP = "-Xmx128m";

    @TempDir
    Path temp;

    private Process server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void thirtyThousandPeopleRestoreAndExportInASmallHeap() throws Exception {
        String property = System.getProperty("rapport.test.serverJar");
        assumeTrue(
                property != null && Files.isRegularFile(Path.of(property)),
                "LargeBackupIT starts the packaged server jar named by -Drapport.test.serverJar; run it through Maven");
        ApiClient member = ApiClient.newMember(start(Path.of(property)));
        Path file = temp.resolve("large.json");
        write(file, UUID.randomUUID(), member.memberId);
        long size = Files.size(file);

        long restoring = System.nanoTime();
        var restored = Uploads.upload(member, "/api/v1/restore", "large.json", Files.readAllBytes(file));
        restoring = System.nanoTime() - restoring;
        assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        assertThat(restored.json().get("restored").get("people").asLong()).isEqualTo(PEOPLE);

        long exporting = System.nanoTime();
        var exported = member.get("/api/v1/export?format=json");
        exporting = System.nanoTime() - exporting;
        assertThat(exported.status()).isEqualTo(200);
        var tables = exported.json().get("tables");
        assertThat(tables.get("people").size()).isEqualTo(PEOPLE);
        assertThat(tables.get("person_contact_points").size()).isEqualTo(2 * PEOPLE);
        assertThat(tables.get("encounters").size()).isEqualTo(PEOPLE);
        assertThat(tables.get("encounter_participants").size()).isEqualTo(PEOPLE);
        assertThat(member.get("/api/v1/people?q=person%2029999")
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(server.isAlive()).isTrue();
        System.out.printf(
                "LargeBackupIT [%s, %s]: %d people, %.1f MB backup; restore %d ms, export %d ms (%.1f MB)%n",
                TestDatabase.vendor(),
                HEAP,
                PEOPLE,
                size / 1e6,
                Duration.ofNanos(restoring).toMillis(),
                Duration.ofNanos(exporting).toMillis(),
                exported.body().length() / 1e6);
    }

    /** A backup as another server would write it, generated row by row. */
    private static void write(Path file, UUID workspace, UUID member) throws IOException {
        long at = 1_764_000_000_000L;
        try (OutputStream out = Files.newOutputStream(file);
                JsonGenerator g = JsonMapper.builder().build().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("format", "rapport-backup");
            g.writeNumberProperty("version", 1);
            g.writeStringProperty("exportedAt", "2026-11-26T04:00:00Z");
            g.writeName("workspace");
            g.writeStartObject();
            g.writeStringProperty("id", workspace.toString());
            g.writeName("members");
            g.writeStartArray();
            g.writeStartObject();
            g.writeStringProperty("id", member.toString());
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.writeName("tables");
            g.writeStartObject();
            List<UUID> people = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                people.add(new UUID(0x0190000000007000L + i, 0x8000000000000000L + i));
            }
            rows(g, "people", i -> {
                g.writeStringProperty("id", people.get(i).toString());
                g.writeStringProperty("display_name", "Person " + i + " Núñez");
                g.writeStringProperty("sort_name", "person " + i + " nunez");
                g.writeStringProperty("notes", "Met at the conference in year " + (2000 + i % 26) + "; likes data.");
                g.writeNumberProperty("created_at", at + i);
                g.writeNumberProperty("updated_at", at + i);
                g.writeNumberProperty("version", 1);
            });
            rows(
                    g,
                    "person_contact_points",
                    i -> {
                        int person = i / 2;
                        boolean email = i % 2 == 0;
                        String value = email ? "person" + person + "@example.com" : "+1 555 " + (1_000_000 + person);
                        g.writeStringProperty("person_id", people.get(person).toString());
                        g.writeStringProperty("kind", email ? "email" : "phone");
                        g.writeNumberProperty("position", 0);
                        g.writeStringProperty("value", value);
                        g.writeStringProperty("label", email ? "work" : "mobile");
                        g.writeStringProperty("match_key", email ? value : value.replaceAll("[^0-9+]", ""));
                    },
                    2 * PEOPLE);
            rows(g, "relationships", i -> {
                g.writeStringProperty("member_id", member.toString());
                g.writeStringProperty("person_id", people.get(i).toString());
                g.writeStringProperty("kinds", ",professional,");
                g.writeNumberProperty("last_contact_at", at + i);
                g.writeNumberProperty("last_contact_offset", 60);
            });
            rows(g, "encounters", i -> {
                g.writeStringProperty("id", new UUID(0x0191000000007000L + i, 0x8000000000000000L + i).toString());
                g.writeStringProperty("member_id", member.toString());
                g.writeNumberProperty("occurred_at", at + i);
                g.writeNumberProperty("occurred_offset", 60);
                g.writeStringProperty("channel", "in_person");
                g.writeStringProperty("kind", "professional");
                g.writeStringProperty("title", "Coffee " + i);
                g.writeNumberProperty("created_at", at + i);
                g.writeNumberProperty("updated_at", at + i);
                g.writeNumberProperty("version", 1);
            });
            rows(g, "encounter_participants", i -> {
                g.writeStringProperty(
                        "encounter_id", new UUID(0x0191000000007000L + i, 0x8000000000000000L + i).toString());
                g.writeStringProperty("person_id", people.get(i).toString());
                g.writeNumberProperty("position", 0);
            });
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private interface RowWriter {
        void write(int index);
    }

    private static void rows(JsonGenerator g, String table, RowWriter row) {
        rows(g, table, row, PEOPLE);
    }

    private static void rows(JsonGenerator g, String table, RowWriter row, int count) {
        g.writeName(table);
        g.writeStartArray();
        for (int i = 0; i < count; i++) {
            g.writeStartObject();
            row.write(i);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private String start(Path jar) throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = temp.resolve("server.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP,
                "-XX:+ExitOnOutOfMemoryError",
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--rapport.data-dir=" + temp.resolve("data"),
                "--rapport.signup=open"));
        if (TestDatabase.vendor() == TestDatabase.Vendor.POSTGRESQL) {
            command.add("--spring.datasource.url=" + TestDatabase.createDatabase());
        }
        server = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        String base = "http://127.0.0.1:" + port;
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                fail("the server exited at start:%n%s", Files.readString(log));
            }
            try {
                if (ApiClient.anonymous(base).get("/actuator/health").status() == 200) {
                    return base;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(300);
        }
        return fail("the server did not start within 120 s:%n%s", Files.readString(log));
    }
}
