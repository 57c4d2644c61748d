package org.rapport.cli.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rapport.cli.CliException;
import org.rapport.cli.CommandContext;
import org.rapport.cli.ExitCode;
import org.rapport.cli.api.ApiClient;
import org.rapport.cli.api.ApiException;
import org.rapport.cli.api.Json;
import org.rapport.cli.people.PersonDirectory;
import org.rapport.cli.people.PersonResolver;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rapport path --to-org Acme}: the warmest introduction paths, best first. */
@Command(
        name = "path",
        description = "Who can introduce you: the best paths through people you know to a person or an organization.")
public final class PathCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--to", paramLabel = "NAME|ID", description = "A person (a name as in @mentions, or an id)")
        String person;

        @Option(names = "--to-org", paramLabel = "ORGANIZATION", description = "An organization by name")
        String organization;
    }

    @Option(names = "--no-input", description = "Never ask which person --to means; fail with the candidates instead")
    boolean noInput;

    @Option(names = "--json", description = "Print the paths as JSON")
    boolean json;

    @Override
    public Integer call() {
        CommandContext context = CommandContext.of(spec);
        ApiClient api = context.api();
        String query;
        String goal;
        if (target.person != null) {
            var person = new PersonResolver(new PersonDirectory(api), context.terminal(), noInput).one(target.person);
            query = "toPerson=" + person.id();
            goal = person.displayName();
        } else {
            query = "toOrganization=" + ApiClient.encode(target.organization);
            goal = target.organization;
        }
        Map<String, Object> answer;
        try {
            answer = Json.object(api.get("/network/paths?" + query));
        } catch (ApiException e) {
            if (e.endpointMissing()) {
                throw CliException.notOffered("introduction paths", "GET /api/v1/network/paths");
            }
            throw e;
        }
        List<Object> paths = Json.list(answer, "paths");
        if (json) {
            context.printJson(answer);
        } else if (paths.isEmpty()) {
            context.out().println("No path to " + goal + " through people you know.");
        } else {
            for (int i = 0; i < paths.size(); i++) {
                Map<String, Object> path = Json.object(paths.get(i));
                List<String> names = new ArrayList<>(List.of("you"));
                Json.list(path, "people").forEach(p -> names.add(Json.text(Json.object(p), "displayName")));
                context.out()
                        .printf(
                                "%d. %s  (strength %s)%n",
                                i + 1, String.join(" → ", names), Json.text(path, "strength"));
            }
        }
        context.out().flush();
        return ExitCode.OK;
    }
}
