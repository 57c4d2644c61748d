package org.rapport.exports;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A backup a restore cannot take (malformed, another format, a newer version): 422, nothing changed. */
class BackupRejectedException extends RuntimeException {
    /** One problem, at a line of the file or with a named field of the document. */
    record Problem(@Nullable Integer line, @Nullable String field, String message) {}

    private final transient Problem problem;

    BackupRejectedException(Problem problem) {
        super((problem.line() != null ? "line " + problem.line() : problem.field()) + ": " + problem.message());
        this.problem = problem;
    }

    static BackupRejectedException atLine(int line, String message) {
        return new BackupRejectedException(new Problem(line, null, message));
    }

    static BackupRejectedException atField(String field, String message) {
        return new BackupRejectedException(new Problem(null, field, message));
    }

    List<Problem> problems() {
        return List.of(problem);
    }
}
