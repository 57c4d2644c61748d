package org.rapport.cli;

import java.io.PrintWriter;
import org.rapport.cli.api.ApiClient;
import org.rapport.cli.api.Json;
import org.rapport.cli.config.Config;
import org.rapport.cli.config.ConfigStore;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What a command needs besides its options: the terminal, the signed-in API client and output
 * helpers. Found from any command through its {@code @Spec}.
 */
public final class CommandContext {
    private final Terminal terminal;
    private ApiClient api;

    CommandContext(Terminal terminal) {
        this.terminal = terminal;
    }

    public static CommandContext of(CommandSpec spec) {
        return ((RapportCommand) spec.root().userObject()).context();
    }

    public Terminal terminal() {
        return terminal;
    }

    public PrintWriter out() {
        return terminal.out();
    }

    public ConfigStore configStore() {
        return ConfigStore.locate(terminal.env());
    }

    /**
     * The API client for the saved sign-in; {@code RAPPORT_SERVER} and {@code RAPPORT_TOKEN} in
     * the environment take its place (for scripts and CI).
     */
    public ApiClient api() {
        if (api == null) {
            String server = terminal.env().get("RAPPORT_SERVER");
            String token = terminal.env().get("RAPPORT_TOKEN");
            Config config;
            if (server != null && token != null && !server.isBlank() && !token.isBlank()) {
                config = new Config(server, token);
            } else {
                // No lambda here: this is on the path of every command, and the first lambda costs start-up time.
                config = configStore().load().orElse(null);
                if (config == null) {
                    throw new CliException(ExitCode.NOT_SIGNED_IN, "not signed in: run rapport login --server URL");
                }
            }
            api = ApiClient.withToken(config.server(), config.token());
        }
        return api;
    }

    /** A value as indented JSON on stdout: what {@code --json} prints. */
    public void printJson(Object value) {
        out().println(Json.pretty(value));
    }
}
