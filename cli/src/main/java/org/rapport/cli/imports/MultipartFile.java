package org.rapport.cli.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.rapport.cli.api.ApiClient;

/** A file as the one field of a multipart/form-data body, streamed from disk with progress reports. */
public final class MultipartFile {
    private final String boundary = "rapport-" + UUID.randomUUID();
    private final byte[] head;
    private final byte[] tail;
    private final Path file;

    public MultipartFile(String field, Path file) {
        this.file = file;
        String name = file.getFileName().toString().replace("\"", "%22").replaceAll("[\r\n]", "_");
        this.head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        this.tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public long fileSize() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public long length() {
        return head.length + fileSize() + tail.length;
    }

    /** The body; {@code progress} hears the number of file bytes sent so far. */
    public ApiClient.Body body(LongConsumer progress) {
        return out -> write(out, progress);
    }

    private void write(OutputStream out, LongConsumer progress) throws IOException {
        out.write(head);
        byte[] buffer = new byte[64 * 1024];
        long sent = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                sent += n;
                progress.accept(sent);
            }
        }
        out.write(tail);
    }
}
