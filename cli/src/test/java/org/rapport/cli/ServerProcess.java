package org.rapport.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.rapport.cli.api.Json;

/**
 * The real server jar (built earlier in the reactor) run as a separate process on a free port
 * with a fresh SQLite directory, and a few raw calls to set up and inspect accounts.
 */
final class ServerProcess implements AutoCloseable {
    private final Process process;
    final String base;

    private ServerProcess(Process process, String base) {
        this.process = process;
        this.base = base;
    }

    /** The server jar in server/target, if it has been built. */
    static Optional<Path> jar() {
        Path dir = Path.of(System.getProperty("rapport.test.serverDir", "../server/target"));
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("rapport-server-.*\\.jar"))
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static ServerProcess start(Path jar, Path dataDir) throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = dataDir.resolve("server.log");
        Files.createDirectories(dataDir);
        Process process = new ProcessBuilder(
                        "java",
                        "-Xmx384m",
                        "-jar",
                        jar.toString(),
                        "--server.port=" + port,
                        "--rapport.data-dir=" + dataDir,
                        "--rapport.signup=open")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        var server = new ServerProcess(process, "http://127.0.0.1:" + port);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited at start:\n" + Files.readString(log));
            }
            if (server.healthy()) {
                return server;
            }
            Thread.sleep(300);
        }
        server.close();
        throw new IllegalStateException("the server did not start within 120 s:\n" + Files.readString(log));
    }

    private boolean healthy() {
        try {
            return call("GET", "/actuator/health", null, null).status() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    record Answer(int status, Object body) {}

    /** A new account with its own workspace; answers a token for it. */
    String newAccountToken(String email) throws IOException {
        String password = "a long passphrase";
        var created = call(
                "POST", "/api/v1/accounts", Map.of("email", email, "password", password, "name", "CLI Test"), null);
        if (created.status() != 201) {
            throw new IllegalStateException("sign-up answered " + created);
        }
        String basic = "Basic "
                + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        var token = call("POST", "/api/v1/tokens", Map.of("name", "cli test"), basic);
        return Json.text(Json.object(token.body()), "token");
    }

    Answer call(String method, String path, Object body, String authorization) throws IOException {
        var c = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
        c.setRequestMethod(method);
        c.setConnectTimeout(2000);
        c.setReadTimeout(30000);
        if (authorization != null) {
            c.setRequestProperty("Authorization", authorization);
        }
        if (body != null) {
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = c.getOutputStream()) {
                out.write(Json.write(body).getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = c.getResponseCode();
        var in = status >= 400 ? c.getErrorStream() : c.getInputStream();
        String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return new Answer(status, text.isBlank() ? null : Json.parse(text));
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
