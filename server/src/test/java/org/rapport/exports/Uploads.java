package org.rapport.exports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.rapport.testing.ApiClient;

/** A multipart/form-data upload of one file, as a browser or curl -F sends it. */
final class Uploads {
    private Uploads() {}

    static ApiClient.Response upload(ApiClient api, String path, String fileName, byte[] content) {
        String boundary = "----rapport" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/json\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send("POST", path, body.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    static ApiClient.Response restore(ApiClient api, String backup) {
        return upload(api, "/api/v1/restore", "backup.json", backup.getBytes(StandardCharsets.UTF_8));
    }
}
