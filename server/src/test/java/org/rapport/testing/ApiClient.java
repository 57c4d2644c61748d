package org.rapport.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

/** A small HTTP client for the REST API as an outside caller sees it: real sockets, real JSON. */
public final class ApiClient {
    public static final String PASSWORD = "correct horse battery staple";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final String authorization;
    public final UUID memberId;
    public final UUID workspaceId;
    public final String email;

    private ApiClient(String base, String authorization, UUID memberId, UUID workspaceId, String email) {
        this.base = base;
        this.authorization = authorization;
        this.memberId = memberId;
        this.workspaceId = workspaceId;
        this.email = email;
    }

    public static ApiClient anonymous(int port) {
        return anonymous(localhost(port));
    }

    /** No credentials, against the server at {@code baseUrl} (e.g. {@code http://127.0.0.1:8080}). */
    public static ApiClient anonymous(String baseUrl) {
        return new ApiClient(baseUrl, null, null, null, null);
    }

    /** A new account with its own workspace, holding a fresh API token. */
    public static ApiClient newMember(int port) {
        return newMember(localhost(port));
    }

    /** A new account with its own workspace on the server at {@code baseUrl}, holding a fresh API token. */
    public static ApiClient newMember(String baseUrl) {
        String email = "member-" + UUID.randomUUID() + "@example.org";
        ApiClient anonymous = anonymous(baseUrl);
        Response created =
                anonymous.post("/api/v1/accounts", Map.of("email", email, "password", PASSWORD, "name", "Test Member"));
        if (created.status() != 201) {
            throw new IllegalStateException("sign-up answered " + created.status() + ": " + created.body());
        }
        Response token = anonymous.withBasic(email, PASSWORD).post("/api/v1/tokens", Map.of("name", "test"));
        if (token.status() != 201) {
            throw new IllegalStateException("token answered " + token.status() + ": " + token.body());
        }
        return new ApiClient(
                anonymous.base,
                "Bearer " + token.json().get("token").asString(),
                UUID.fromString(created.json().get("memberId").asString()),
                UUID.fromString(created.json().get("workspaceId").asString()),
                email);
    }

    /**
     * A new member of this client's workspace, as a teammate joins: this client (an owner) invites
     * a new address with {@code role}, the invitee signs up with the link's token and makes a token.
     */
    public ApiClient invite(String role) {
        String invitee = "teammate-" + UUID.randomUUID() + "@example.org";
        Response invitation = post("/api/v1/workspace/invitations", Map.of("email", invitee, "role", role));
        if (invitation.status() != 201) {
            throw new IllegalStateException("invitation answered " + invitation);
        }
        return join(invitee, invitation.text("token"));
    }

    /** Signs up {@code email} with an invitation token and makes a token: the new member's client. */
    public ApiClient join(String email, String invitationToken) {
        ApiClient anonymous = anonymous(base);
        Response created = anonymous.post(
                "/api/v1/accounts",
                Map.of("email", email, "password", PASSWORD, "name", "Teammate", "invitation", invitationToken));
        if (created.status() != 201) {
            throw new IllegalStateException("joining answered " + created);
        }
        Response token = anonymous.withBasic(email, PASSWORD).post("/api/v1/tokens", Map.of("name", "test"));
        if (token.status() != 201) {
            throw new IllegalStateException("token answered " + token);
        }
        return new ApiClient(
                base,
                "Bearer " + token.json().get("token").asString(),
                UUID.fromString(created.json().get("memberId").asString()),
                UUID.fromString(created.json().get("workspaceId").asString()),
                email);
    }

    public ApiClient withBasic(String email, String password) {
        String basic = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient(base, "Basic " + basic, memberId, workspaceId, email);
    }

    /** The same credentials against another server, e.g. the same data restarted on a new port. */
    public ApiClient at(String baseUrl) {
        return new ApiClient(baseUrl, authorization, memberId, workspaceId, email);
    }

    public ApiClient withAuthorization(String header) {
        return new ApiClient(base, header, memberId, workspaceId, email);
    }

    private static String localhost(int port) {
        return "http://127.0.0.1:" + port;
    }

    public String token() {
        return authorization.substring("Bearer ".length());
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    public Response delete(String path) {
        return send("DELETE", path, null, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, JSON.writeValueAsBytes(body), "application/json");
    }

    public Response patch(String path, Object body) {
        return send("PATCH", path, JSON.writeValueAsBytes(body), "application/json");
    }

    public Response send(String method, String path, byte[] body, String contentType) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String text = new String(response.body(), StandardCharsets.UTF_8);
            JsonNode json;
            try {
                json = text.isBlank() ? NullNode.getInstance() : JSON.readTree(text);
            } catch (RuntimeException notJson) {
                json = NullNode.getInstance();
            }
            return new Response(response.statusCode(), json, text, response.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, JsonNode json, String body, HttpHeaders headers) {
        public String text(String field) {
            JsonNode node = json.get(field);
            return node == null || node.isNull() ? null : node.asString();
        }

        public UUID id() {
            return UUID.fromString(text("id"));
        }

        public long version() {
            return json.get("version").asLong();
        }

        /** The fields named in a validation problem's errors array. */
        public java.util.List<String> errorFields() {
            java.util.List<String> fields = new java.util.ArrayList<>();
            JsonNode errors = json.get("errors");
            if (errors != null) {
                errors.forEach(e -> fields.add(e.get("field").asString()));
            }
            return fields;
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
