package org.rapport.cli.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import org.rapport.cli.CliException;
import org.rapport.cli.CommandContext;
import org.rapport.cli.ExitCode;
import org.rapport.cli.api.ApiException;
import org.rapport.cli.api.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rapport import FILE [--dry-run]}: uploads to POST /api/v1/imports with a progress bar. */
@Command(
        name = "import",
        description = {
            "Import people from a file: LinkedIn connections CSV, Google or Outlook CSV, vCard, iCalendar.",
            "All or nothing: a file with a fatal error changes nothing. Importing the same file again creates no duplicates."
        })
public final class ImportCommand implements Callable<Integer> {
    static final List<String> FORMATS = List.of("linkedin", "google-csv", "outlook-csv", "vcard", "ics");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The file to import")
    Path file;

    @Option(names = "--dry-run", description = "Report what would happen and change nothing")
    boolean dryRun;

    @Option(
            names = "--format",
            completionCandidates = Formats.class,
            description = "One of: ${COMPLETION-CANDIDATES}; by default the server detects it")
    String format;

    @Option(names = "--json", description = "Print the server's report as JSON")
    boolean json;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw CliException.usage("cannot read " + file);
        }
        if (format != null && !FORMATS.contains(format)) {
            throw CliException.usage("--format must be one of " + String.join(", ", FORMATS) + ", not " + format);
        }
        CommandContext context = CommandContext.of(spec);
        MultipartFile upload = new MultipartFile("file", file);
        ProgressBar bar = context.terminal().interactive()
                ? new ProgressBar(context.terminal().err(), upload.fileSize())
                : null;
        LongConsumer progress = bar == null ? sent -> {} : bar;
        String query = "?dryRun=" + dryRun + (format == null ? "" : "&format=" + format);
        Map<String, Object> report;
        try {
            report = Json.object(context.api()
                    .post(
                            "/imports" + query,
                            upload.contentType(),
                            upload.length(),
                            upload.body(progress),
                            Duration.ofMinutes(30)));
        } catch (ApiException e) {
            if (e.endpointMissing()) {
                throw CliException.notOffered("imports", "POST /api/v1/imports");
            }
            throw e;
        } finally {
            if (bar != null) {
                bar.finish();
            }
        }
        if (json) {
            context.printJson(report);
        } else {
            print(report, context);
        }
        return ExitCode.OK;
    }

    private void print(Map<String, Object> report, CommandContext context) {
        var out = context.out();
        out.printf(
                "%s %s: %s created, %s updated, %s unchanged, %s skipped%n",
                dryRun ? "Dry run (nothing changed) of" : "Imported",
                file.getFileName(),
                Json.text(report, "created"),
                Json.text(report, "updated"),
                Json.text(report, "unchanged"),
                Json.text(report, "skipped"));
        for (Object e : Json.list(report, "errors")) {
            Map<String, Object> error = Json.object(e);
            out.printf("  line %s: %s%n", Json.text(error, "line"), Json.text(error, "message"));
        }
        out.flush();
    }

    static final class Formats implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return FORMATS.iterator();
        }
    }
}
