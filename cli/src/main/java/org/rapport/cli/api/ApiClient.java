package org.rapport.cli.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpRetryException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Calls Rapport's REST API ({@code /api/v1}) with a token or a password. Answers come back as
 * {@link Json} values; error answers throw {@link ApiException}, no answer at all {@link
 * ServerUnreachableException}.
 *
 * <p>Requests go through {@link HttpURLConnection}, not {@code java.net.http.HttpClient}: the
 * latter loads about four times as many classes (TLS included, even for http) and starts a selector
 * thread, which made {@code rapport due} several times slower (docs/adr/0006-cli-start-up.md).
 * Only PATCH, which HttpURLConnection refuses, goes through {@link PatchSender}.
 */
public final class ApiClient {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    private final String server;
    private final String authorization;

    private ApiClient(String server, String authorization) {
        this.server = normalize(server);
        this.authorization = authorization;
    }

    public static ApiClient withToken(String server, String token) {
        return new ApiClient(server, "Bearer " + token);
    }

    /** HTTP Basic, which only {@code POST /api/v1/tokens} takes. */
    public static ApiClient withPassword(String server, String email, String password) {
        String pair = email + ":" + password;
        return new ApiClient(
                server, "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code http://host:8080} from what people type: no scheme, a trailing slash, or the API prefix. */
    public static String normalize(String server) {
        String s = server.strip();
        if (!s.contains("://")) {
            s = "http://" + s;
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("/api/v1")) {
            s = s.substring(0, s.length() - "/api/v1".length());
        }
        return s;
    }

    /** A query value, percent-encoded for a path built by hand. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public String server() {
        return server;
    }

    /** GET {@code /api/v1} + {@code path}, which carries its own already-encoded query. */
    public Object get(String path) {
        return json(open("GET", path, READ_TIMEOUT));
    }

    public Object post(String path, Object body) {
        HttpURLConnection c = open("POST", path, READ_TIMEOUT);
        byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
        c.setRequestProperty("Content-Type", "application/json");
        return json(upload(c, bytes.length, out -> out.write(bytes)));
    }

    public Object patch(String path, Object body) {
        PatchSender.Answer answer = PatchSender.send(URI.create(url(path)), authorization, Json.write(body));
        if (answer.status() >= 400) {
            throw error(answer.status(), answer.contentType(), answer.body());
        }
        return parse(answer.contentType(), answer.body());
    }

    /** Writes a request body of a known length. */
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** POST a prepared body (a multipart upload) streamed as it is written; the answer as JSON. */
    public Object post(String path, String contentType, long length, Body body, Duration timeout) {
        HttpURLConnection c = open("POST", path, timeout);
        c.setRequestProperty("Content-Type", contentType);
        return json(upload(c, length, body));
    }

    /** GET an answer to stream elsewhere (an export): the body of a successful answer. */
    public InputStream download(String path) {
        HttpURLConnection c = open("GET", path, Duration.ofMinutes(30));
        try {
            int status = c.getResponseCode();
            if (status >= 400) {
                throw error(status, contentType(c), read(c.getErrorStream()));
            }
            return c.getInputStream();
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    private String url(String path) {
        return server + "/api/v1" + path;
    }

    private HttpURLConnection open(String method, String path, Duration timeout) {
        try {
            HttpURLConnection c =
                    (HttpURLConnection) URI.create(url(path)).toURL().openConnection();
            c.setRequestMethod(method);
            c.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
            c.setReadTimeout((int) timeout.toMillis());
            c.setInstanceFollowRedirects(false);
            c.setRequestProperty("Authorization", authorization);
            c.setRequestProperty("Accept", "application/json");
            return c;
        } catch (IOException | IllegalArgumentException e) {
            throw new ServerUnreachableException("cannot use server address " + server + ": " + e.getMessage(), e);
        }
    }

    private HttpURLConnection upload(HttpURLConnection c, long length, Body body) {
        c.setDoOutput(true);
        c.setFixedLengthStreamingMode(length);
        try (OutputStream out = c.getOutputStream()) {
            body.writeTo(out);
        } catch (IOException e) {
            throw unreachable(e);
        }
        return c;
    }

    private Object json(HttpURLConnection c) {
        try {
            int status = c.getResponseCode();
            String type = contentType(c);
            if (status >= 400) {
                throw error(status, type, read(c.getErrorStream()));
            }
            return parse(type, read(c.getInputStream()));
        } catch (HttpRetryException e) {
            // A refused sign-in on a streamed body surfaces as this rather than as a status.
            throw error(e.responseCode(), "", "");
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    private Object parse(String contentType, String body) {
        if (body.isBlank()) {
            return null;
        }
        if (!contentType.contains("json")) {
            throw new ServerUnreachableException(
                    server + " answered " + contentType + ", not JSON: is it a Rapport server?", null);
        }
        return Json.parse(body);
    }

    static ApiException error(int status, String contentType, String body) {
        Object problem = null;
        if (contentType.contains("json") && !body.isBlank()) {
            try {
                problem = Json.parse(body);
            } catch (IllegalArgumentException e) {
                problem = null;
            }
        }
        return ApiException.from(status, problem);
    }

    private static String contentType(HttpURLConnection c) {
        String type = c.getContentType();
        return type == null ? "" : type;
    }

    private static String read(InputStream in) throws IOException {
        if (in == null) {
            return "";
        }
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    ServerUnreachableException unreachable(IOException e) {
        String why = e instanceof SocketTimeoutException
                ? "no answer in time"
                : e instanceof ConnectException ? "connection refused" : String.valueOf(e.getMessage());
        return new ServerUnreachableException("cannot reach " + server + ": " + why, e);
    }
}
