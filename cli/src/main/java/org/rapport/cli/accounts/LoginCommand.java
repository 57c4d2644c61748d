package org.rapport.cli.accounts;

import java.util.Map;
import java.util.concurrent.Callable;
import org.rapport.cli.CliException;
import org.rapport.cli.CommandContext;
import org.rapport.cli.ExitCode;
import org.rapport.cli.Terminal;
import org.rapport.cli.api.ApiClient;
import org.rapport.cli.api.ApiException;
import org.rapport.cli.api.Json;
import org.rapport.cli.config.Config;
import org.rapport.cli.config.ConfigStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rapport login}: checks a token against the server and saves both, owner-only. */
@Command(
        name = "login",
        description = {
            "Sign in to a Rapport server and remember it.",
            "Without --token, asks for a token, or for your email and password to create one "
                    + "(POST /api/v1/tokens). The token is checked, then saved with owner-only permissions."
        })
public final class LoginCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--server",
            required = true,
            paramLabel = "URL",
            description = "The server, e.g. http://localhost:8080")
    String server;

    @Option(
            names = "--token",
            paramLabel = "TOKEN",
            description = "A personal API token (from the web UI or POST /api/v1/tokens)")
    String token;

    @Option(
            names = "--email",
            paramLabel = "EMAIL",
            description = "Create a token by signing in as EMAIL (asks for the password)")
    String email;

    @Option(names = "--no-input", description = "Never ask; fail instead when --token is missing")
    boolean noInput;

    @Override
    public Integer call() {
        CommandContext context = CommandContext.of(spec);
        Terminal terminal = context.terminal();
        String base = serverAddress();
        String chosen = token != null ? token.strip() : askForToken(terminal, base);
        Map<String, Object> me = Json.object(check(base, chosen));
        ConfigStore store = context.configStore();
        store.save(new Config(base, chosen));
        context.out()
                .printf(
                        "Signed in to %s as %s <%s>; settings saved in %s%n",
                        base, Json.text(me, "name"), Json.text(me, "email"), store.file());
        return ExitCode.OK;
    }

    private String serverAddress() {
        String base = ApiClient.normalize(server);
        try {
            java.net.URI uri = java.net.URI.create(base);
            if (uri.getHost() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw CliException.usage("--server must be an http or https address, like http://localhost:8080");
            }
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--server is not an address: " + server);
        }
        return base;
    }

    private String askForToken(Terminal terminal, String base) {
        if (noInput) {
            throw CliException.usage("--token is required with --no-input");
        }
        String address = email;
        if (address == null) {
            String typed = terminal.askSecret("API token (press Enter to sign in with email and password instead): ");
            if (typed == null) {
                throw CliException.usage("no token given: pass --token, or answer the questions");
            }
            if (!typed.isBlank()) {
                return typed.strip();
            }
            address = terminal.ask("Email: ");
        }
        String password = address == null ? null : terminal.askSecret("Password: ");
        if (address == null || address.isBlank() || password == null) {
            throw CliException.usage("no email and password given: pass --token, or answer the questions");
        }
        return createToken(base, address.strip(), password, terminal.env().getOrDefault("HOSTNAME", ""));
    }

    /** A token named for this machine, so the web's token list says where each one lives. */
    private static String createToken(String base, String address, String password, String host) {
        Map<String, Object> body = Map.of("name", host.isBlank() ? "rapport CLI" : "rapport CLI on " + host);
        try {
            return Json.text(
                    Json.object(ApiClient.withPassword(base, address, password).post("/tokens", body)), "token");
        } catch (ApiException e) {
            if (e.status() == 401) {
                throw new CliException(ExitCode.NOT_SIGNED_IN, "wrong email or password (" + e.getMessage() + ")");
            }
            throw e;
        }
    }

    private static Object check(String base, String token) {
        try {
            return ApiClient.withToken(base, token).get("/me");
        } catch (ApiException e) {
            if (e.status() == 401) {
                throw new CliException(
                        ExitCode.NOT_SIGNED_IN, "the server refused that token (" + e.getMessage() + ")");
            }
            throw e;
        }
    }
}
