package org.rapport.cli;

import java.io.UncheckedIOException;
import org.rapport.cli.api.ApiException;
import org.rapport.cli.api.ServerUnreachableException;
import org.rapport.cli.followups.DueList;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** The entry point: runs one command and turns every failure into one line and an {@link ExitCode}. */
public final class Rapport {
    private Rapport() {}

    public static void main(String[] args) {
        String[] recovered = Arguments.recover(args);
        Terminal terminal = Terminal.system();
        System.exit(isPlainDue(recovered) ? due(recovered, terminal) : run(recovered, terminal));
    }

    /** Runs a command line in this process, always through picocli; what the tests call. */
    public static int run(String[] args, Terminal terminal) {
        return commandLine(terminal, args).execute(args);
    }

    /**
     * {@code rapport due [--json]}, what prompts and scripts call over and over, is answered without
     * picocli: building its command model is most of the start-up time (docs/benchmarks.md). Any
     * other form, {@code --help} included, goes through picocli as usual.
     */
    static boolean isPlainDue(String[] args) {
        return args.length >= 1
                && args.length <= 2
                && args[0].equals("due")
                && (args.length == 1 || args[1].equals("--json"));
    }

    static int due(String[] args, Terminal terminal) {
        try {
            return DueList.print(new CommandContext(terminal), args.length == 2);
        } catch (Exception e) {
            return Failure.report(e, terminal);
        }
    }

    static CommandLine commandLine(Terminal terminal, String[] args) {
        CommandLine cl = new CommandLine(new RapportCommand(terminal));
        RapportCommand.addSubcommands(cl, args);
        cl.setOut(terminal.out());
        cl.setErr(terminal.err());
        cl.setParameterExceptionHandler(new BadUsage());
        cl.setExecutionExceptionHandler(new Failure(terminal));
        return cl;
    }

    /** A bad option or argument: the reason and where to find help, exit 1. */
    static final class BadUsage implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException e, String[] args) {
            CommandLine cl = e.getCommandLine();
            cl.getErr().println("rapport: " + e.getMessage());
            cl.getErr().println("Try: " + cl.getCommandSpec().qualifiedName() + " --help");
            cl.getErr().flush();
            return ExitCode.USAGE;
        }
    }

    /** Anything a command throws, said in one line (API problems included) with its exit code. */
    static final class Failure implements IExecutionExceptionHandler {
        private final Terminal terminal;

        Failure(Terminal terminal) {
            this.terminal = terminal;
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
            return report(e, terminal);
        }

        static int report(Exception e, Terminal terminal) {
            int code = exitCode(e);
            String message = e.getMessage();
            if (e instanceof ApiException api && api.endpointMissing()) {
                message = "this server does not offer this yet (" + message + ")";
            } else if (e instanceof ApiException api && api.status() == 401) {
                message = "not signed in: the server refused the token (" + message + "); run rapport login";
            }
            if (code == ExitCode.INTERNAL || terminal.env().containsKey("RAPPORT_DEBUG")) {
                e.printStackTrace(terminal.err());
            }
            terminal.err().println("rapport: " + (message == null ? e.toString() : message));
            terminal.err().flush();
            return code;
        }

        static int exitCode(Exception e) {
            if (e instanceof CliException cli) {
                return cli.exitCode();
            }
            if (e instanceof ServerUnreachableException) {
                return ExitCode.SERVER;
            }
            if (e instanceof UncheckedIOException) {
                return ExitCode.USAGE;
            }
            if (e instanceof ApiException api) {
                if (api.endpointMissing()) {
                    return ExitCode.NOT_OFFERED;
                }
                return switch (api.status()) {
                    case 400, 413, 415, 422 -> ExitCode.USAGE;
                    case 401, 403 -> ExitCode.NOT_SIGNED_IN;
                    case 404 -> ExitCode.NOT_FOUND;
                    default -> ExitCode.SERVER;
                };
            }
            return ExitCode.INTERNAL;
        }
    }
}
