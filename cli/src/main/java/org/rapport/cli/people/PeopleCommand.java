package org.rapport.cli.people;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rapport.cli.CommandContext;
import org.rapport.cli.ExitCode;
import org.rapport.cli.Table;
import org.rapport.cli.api.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rapport people search}: a table of people matching a query. */
@Command(name = "people", description = "People in your network.", subcommands = PeopleCommand.Search.class)
public final class PeopleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Without a subcommand: the usage, on stderr since it is not what was asked for. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    @Command(name = "search", description = "Find people by name (case and accents ignored), email, phone or link.")
    static final class Search implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to look for; several words are one query")
        List<String> words;

        @Option(
                names = "--limit",
                defaultValue = "50",
                description = "At most this many (1 to 200; default ${DEFAULT-VALUE})")
        int limit;

        @Option(names = "--json", description = "Print the people as a JSON array")
        boolean json;

        @Override
        public Integer call() {
            CommandContext context = CommandContext.of(spec);
            List<Map<String, Object>> people =
                    new PersonDirectory(context.api()).search(String.join(" ", words), Math.max(1, limit));
            if (json) {
                context.printJson(people);
                return ExitCode.OK;
            }
            if (people.isEmpty()) {
                context.out().println("No one matches \"" + String.join(" ", words) + "\".");
                return ExitCode.OK;
            }
            Table table = new Table("NAME", "ROLE", "EMAIL", "LAST CONTACT", "ID");
            for (Map<String, Object> p : people) {
                List<Object> emails = Json.list(p, "emails");
                String lastContact = Json.text(Json.object(p, "relationship"), "lastContactAt");
                table.row(
                        Json.text(p, "displayName"),
                        PersonDirectory.role(p),
                        emails.isEmpty() ? "" : Json.text(Json.object(emails.get(0)), "value"),
                        lastContact.length() >= 10 ? lastContact.substring(0, 10) : lastContact,
                        Json.text(p, "id"));
            }
            table.print(context.out());
            return ExitCode.OK;
        }
    }
}
