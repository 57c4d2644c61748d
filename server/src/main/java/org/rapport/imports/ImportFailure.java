package org.rapport.imports;

import java.util.List;

/** A file that cannot be imported at all: answered 422 with the line and the problem; nothing changes. */
public class ImportFailure extends RuntimeException {
    private final List<LineError> errors;

    public ImportFailure(int line, String message) {
        this(List.of(new LineError(line, message)));
    }

    public ImportFailure(List<LineError> errors) {
        super(
                errors.isEmpty()
                        ? "The file cannot be imported"
                        : "line " + errors.get(0).line() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<LineError> errors() {
        return errors;
    }
}
