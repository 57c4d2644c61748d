package org.rapport.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.testing.ApiClient;
import org.rapport.testing.DatabaseAvailable;
import org.rapport.testing.TestDatabase;

/**
 * Imports stream: the packaged server, started with a 256 MB heap, imports a 100,000-row LinkedIn
 * file and a 50,000-card vCard file (generated here, not kept in git). Holding either file's records
 * in memory would not fit; an OutOfMemoryError would fail the upload.
 */
@ExtendWith(DatabaseAvailable.class)
class ImportMemoryIT {
    private static final Duration STARTUP = Duration.ofSeconds(120);

    @TempDir
    Path temp;

    private @Nullable Process server;
    private Path log;

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    @Test
    void oneHundredThousandRowsAndFiftyThousandCardsFitIn256Megabytes() throws Exception {
        String jar = System.getProperty("rapport.test.serverJar");
        assumeTrue(jar != null && Files.isRegularFile(Path.of(jar)), "needs the packaged server jar (mvn verify)");
        String base = start(jar);
        ApiClient api = ApiClient.newMember(base);

        var csv = Uploads.upload(api, "", "connections.csv", linkedIn(100_000));
        assertThat(csv.status()).as(csv.body() + serverLog()).isEqualTo(200);
        assertThat(csv.json().get("created").asInt()).isEqualTo(100_000);

        var cards = Uploads.upload(api, "", "contacts.vcf", vcards(50_000));
        assertThat(cards.status()).as(cards.body() + serverLog()).isEqualTo(200);
        assertThat(cards.json().get("created").asInt()).isEqualTo(50_000);
        assertThat(api.get("/api/v1/people?size=1").json().get("total").asLong())
                .isEqualTo(150_000);
        assertThat(serverLog()).doesNotContain("OutOfMemoryError");
    }

    static byte[] linkedIn(int rows) {
        StringBuilder b = new StringBuilder("Notes:\n\"When exporting your connection data…\"\n\n");
        b.append("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
        for (int i = 0; i < rows; i++) {
            b.append("Person")
                    .append(i)
                    .append(",Lastname")
                    .append(i % 997)
                    .append(",https://www.linkedin.com/in/p")
                    .append(i)
                    .append(",,\"Company ")
                    .append(i % 3001)
                    .append(", Inc.\",Role ")
                    .append(i % 50)
                    .append(",")
                    .append(1 + i % 28)
                    .append(" Mar 2024\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] vcards(int cards) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < cards; i++) {
            String card =
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:card-" + i + "\r\nFN:Card Person " + i + "\r\nN:Person " + i
                            + ";Card;;;\r\nEMAIL;TYPE=INTERNET:card" + i + "@example.com\r\nTEL;TYPE=CELL:+1 555 "
                            + (100000 + i)
                            + "\r\nORG:Org " + (i % 1000) + "\r\nNOTE:Met at event " + (i % 40) + "\r\nEND:VCARD\r\n";
            out.writeBytes(card.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private String start(String jar) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        log = temp.resolve("server.log");
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m",
                "-XX:+ExitOnOutOfMemoryError",
                "-jar",
                jar,
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
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                fail("the server exited with %d: %s", server.exitValue(), serverLog());
            }
            try {
                if (ApiClient.anonymous(base).get("/actuator/health").status() == 200) {
                    return base;
                }
            } catch (RuntimeException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        return fail("the server was not healthy within %s: %s", STARTUP, serverLog());
    }

    private String serverLog() {
        try {
            String text = Files.readString(log);
            return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
