package org.rapport.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.rapport.cli.accounts.LoginCommand;
import org.rapport.cli.encounters.LogCommand;
import org.rapport.cli.exports.ExportCommand;
import org.rapport.cli.exports.RestoreCommand;
import org.rapport.cli.followups.DoneCommand;
import org.rapport.cli.followups.DueCommand;
import org.rapport.cli.imports.ImportCommand;
import org.rapport.cli.network.PathCommand;
import org.rapport.cli.people.PeopleCommand;
import org.rapport.cli.people.PersonCommand;
import org.rapport.cli.shell.CompletionCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code rapport}: the root command; its help, version and exit codes are inherited by every
 * subcommand. Subcommands are added by {@link #addSubcommands}, not listed in the annotation, so
 * that a run builds only the one it needs: picocli reads each command's annotations when it is
 * added, and reading all of them took a third of {@code rapport due}'s time.
 */
@Command(
        name = "rapport",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = RapportCommand.Version.class,
        sortOptions = false,
        description = "Rapport from the terminal: log conversations, look people up, see what is due.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success.",
            "1:Usage error: a bad option or argument, or input the server refused.",
            "2:Not signed in, or the server refused the token (run rapport login).",
            "3:Not found, or a name that matches several people (under --no-input).",
            "4:Server or network error: no answer, or the server failed.",
            "5:This server does not offer that feature yet."
        },
        footerHeading = "%n",
        footer = "Quick-capture syntax: docs/quick-capture.md. Settings: $RAPPORT_CONFIG_DIR, "
                + "else $XDG_CONFIG_HOME/rapport or ~/.config/rapport.")
public final class RapportCommand implements Callable<Integer> {
    private final CommandContext context;

    @Spec
    CommandSpec spec;

    RapportCommand(Terminal terminal) {
        this.context = new CommandContext(terminal);
    }

    /** Every subcommand's name, in the order help lists them. */
    static final List<String> NAMES = List.of(
            "login", "log", "people", "person", "due", "done", "path", "import", "export", "restore", "completion");

    /** The subcommand {@code args} name, or all of them for help, completion and mistakes. */
    static void addSubcommands(CommandLine root, String[] args) {
        String wanted = null;
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                wanted = arg;
                break;
            }
        }
        if (wanted != null && NAMES.contains(wanted) && !wanted.equals("completion")) {
            root.addSubcommand(create(wanted));
            return;
        }
        for (String name : NAMES) {
            root.addSubcommand(create(name));
        }
    }

    private static Object create(String name) {
        return switch (name) {
            case "login" -> new LoginCommand();
            case "log" -> new LogCommand();
            case "people" -> new PeopleCommand();
            case "person" -> new PersonCommand();
            case "due" -> new DueCommand();
            case "done" -> new DoneCommand();
            case "path" -> new PathCommand();
            case "import" -> new ImportCommand();
            case "export" -> new ExportCommand();
            case "restore" -> new RestoreCommand();
            case "completion" -> new CompletionCommand();
            default -> throw new IllegalArgumentException(name);
        };
    }

    CommandContext context() {
        return context;
    }

    /** Without a subcommand: the usage, on stderr since it is not what was asked for. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    /** The version the build wrote into the jar's manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = RapportCommand.class.getPackage().getImplementationVersion();
            return new String[] {"rapport " + (v == null ? "(development build)" : v)};
        }
    }
}
