package org.rapport.cli.api;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** PATCH requests, which {@link java.net.HttpURLConnection} cannot send, through the JDK's HttpClient. */
final class PatchSender {
    record Answer(int status, String contentType, String body) {}

    private PatchSender() {}

    static Answer send(URI uri, String authorization, String json) {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(ApiClient.CONNECT_TIMEOUT)
                .build();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(
                    r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            String why = e instanceof HttpTimeoutException
                    ? "no answer in time"
                    : e instanceof ConnectException ? "connection refused" : String.valueOf(e.getMessage());
            throw new ServerUnreachableException(
                    "cannot reach " + uri.getScheme() + "://" + uri.getAuthority() + ": " + why, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerUnreachableException("interrupted while waiting for the server", e);
        }
    }
}
