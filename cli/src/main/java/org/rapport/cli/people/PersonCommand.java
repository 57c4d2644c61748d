package org.rapport.cli.people;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rapport.cli.CommandContext;
import org.rapport.cli.ExitCode;
import org.rapport.cli.api.ApiClient;
import org.rapport.cli.api.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rapport person show}: one person, with recent encounters and open follow-ups. */
@Command(name = "person", description = "One person in your network.", subcommands = PersonCommand.Show.class)
public final class PersonCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Without a subcommand: the usage, on stderr since it is not what was asked for. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    @Command(
            name = "show",
            description = "Show a person: contact details, roles, relationship, recent encounters, open follow-ups.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "NAME|ID", description = "A name (as in @mentions) or an id")
        List<String> words;

        @Option(names = "--no-input", description = "Never ask which person; fail with the candidates instead")
        boolean noInput;

        @Option(names = "--json", description = "Print the person as JSON")
        boolean json;

        @Override
        public Integer call() {
            CommandContext context = CommandContext.of(spec);
            PersonDirectory people = new PersonDirectory(context.api());
            String id = new PersonResolver(people, context.terminal(), noInput)
                    .one(String.join(" ", words))
                    .id();
            Map<String, Object> person = people.get(id);
            if (json) {
                context.printJson(person);
                return ExitCode.OK;
            }
            print(person, context.out());
            recent(context.api(), id, context.out());
            return ExitCode.OK;
        }

        private static void print(Map<String, Object> p, PrintWriter out) {
            out.println(Json.text(p, "displayName"));
            line(out, "id", Json.text(p, "id"));
            line(out, "role", PersonDirectory.role(p));
            line(out, "email", values(Json.list(p, "emails"), "value"));
            line(out, "phone", values(Json.list(p, "phones"), "value"));
            line(out, "links", values(Json.list(p, "links"), "url"));
            line(out, "birthday", Json.text(p, "birthday"));
            line(
                    out,
                    "tags",
                    String.join(
                            ", ",
                            Json.list(p, "tags").stream().map(String::valueOf).toList()));
            Map<String, Object> r = Json.object(p, "relationship");
            line(
                    out,
                    "kinds",
                    String.join(
                            ", ",
                            Json.list(r, "kinds").stream().map(String::valueOf).toList()));
            line(out, "last contact", Json.text(r, "lastContactAt"));
            line(out, "next contact", Json.text(r, "nextContactDue"));
            line(out, "how we met", Json.text(Json.object(p, "howWeMet"), "story"));
            line(out, "notes", Json.text(p, "notes"));
        }

        private static void recent(ApiClient api, String id, PrintWriter out) {
            List<Object> encounters = Json.list(Json.object(api.get("/encounters?size=5&personId=" + id)), "items");
            if (!encounters.isEmpty()) {
                out.println("Recent encounters:");
                for (Object e : encounters) {
                    Map<String, Object> encounter = Json.object(e);
                    String at = Json.text(encounter, "occurredAt");
                    out.printf(
                            "  %s  %-12s %s%n",
                            at.length() >= 10 ? at.substring(0, 10) : at,
                            Json.text(encounter, "kind"),
                            Json.text(encounter, "title"));
                }
            }
            List<Object> followUps =
                    Json.list(Json.object(api.get("/follow-ups?status=open&size=20&personId=" + id)), "items");
            if (!followUps.isEmpty()) {
                out.println("Open follow-ups:");
                for (Object f : followUps) {
                    Map<String, Object> followUp = Json.object(f);
                    out.printf(
                            "  %s  %s  [%s]%n",
                            Json.text(followUp, "dueOn"), Json.text(followUp, "title"), Json.text(followUp, "id"));
                }
            }
            out.flush();
        }

        private static String values(List<Object> items, String field) {
            return String.join(
                    ", ",
                    items.stream().map(i -> Json.text(Json.object(i), field)).toList());
        }

        private static void line(PrintWriter out, String label, String value) {
            if (!value.isBlank()) {
                out.printf("  %-13s %s%n", label, value.replaceAll("\\s*\\n\\s*", " / "));
            }
        }
    }
}
