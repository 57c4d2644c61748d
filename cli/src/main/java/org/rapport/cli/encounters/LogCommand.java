package org.rapport.cli.encounters;

import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.rapport.capture.Capture;
import org.rapport.capture.QuickCapture;
import org.rapport.capture.When;
import org.rapport.cli.CliException;
import org.rapport.cli.CommandContext;
import org.rapport.cli.ExitCode;
import org.rapport.cli.api.ApiClient;
import org.rapport.cli.api.Json;
import org.rapport.cli.people.PersonDirectory;
import org.rapport.cli.people.PersonResolver;
import org.rapport.cli.people.PersonResolver.Resolved;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rapport log "Coffee with @Ana #job_search got: advice"}: one line becomes one encounter. */
@Command(
        name = "log",
        description = {
            "Log an encounter from one quick-capture line.",
            "  rapport log 'Coffee with @Ana Ruiz and @Bob #job_search gave: the article on lakehouses; got: intro to @Carla' --when yesterday",
            "#personal, #professional, #business or #job_search sets the kind; other #words are topics; "
                    + "gave: and got: clauses are exchanges (syntax: docs/quick-capture.md).",
            "@Name or @\"Full Name\" names a person: an existing one when the name matches exactly one, "
                    + "a new one when it matches nobody; several matches are asked about (or fail with --no-input)."
        })
public final class LogCommand implements Callable<Integer> {
    static final List<String> KINDS = List.of("personal", "professional", "business", "job_search");
    static final List<String> CHANNELS = List.of("in_person", "call", "video", "email", "message", "event", "other");

    @Spec
    CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "LINE",
            description = "The quick-capture line (quote it; several words are joined)")
    List<String> words;

    @Option(
            names = "--when",
            paramLabel = "WHEN",
            description = "today (default), yesterday, '3 days ago', monday, 2026-11-20, 2026-11-20T18:30, …")
    String when;

    @Option(
            names = "--channel",
            defaultValue = "in_person",
            completionCandidates = Channels.class,
            description = "One of: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    String channel;

    @Option(
            names = "--kind",
            completionCandidates = Kinds.class,
            description = "One of: ${COMPLETION-CANDIDATES}; a #kind in the line wins; default professional")
    String kind;

    @Option(names = "--no-input", description = "Never ask which person a name means; fail with the candidates instead")
    boolean noInput;

    @Option(names = "--json", description = "Print the logged encounter as JSON")
    boolean json;

    @Override
    public Integer call() {
        CommandContext context = CommandContext.of(spec);
        var now = context.terminal().now();
        Capture capture = parse(String.join(" ", words), now.toLocalDate());
        if (capture.mentions().isEmpty()) {
            throw CliException.usage(
                    "name who you met with @Name or @\"Full Name\" (an encounter needs at least one person)");
        }
        String kindName = capture.kind() != null
                ? capture.kind().wire()
                : kind != null ? checked("--kind", kind, KINDS) : "professional";
        String channelName = checked("--channel", channel, CHANNELS);
        OffsetDateTime at = occurredAt(capture, now);

        ApiClient api = context.api();
        var resolver = new PersonResolver(new PersonDirectory(api), context.terminal(), noInput);
        Map<String, Resolved> people = resolver.resolve(capture.mentions(), true, kindName);
        Map<String, Object> encounter =
                Json.object(api.post("/encounters", EncounterRequest.of(capture, people, at, kindName, channelName)));
        if (json) {
            context.printJson(encounter);
        } else {
            report(encounter, people, api, context.out());
        }
        return ExitCode.OK;
    }

    private static Capture parse(String line, java.time.LocalDate today) {
        try {
            return QuickCapture.parse(line, today);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
    }

    private OffsetDateTime occurredAt(Capture capture, java.time.ZonedDateTime now) {
        if (when != null) {
            try {
                return When.parse(when, now.toLocalDate()).at(now);
            } catch (IllegalArgumentException e) {
                throw CliException.usage("--when: " + e.getMessage());
            }
        }
        return capture.when() != null ? capture.when().at(now) : now.toOffsetDateTime();
    }

    private static String checked(String option, String value, List<String> allowed) {
        String v = value.strip().toLowerCase(java.util.Locale.ROOT).replace('-', '_');
        if (!allowed.contains(v)) {
            throw CliException.usage(option + " must be one of " + String.join(", ", allowed) + ", not " + value);
        }
        return v;
    }

    private static void report(
            Map<String, Object> encounter, Map<String, Resolved> people, ApiClient api, PrintWriter out) {
        String with = people.values().stream()
                .distinct()
                .map(p -> p.displayName() + (p.created() ? " (new)" : ""))
                .collect(Collectors.joining(", "));
        String title = Json.text(encounter, "title");
        out.printf(
                "Logged %s on %s (%s, %s) with %s%n",
                title.isEmpty() ? "an encounter" : "\"" + title + "\"",
                Json.text(encounter, "occurredAt").substring(0, 10),
                Json.text(encounter, "kind"),
                Json.text(encounter, "channel").replace('_', ' '),
                with);
        exchanges(out, "gave", Json.list(encounter, "gave"));
        exchanges(out, "got", Json.list(encounter, "received"));
        Object followUps = api.get("/follow-ups?status=open&encounterId=" + Json.text(encounter, "id"));
        for (Object f : Json.list(Json.object(followUps), "items")) {
            Map<String, Object> followUp = Json.object(f);
            out.printf(
                    "  follow-up: %s, due %s  [%s]%n",
                    Json.text(followUp, "title"), Json.text(followUp, "dueOn"), Json.text(followUp, "id"));
        }
        out.printf("  id %s%n", Json.text(encounter, "id"));
        out.flush();
    }

    private static void exchanges(PrintWriter out, String label, List<Object> exchanges) {
        for (Object x : exchanges) {
            Map<String, Object> exchange = Json.object(x);
            out.printf("  %-4s %s: %s%n", label, Json.text(exchange, "type"), Json.text(exchange, "description"));
        }
    }

    static final class Channels implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return CHANNELS.iterator();
        }
    }

    static final class Kinds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return KINDS.iterator();
        }
    }
}
