package org.rapport.testing;

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

/**
 * The web pages as a browser without JavaScript sees them: a cookie jar, plain GETs and
 * form POSTs, and the CSRF token read from the page like a form would carry it.
 */
public final class WebSession {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    public final HttpClient client;
    private final String base;

    private WebSession(int port) {
        this(port, HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
    }

    private WebSession(int port, HttpClient client) {
        this.base = "http://127.0.0.1:" + port;
        this.client = client;
    }

    /** The same browser (its cookies) talking to another app node. */
    public WebSession at(int port) {
        return new WebSession(port, client);
    }

    public static WebSession anonymous(int port) {
        return new WebSession(port);
    }

    /** Signed in through the login form, as {@link ApiClient#newMember} members are. */
    public static WebSession signedIn(int port, String email) throws Exception {
        WebSession web = new WebSession(port);
        String token = csrf(web.get("/login").body());
        web.post("/login", Map.of("username", email, "password", ApiClient.PASSWORD, "_csrf", token));
        return web;
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path));
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send(request(path));
    }

    public HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A fresh CSRF token of this session, from the settings page's forms. */
    public String csrf() throws Exception {
        return csrf(get("/settings").body());
    }

    public static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }

    public static String form(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
