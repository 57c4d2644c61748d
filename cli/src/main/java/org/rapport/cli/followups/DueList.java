package org.rapport.cli.followups;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.rapport.cli.CommandContext;
import org.rapport.cli.ExitCode;
import org.rapport.cli.Table;
import org.rapport.cli.api.Json;

/**
 * What {@code rapport due} prints: open follow-ups due today or earlier, soonest first, from one
 * API call. Free of picocli so that {@link org.rapport.cli.Rapport} can answer {@code rapport due}
 * without building the command model (see docs/benchmarks.md).
 */
public final class DueList {
    private DueList() {}

    public static int print(CommandContext context, boolean json) {
        LocalDate today = context.terminal().now().toLocalDate();
        Object page = context.api().get("/follow-ups?status=open&size=200&dueBefore=" + today.plusDays(1));
        List<Object> followUps = Json.list(Json.object(page), "items");
        if (json) {
            context.printJson(followUps);
            return ExitCode.OK;
        }
        if (followUps.isEmpty()) {
            context.out().println("Nothing due.");
            return ExitCode.OK;
        }
        Table table = new Table("DUE", "TYPE", "TITLE", "ID");
        for (Object f : followUps) {
            Map<String, Object> followUp = Json.object(f);
            String due = Json.text(followUp, "dueOn");
            table.row(
                    due.compareTo(today.toString()) < 0 ? due + " (late)" : "today",
                    Json.text(followUp, "type").replace('_', '-'),
                    Json.text(followUp, "title"),
                    Json.text(followUp, "id"));
        }
        table.print(context.out());
        return ExitCode.OK;
    }
}
