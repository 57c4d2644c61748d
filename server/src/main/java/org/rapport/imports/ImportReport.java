package org.rapport.imports;

import java.util.List;
import java.util.UUID;

/**
 * What an import did, or in a dry run would do: counts per record, the problems that cost a value or
 * a row (by line), and a few examples of each outcome for the preview.
 */
public record ImportReport(
        UUID importId,
        String fileName,
        String format,
        boolean dryRun,
        int created,
        int updated,
        int unchanged,
        int skipped,
        int peopleCreated,
        List<LineError> errors,
        Examples examples) {

    /** Up to {@link #MAX} examples per outcome: a line and what happened there ("Ana Lopez", "empty row"). */
    public record Examples(
            List<Example> created, List<Example> updated, List<Example> unchanged, List<Example> skipped) {
        public static final int MAX = 5;
    }

    public record Example(int line, String text) {}
}
