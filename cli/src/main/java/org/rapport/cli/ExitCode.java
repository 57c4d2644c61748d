package org.rapport.cli;

/** What the process's exit status means; listed in {@code rapport --help} and the README. */
public final class ExitCode {
    public static final int OK = 0;
    /** A bad option or argument, or input the server refused (400, 413, 422). */
    public static final int USAGE = 1;
    /** Not signed in, or the token was refused (401, 403). */
    public static final int NOT_SIGNED_IN = 2;
    /** No such record (404), or a name that matches several people and nobody to ask. */
    public static final int NOT_FOUND = 3;
    /** No answer from the server, or the server failed (409, 429, 5xx). */
    public static final int SERVER = 4;
    /** The server has no endpoint for this yet (an older server). */
    public static final int NOT_OFFERED = 5;
    /** A bug in the command line itself. */
    public static final int INTERNAL = 70;

    private ExitCode() {}
}
