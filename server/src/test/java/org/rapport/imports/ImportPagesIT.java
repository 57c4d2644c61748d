package org.rapport.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.PersonMother.person;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The import pages over plain HTTP: CSRF on every form, and another workspace's imports are 404. */
@RapportTest
class ImportPagesIT {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    ApiClient owner;
    ApiClient stranger;
    HttpClient browser;
    String csrf;

    @BeforeEach
    void signedInAsTheStranger() throws Exception {
        owner = ApiClient.newMember(port);
        stranger = ApiClient.newMember(port);
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String token = token(get("/login").body());
        post("/login", Map.of("username", stranger.email, "password", ApiClient.PASSWORD, "_csrf", token));
        csrf = token(get("/imports").body());
    }

    @Test
    void anotherWorkspacesImportsAndPeopleAreNotFound() throws Exception {
        String id = Uploads.upload(owner, "", "linkedin-connections.csv").text("importId");
        assertThat(get("/imports/" + id).statusCode()).isEqualTo(404);
        assertThat(get("/imports/" + id + "/events").statusCode()).isEqualTo(404);
        assertThat(post("/imports/" + id + "/undo", Map.of("_csrf", csrf)).statusCode())
                .isEqualTo(404);
        assertThat(post("/imports/" + id + "/confirm", Map.of("_csrf", csrf)).statusCode())
                .isEqualTo(404);
        UUID a = owner.post("/api/v1/people", person().named("Ana Lopez").build())
                .id();
        UUID b = owner.post("/api/v1/people", person().named("Ana López").build())
                .id();
        assertThat(post("/people/duplicates/merge", Map.of("_csrf", csrf, "keep", a.toString(), "other", b.toString()))
                        .statusCode())
                .isEqualTo(404);
        assertThat(get("/people/duplicates").body()).doesNotContain("Ana");
        assertThat(get("/imports").body()).doesNotContain("linkedin-connections.csv");
        assertThat(owner.get("/api/v1/imports/" + id).text("status")).isEqualTo("done");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        String id = Uploads.upload(stranger, "", "linkedin-connections.csv").text("importId");
        assertThat(post("/imports/" + id + "/undo", Map.of()).statusCode()).isEqualTo(403);
        assertThat(stranger.get("/api/v1/imports/" + id).text("status")).isEqualTo("done");
        assertThat(post("/imports/" + id + "/undo", Map.of("_csrf", csrf)).statusCode())
                .isEqualTo(302);
        assertThat(stranger.get("/api/v1/imports/" + id).text("status")).isEqualTo("undone");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }
}
