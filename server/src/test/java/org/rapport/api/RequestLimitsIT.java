package org.rapport.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@RapportTest
class RequestLimitsIT {
    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void member() {
        api = ApiClient.newMember(port);
    }

    @Test
    void malformedJsonIsABadRequestThatSaysWhere() {
        var response = api.send(
                "POST", "/api/v1/people", "{\"displayName\": ".getBytes(StandardCharsets.UTF_8), "application/json");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("detail")).contains("not valid JSON").contains("line 1");
        var array = api.send("POST", "/api/v1/people", "[1,2]".getBytes(StandardCharsets.UTF_8), "application/json");
        assertThat(array.status()).isEqualTo(400);
        assertThat(array.errorFields()).containsExactly("body");
    }

    @Test
    void aJsonBodyOverOneMegabyteIsRefusedWith413() {
        byte[] big = ("{\"displayName\":\"x\",\"notes\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        var declared = api.send("POST", "/api/v1/people", big, "application/json");
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/people").json().get("total").asLong()).isZero();
    }

    @Test
    void aChunkedBodyIsCutOffAtTheLimitToo() throws Exception {
        byte[] big = ("{\"displayName\":\"x\",\"notes\":\"" + "y".repeat(2 * 1024 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/people"))
                .header("Authorization", "Bearer " + api.token())
                .header("Content-Type", "application/json")
                // An input stream of unknown length makes the client send chunked, with no Content-Length.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(api.get("/api/v1/people").json().get("total").asLong()).isZero();
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        var response =
                api.send("POST", "/api/v1/people", "displayName=x".getBytes(StandardCharsets.UTF_8), "text/plain");
        assertThat(response.status()).isEqualTo(415);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var missing = api.send("POST", "/api/v1/people", null, "application/json");
        assertThat(missing.status()).isEqualTo(400);
    }

    @Test
    void unknownPathsAndMethodsAnswerAsProblems() {
        var unknown = api.get("/api/v1/nothing-here");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        var method = api.send("PUT", "/api/v1/people", "{}".getBytes(StandardCharsets.UTF_8), "application/json");
        assertThat(method.status()).isEqualTo(405);
        assertThat(api.get("/api/v1/people/not-a-uuid").errorFields()).containsExactly("id");
    }

    @Test
    void textIsStoredExactlyEvenNearTheLimit() {
        char[] notes = new char[90_000];
        Arrays.fill(notes, 'é');
        var created = api.post("/api/v1/people", java.util.Map.of("displayName", "Long", "notes", new String(notes)));
        assertThat(created.status()).isEqualTo(201);
        assertThat(api.get("/api/v1/people/" + created.id()).text("notes")).isEqualTo(new String(notes));
    }
}
