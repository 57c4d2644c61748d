package org.rapport.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Counts and examples of an import's outcomes, and its row-level problems (the first {@link #MAX_ERRORS}). */
final class Tally {
    static final int MAX_ERRORS = 1_000;

    int created;
    int updated;
    int unchanged;
    int skipped;
    int peopleCreated;
    private int errorCount;
    final List<LineError> errors = new ArrayList<>();
    private final List<ImportReport.Example> createdExamples = new ArrayList<>();
    private final List<ImportReport.Example> updatedExamples = new ArrayList<>();
    private final List<ImportReport.Example> unchangedExamples = new ArrayList<>();
    private final List<ImportReport.Example> skippedExamples = new ArrayList<>();

    void created(int line, String text) {
        created++;
        example(createdExamples, line, text);
    }

    void updated(int line, String text) {
        updated++;
        example(updatedExamples, line, text);
    }

    void unchanged(int line, String text) {
        unchanged++;
        example(unchangedExamples, line, text);
    }

    void skipped(int line, String reason) {
        skipped++;
        example(skippedExamples, line, reason);
    }

    void warning(int line, String message) {
        if (errorCount++ < MAX_ERRORS) {
            errors.add(new LineError(line, message));
        }
    }

    int records() {
        return created + updated + unchanged + skipped;
    }

    private static void example(List<ImportReport.Example> examples, int line, String text) {
        if (examples.size() < ImportReport.Examples.MAX) {
            examples.add(new ImportReport.Example(line, text));
        }
    }

    ImportReport report(UUID importId, String fileName, String format, boolean dryRun) {
        List<LineError> all = new ArrayList<>(errors);
        if (errorCount > MAX_ERRORS) {
            all.add(new LineError(0, (errorCount - MAX_ERRORS) + " more problems not listed"));
        }
        return new ImportReport(
                importId,
                fileName,
                format,
                dryRun,
                created,
                updated,
                unchanged,
                skipped,
                peopleCreated,
                all,
                new ImportReport.Examples(createdExamples, updatedExamples, unchangedExamples, skippedExamples));
    }
}
