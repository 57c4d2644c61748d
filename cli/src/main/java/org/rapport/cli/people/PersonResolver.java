package org.rapport.cli.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rapport.cli.CliException;
import org.rapport.cli.Ids;
import org.rapport.cli.Terminal;
import org.rapport.cli.api.Json;

/**
 * Turns written names into people: one match is that person; none is a new person (when creating
 * is allowed); several are a question for the person at the terminal, or, with nobody to ask, a
 * failure listing the candidates. Every name is looked up before anyone is created, so a failure
 * changes nothing.
 */
public final class PersonResolver {
    private final PersonDirectory people;
    private final Terminal terminal;
    private final boolean mayAsk;

    public PersonResolver(PersonDirectory people, Terminal terminal, boolean noInput) {
        this.people = people;
        this.terminal = terminal;
        this.mayAsk = terminal.interactive() && !noInput;
    }

    /** A person the written name resolved to; {@code created} when this call added them. */
    public record Resolved(String id, String displayName, boolean created) {}

    /** One existing person by id or name; never creates. */
    public Resolved one(String nameOrId) {
        if (Ids.isId(nameOrId)) {
            Map<String, Object> p = people.get(nameOrId);
            return new Resolved(Json.text(p, "id"), Json.text(p, "displayName"), false);
        }
        return resolve(List.of(nameOrId), false, null).get(nameOrId);
    }

    /**
     * Each name to a person, in order; new people get a relationship of {@code kind}.
     *
     * @throws CliException exit 3 naming the candidates when a name is ambiguous and nobody can be asked,
     *     or when a name matches nobody and {@code mayCreate} is false
     */
    public Map<String, Resolved> resolve(List<String> names, boolean mayCreate, String kind) {
        Map<String, Resolved> found = new LinkedHashMap<>();
        List<String> toCreate = new ArrayList<>();
        List<String> ambiguous = new ArrayList<>();
        String example = null;
        for (String name : names) {
            List<Map<String, Object>> candidates =
                    PersonMatch.candidates(name, people.search(name, PersonDirectory.PAGE));
            if (candidates.size() == 1) {
                found.put(name, resolved(candidates.get(0)));
            } else if (candidates.isEmpty()) {
                if (!mayCreate) {
                    throw CliException.notFound("no one named \"" + name + "\" (try rapport people search)");
                }
                toCreate.add(name);
            } else if (mayAsk) {
                Map<String, Object> chosen = choose(name, candidates, mayCreate);
                if (chosen == null) {
                    toCreate.add(name);
                } else {
                    found.put(name, resolved(chosen));
                }
            } else {
                ambiguous.add(ambiguity(name, candidates));
                example = example == null ? Json.text(candidates.get(0), "displayName") : example;
            }
        }
        if (!ambiguous.isEmpty()) {
            throw CliException.notFound(String.join("\n", ambiguous) + "\nName one in full, like @\"" + example
                    + "\", or run at a terminal without --no-input to choose.");
        }
        for (String name : toCreate) {
            found.put(name, new Resolved(Json.text(people.create(name, kind), "id"), name, true));
        }
        Map<String, Resolved> inOrder = new LinkedHashMap<>();
        names.forEach(n -> inOrder.put(n, found.get(n)));
        return inOrder;
    }

    private static Resolved resolved(Map<String, Object> person) {
        return new Resolved(Json.text(person, "id"), Json.text(person, "displayName"), false);
    }

    private static String ambiguity(String name, List<Map<String, Object>> candidates) {
        StringBuilder s = new StringBuilder("\"" + name + "\" matches " + candidates.size() + " people:");
        candidates.forEach(c -> s.append("\n  ").append(PersonDirectory.describe(c)));
        return s.toString();
    }

    /** Asks which one; null means a new person. Three unreadable answers end the command. */
    private Map<String, Object> choose(String name, List<Map<String, Object>> candidates, boolean mayCreate) {
        var err = terminal.err();
        err.println("\"" + name + "\" could be:");
        for (int i = 0; i < candidates.size(); i++) {
            err.printf("  %d) %s%n", i + 1, PersonDirectory.describe(candidates.get(i)));
        }
        int choices = candidates.size() + (mayCreate ? 1 : 0);
        if (mayCreate) {
            err.printf("  %d) someone new named %s%n", choices, name);
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            String answer = terminal.ask("Which one? [1-" + choices + "]: ");
            if (answer == null) {
                break;
            }
            try {
                int n = Integer.parseInt(answer.strip());
                if (n >= 1 && n <= candidates.size()) {
                    return candidates.get(n - 1);
                }
                if (mayCreate && n == choices) {
                    return null;
                }
            } catch (NumberFormatException e) {
                // asked again below
            }
        }
        throw CliException.notFound(ambiguity(name, candidates) + "\nNo choice made.");
    }
}
