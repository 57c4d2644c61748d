package org.rapport.cli.followups;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rapport.cli.CliException;
import org.rapport.cli.CommandContext;
import org.rapport.cli.ExitCode;
import org.rapport.cli.Ids;
import org.rapport.cli.api.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rapport done ID…}: marks follow-ups done. */
@Command(name = "done", description = "Mark follow-ups done (ids from rapport due).")
public final class DoneCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "A follow-up's id")
    List<String> ids;

    @Option(names = "--json", description = "Print the changed follow-ups as a JSON array")
    boolean json;

    @Override
    public Integer call() {
        for (String id : ids) {
            if (!Ids.isId(id)) {
                throw CliException.usage("not a follow-up id: " + id + " (ids look like 0190a8d0-…; see rapport due)");
            }
        }
        CommandContext context = CommandContext.of(spec);
        List<Object> changed = new java.util.ArrayList<>();
        for (String id : ids) {
            Map<String, Object> followUp =
                    Json.object(context.api().patch("/follow-ups/" + id, Map.of("status", "done")));
            changed.add(followUp);
            if (!json) {
                context.out().println("Done: " + Json.text(followUp, "title"));
            }
        }
        if (json) {
            context.printJson(changed);
        }
        return ExitCode.OK;
    }
}
