package org.rapport.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rapport.accounts.CurrentMember;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Files previewed on the import page, kept in the database until the member confirms: the
 * confirmation may reach another app node than the preview did (no node keeps state of its own).
 * A preview nobody confirms goes after {@link #KEPT_FOR}.
 */
@Repository
class ImportPreviews {
    static final Duration KEPT_FOR = Duration.ofDays(1);

    private final JdbcTemplate jdbc;

    ImportPreviews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the previewed file of the dry run {@code id} (at most the upload limit, 50 MB by default). */
    void keep(CurrentMember me, UUID id, Upload upload) throws IOException {
        long now = System.currentTimeMillis();
        jdbc.update("DELETE FROM import_previews WHERE created_at < ?", now - KEPT_FOR.toMillis());
        byte[] content;
        try (InputStream in = upload.open()) {
            content = in.readAllBytes();
        }
        jdbc.update(
                "INSERT INTO import_previews (workspace_id, id, content, created_at) VALUES (?, ?, ?, ?)",
                me.workspace().toString(),
                id.toString(),
                content,
                now);
    }

    /** The previewed file, copied into a temporary file the caller deletes; empty when it is gone. */
    Optional<Path> copy(CurrentMember me, UUID id) {
        List<Path> found = jdbc.query(
                "SELECT content FROM import_previews WHERE workspace_id = ? AND id = ?",
                (rs, n) -> {
                    try (InputStream in = rs.getBinaryStream(1)) {
                        Path file = Files.createTempFile("rapport-preview", ".bin");
                        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                        return file;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                me.workspace().toString(),
                id.toString());
        return found.stream().findFirst();
    }

    void forget(CurrentMember me, UUID id) {
        jdbc.update(
                "DELETE FROM import_previews WHERE workspace_id = ? AND id = ?",
                me.workspace().toString(),
                id.toString());
    }
}
