package org.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.cli.api.Json;

/**
 * {@code rapport export} against the packaged server: a JSON backup, vCard and Google CSV on
 * standard output or into a file, byte for byte what the API answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportCommandIT {
    @TempDir
    Path tmp;

    private ServerProcess server;
    private String token;
    private Path config;

    @BeforeAll
    void startServerWithSomePeople(@TempDir Path data) throws Exception {
        var jar = ServerProcess.jar();
        assumeTrue(jar.isPresent(), "no server jar in server/target: build the server first (mvn package)");
        server = ServerProcess.start(jar.get(), data);
        token = server.newAccountToken("export@example.com");
        for (String name : List.of("Ana María Ruiz", "Zoë Ångström")) {
            var created = server.call(
                    "POST",
                    "/api/v1/people",
                    Map.of("displayName", name, "emails", List.of(Map.of("value", "x@example.com", "label", "work"))),
                    "Bearer " + token);
            assertThat(created.status()).isEqualTo(201);
        }
        config = data.resolve("config");
        assertThat(rapport("login", "--server", server.base, "--token", token).code())
                .isZero();
    }

    @AfterAll
    void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private CliRun.Result rapport(String... args) {
        return CliRun.withConfigIn(config).run(args);
    }

    @Test
    void aJsonBackupGoesToStandardOutput() {
        var r = rapport("export", "--format", "json");

        assertThat(r.code()).as(r.toString()).isZero();
        Map<String, Object> backup = Json.object(Json.parse(r.out()));
        assertThat(backup.get("format")).isEqualTo("rapport-backup");
        List<Object> people = Json.list(Json.object(backup.get("tables")), "people");
        assertThat(people).hasSize(2);
        assertThat(r.out()).contains("Ana María Ruiz", "Zoë Ångström");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void vcardAndGoogleCsvToStandardOutputOrIntoAFile() throws Exception {
        var vcard = rapport("export", "--format", "vcard");
        assertThat(vcard.code()).as(vcard.toString()).isZero();
        assertThat(vcard.out()).startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n").contains("FN:Ana María Ruiz");

        Path file = tmp.resolve("people.csv");
        var csv = rapport("export", "--format", "csv", "-o", file.toString());
        assertThat(csv.code()).as(csv.toString()).isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .startsWith("First Name,Middle Name,Last Name,")
                .contains("Zoë Ångström");
        assertThat(csv.err()).contains("Exported to " + file);
    }

    @Test
    void restoreMovesTheBackupIntoAnEmptyAccountAndRefusesAFullOne() throws Exception {
        Path backup = tmp.resolve("backup.json");
        assertThat(rapport("export", "--format", "json", "-o", backup.toString())
                        .code())
                .isZero();
        String newToken = server.newAccountToken("restore-" + System.nanoTime() + "@example.com");
        Path other = tmp.resolve("other-config");
        assertThat(CliRun.withConfigIn(other)
                        .run("login", "--server", server.base, "--token", newToken)
                        .code())
                .isZero();

        Files.writeString(tmp.resolve("broken.json"), "{\"format\": \"rapport-backup\",\n\"version\": 7}");
        // A broken file first, while the account is still empty: 422 names the line, nothing changes.
        var broken = CliRun.withConfigIn(other)
                .run("restore", tmp.resolve("broken.json").toString());
        assertThat(broken.code()).isEqualTo(ExitCode.USAGE);
        assertThat(broken.err()).contains("line 2: version 7");

        var restored = CliRun.withConfigIn(other).run("restore", backup.toString());

        assertThat(restored.code()).as(restored.toString()).isZero();
        assertThat(restored.out())
                .isEqualTo("Restored backup.json: 2 people, 0 organizations, 0 encounters, 0 follow-ups\n");
        var people = server.call("GET", "/api/v1/people", null, "Bearer " + newToken);
        assertThat(Json.text(Json.object(people.body()), "total")).isEqualTo("2");

        var again = CliRun.withConfigIn(other).run("restore", backup.toString());
        assertThat(again.code()).isEqualTo(ExitCode.SERVER);
        assertThat(again.err()).contains("empty workspace");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        var r = rapport("export", "--format", "xml");

        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--format must be one of json, vcard, csv");
    }

    @Test
    void theJarRedirectedIntoAFileWritesTheBackup() throws Exception {
        Path jar = Path.of(System.getProperty("rapport.test.cliJar", "target/rapport-cli.jar"));
        assumeTrue(Files.isRegularFile(jar), "the CLI jar is not packaged yet");
        Path out = tmp.resolve("backup.json");
        var builder = new ProcessBuilder("java", "-jar", jar.toString(), "export", "--format", "json")
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("RAPPORT_CONFIG_DIR", config.toString());
        builder.environment().put("LC_ALL", "C");
        Process p = builder.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).isZero();
        String backup = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(backup).startsWith("{\"format\":\"rapport-backup\"").contains("Ana María Ruiz");
    }
}
