package org.rapport.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The browser's way in: the sign-in form with its CSRF token, a session cookie, and the API riding on it. */
@RapportTest
class SignInIT {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    ApiClient member;
    HttpClient browser;

    @BeforeEach
    void memberAndBrowser() {
        member = ApiClient.newMember(port);
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    @Test
    void signingInWithTheFormsTokenOpensASessionThatTheApiAccepts() throws Exception {
        var page = get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'")
                .contains("frame-ancestors 'none'");
        String token = csrf(page.body());

        var signedIn = post("/login", Map.of("username", member.email, "password", ApiClient.PASSWORD, "_csrf", token));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/");
        String cookie = String.join(";", signedIn.headers().allValues("Set-Cookie"));
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");

        var today = get("/");
        assertThat(today.statusCode()).isEqualTo(200);
        assertThat(today.body()).contains("Today");
        assertThat(get("/api/v1/me").body()).contains(member.email);

        // A write through the session needs the CSRF header like any form.
        var withoutHeader = browser.send(
                HttpRequest.newBuilder(uri("/api/v1/people"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"displayName\":\"Via session\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withoutHeader.statusCode()).isEqualTo(403);
    }

    @Test
    void signingInWithoutTheCsrfTokenIsRefused() throws Exception {
        get("/login");
        var refused = post("/login", Map.of("username", member.email, "password", ApiClient.PASSWORD));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void aWrongPasswordGoesBackToTheFormWithAMessage() throws Exception {
        String token = csrf(get("/login").body());
        var wrong = post("/login", Map.of("username", member.email, "password", "not the password", "_csrf", token));
        assertThat(wrong.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        assertThat(get("/login?error").body()).contains("Wrong email or password");
    }

    @Test
    void pagesNeedASignedInMember() throws Exception {
        var anonymous = get("/");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token in the form").isTrue();
        return m.group(1);
    }
}
