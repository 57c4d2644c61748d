package org.rapport.cli.exports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rapport.cli.CliException;
import org.rapport.cli.CommandContext;
import org.rapport.cli.ExitCode;
import org.rapport.cli.api.ApiException;
import org.rapport.cli.api.Json;
import org.rapport.cli.imports.MultipartFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rapport restore backup.json}: uploads a JSON backup to POST /api/v1/restore. */
@Command(
        name = "restore",
        description = {
            "Restore a JSON backup (from rapport export --format json) into this account's workspace, which must be",
            "empty: the way to move to a new server. All or nothing."
        })
public final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The backup (.json, or gzipped .json.gz)")
    Path file;

    @Option(names = "--json", description = "Print the server's answer as JSON")
    boolean json;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw CliException.usage("cannot read " + file);
        }
        CommandContext context = CommandContext.of(spec);
        MultipartFile upload = new MultipartFile("file", file);
        Map<String, Object> answer;
        try {
            answer = Json.object(context.api()
                    .post(
                            "/restore",
                            upload.contentType(),
                            upload.length(),
                            upload.body(sent -> {}),
                            Duration.ofMinutes(30)));
        } catch (ApiException e) {
            if (e.endpointMissing()) {
                throw CliException.notOffered("restore", "POST /api/v1/restore");
            }
            throw e;
        }
        if (json) {
            context.printJson(answer);
        } else {
            Map<String, Object> restored = Json.object(answer, "restored");
            var out = context.out();
            out.printf(
                    "Restored %s: %s people, %s organizations, %s encounters, %s follow-ups%n",
                    file.getFileName(),
                    count(restored, "people"),
                    count(restored, "organizations"),
                    count(restored, "encounters"),
                    count(restored, "follow_ups"));
            out.flush();
        }
        return ExitCode.OK;
    }

    private static String count(Map<String, Object> restored, String table) {
        Object value = restored.get(table);
        return value == null ? "0" : Json.text(restored, table);
    }
}
