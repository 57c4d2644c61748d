package org.rapport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.RapportApplication;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.rapport.testing.WebSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * App nodes keep no state of their own: a member signed in on one node goes on on another (same
 * session, same CSRF token), and a file previewed on one node is imported when the confirmation
 * reaches the other.
 */
@RapportTest
class SecondNodeIT {
    private static final Pattern CONFIRM = Pattern.compile("action=\"/imports/([0-9a-f-]{36})/confirm\"");

    @LocalServerPort
    int port;

    @Value("${spring.datasource.url}")
    String databaseUrl;

    @TempDir
    java.nio.file.Path temp;

    ConfigurableApplicationContext nodeB;

    @BeforeEach
    void startSecondNode() {
        nodeB = new SpringApplicationBuilder(RapportApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + databaseUrl,
                        "--rapport.search.index-dir=" + temp.resolve("node-b-index"),
                        "--logging.level.root=warn",
                        "--spring.main.banner-mode=off");
    }

    @AfterEach
    void stopSecondNode() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    void aSignedInMemberAndTheirPreviewedImportGoOnOnAnotherNode() throws Exception {
        ApiClient api = ApiClient.newMember(port);
        WebSession onA = WebSession.signedIn(port, api.email);
        WebSession onB =
                onA.at(((WebServerApplicationContext) nodeB).getWebServer().getPort());

        HttpResponse<String> today = onB.get("/");
        assertThat(today.statusCode()).isEqualTo(200);
        assertThat(today.body()).contains("Test Member").doesNotContain("name=\"password\"");

        // Previewed on A...
        String csrf = onA.csrf();
        HttpResponse<String> preview = upload(
                onA,
                csrf,
                LINKEDIN_HEADER + "\r\n"
                        + "Zofia,Brandt,https://www.linkedin.com/in/zofia-brandt,,Lumen,Data lead,15 Mar 2024\r\n");
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        Matcher confirm = CONFIRM.matcher(preview.body());
        assertThat(confirm.find()).as(preview.body()).isTrue();
        assertThat(api.get("/api/v1/people").json().get("total").asLong()).isZero();

        // ...confirmed on B, with the token A's page carried.
        HttpResponse<String> confirmed =
                onB.post("/imports/" + UUID.fromString(confirm.group(1)) + "/confirm", Map.of("_csrf", csrf));
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(302);
        assertThat(confirmed.headers().firstValue("Location").orElseThrow()).contains("/imports/");
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (api.get("/api/v1/people").json().get("total").asLong() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(api.get("/api/v1/people?q=zofia").json().get("total").asLong())
                .isEqualTo(1);

        // Confirmed once: the kept file is gone, on every node.
        assertThat(onA.post("/imports/" + confirm.group(1) + "/confirm", Map.of("_csrf", csrf))
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .endsWith("/imports");
    }

    private static final String LINKEDIN_HEADER =
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On";

    private static HttpResponse<String> upload(WebSession web, String csrf, String csv) throws Exception {
        String boundary = "----rapport" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Connections.csv\""
                        + "\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return web.send(web.request("/imports")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }
}
