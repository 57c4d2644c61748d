package org.rapport.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import org.rapport.testing.ApiClient;

/** Multipart uploads to the import API, as curl -F file=@… sends them. */
final class Uploads {
    private Uploads() {}

    static ApiClient.Response upload(ApiClient api, String query, String fileName, byte[] content) {
        String boundary = "----rapport" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return api.send(
                "POST", "/api/v1/imports" + query, body.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    /** An import report's created, updated, unchanged and skipped counts (-1 for one missing). */
    static java.util.List<Integer> counts(ApiClient.Response r) {
        java.util.List<Integer> c = new java.util.ArrayList<>();
        for (String f : java.util.List.of("created", "updated", "unchanged", "skipped")) {
            c.add(r.json().get(f) == null ? -1 : r.json().get(f).asInt());
        }
        return c;
    }

    static ApiClient.Response upload(ApiClient api, String query, String fixture) {
        return upload(api, query, fixture, fixture(fixture));
    }

    static byte[] fixture(String name) {
        try (InputStream in = Objects.requireNonNull(Uploads.class.getResourceAsStream("/imports/" + name), name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
