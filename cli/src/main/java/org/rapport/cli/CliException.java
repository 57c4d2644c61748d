package org.rapport.cli;

/** Ends a command with a message for the user and an {@link ExitCode}. */
public final class CliException extends RuntimeException {
    private final int exitCode;

    public CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public static CliException usage(String message) {
        return new CliException(ExitCode.USAGE, message);
    }

    public static CliException notFound(String message) {
        return new CliException(ExitCode.NOT_FOUND, message);
    }

    /** The server lacks an endpoint another issue adds: one clear line, its own exit code. */
    public static CliException notOffered(String feature, String endpoint) {
        return new CliException(
                ExitCode.NOT_OFFERED, "this server does not offer " + feature + " yet (" + endpoint + " is missing)");
    }

    public int exitCode() {
        return exitCode;
    }
}
