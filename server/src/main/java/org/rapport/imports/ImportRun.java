package org.rapport.imports;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One import in the history: the file, its format, when, by whom, its counts and whether it was undone. */
public record ImportRun(
        UUID id,
        UUID memberId,
        String fileName,
        String format,
        String status,
        int created,
        int updated,
        int unchanged,
        int skipped,
        Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable Instant undoneAt) {

    static ImportRun of(ImportRepository.Run r) {
        return new ImportRun(
                r.id(),
                r.memberId(),
                r.fileName(),
                r.format(),
                r.status(),
                r.created(),
                r.updated(),
                r.unchanged(),
                r.skipped(),
                Instant.ofEpochMilli(r.startedAt()),
                r.finishedAt() == null ? null : Instant.ofEpochMilli(r.finishedAt()),
                r.undoneAt() == null ? null : Instant.ofEpochMilli(r.undoneAt()));
    }

    public boolean undoable() {
        return status.equals("done");
    }
}
