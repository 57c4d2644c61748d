package org.rapport.cli.exports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rapport.cli.CliException;
import org.rapport.cli.CommandContext;
import org.rapport.cli.ExitCode;
import org.rapport.cli.api.ApiException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rapport export --format json > backup.json}: streams GET /api/v1/export to stdout or a file. */
@Command(
        name = "export",
        description = {
            "Export your workspace: json is a complete backup (restorable), vcard and csv hold people.",
            "  rapport export --format json > rapport-backup.json"
        })
public final class ExportCommand implements Callable<Integer> {
    static final List<String> FORMATS = List.of("json", "vcard", "csv");

    @Spec
    CommandSpec spec;

    @Option(
            names = "--format",
            defaultValue = "json",
            completionCandidates = Formats.class,
            description = "One of: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    String format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to FILE instead of standard output")
    Path output;

    @Override
    public Integer call() {
        if (!FORMATS.contains(format)) {
            throw CliException.usage("--format must be one of " + String.join(", ", FORMATS) + ", not " + format);
        }
        CommandContext context = CommandContext.of(spec);
        try (InputStream in = context.api().download("/export?format=" + format)) {
            if (output == null) {
                OutputStream out = context.terminal().stdout();
                in.transferTo(out);
                out.flush();
            } else {
                Files.copy(in, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                context.terminal().err().println("Exported to " + output);
            }
        } catch (ApiException e) {
            if (e.endpointMissing()) {
                throw CliException.notOffered("exports", "GET /api/v1/export");
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("export interrupted: " + e.getMessage(), e);
        }
        return ExitCode.OK;
    }

    static final class Formats implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return FORMATS.iterator();
        }
    }
}
