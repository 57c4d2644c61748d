package org.rapport.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * The process's surroundings, passed in so tests can run commands in-process: environment,
 * streams, whether a person is there to answer questions, and the clock. Questions go to stderr so
 * that stdout stays clean for {@code --json}.
 */
public final class Terminal {
    private final Map<String, String> env;
    private final BufferedReader in;
    private final OutputStream stdout;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Console console;
    private final boolean interactive;
    private final Clock clock;

    private Terminal(
            Map<String, String> env,
            InputStream in,
            OutputStream stdout,
            OutputStream stderr,
            Console console,
            boolean interactive,
            Clock clock) {
        this.env = env;
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.stdout = stdout;
        // UTF-8 whatever the locale says: names have accents, and --json must be UTF-8.
        this.out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        this.err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        this.console = console;
        this.interactive = interactive;
        this.clock = clock;
    }

    /** The real process: a person is there when stdin and stdout are a terminal. */
    public static Terminal system() {
        Console console = System.console();
        return new Terminal(
                System.getenv(),
                System.in,
                System.out,
                System.err,
                console,
                console != null,
                Clock.systemDefaultZone());
    }

    /** For tests: given streams; {@code interactive} says whether questions may be asked. */
    public static Terminal of(
            Map<String, String> env,
            InputStream in,
            OutputStream out,
            OutputStream err,
            boolean interactive,
            Clock clock) {
        return new Terminal(env, in, out, err, null, interactive, clock);
    }

    public Map<String, String> env() {
        return env;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    /** Standard output as bytes, for exports. */
    public OutputStream stdout() {
        out.flush();
        return stdout;
    }

    public boolean interactive() {
        return interactive;
    }

    public ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }

    /** Asks on stderr and reads a line from stdin; null at end of input. */
    public String ask(String question) {
        err.print(question);
        err.flush();
        try {
            String line = in.readLine();
            return line == null ? null : line.strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Like {@link #ask} without echo when there is a console. */
    public String askSecret(String question) {
        if (console == null) {
            return ask(question);
        }
        char[] secret = console.readPassword("%s", question);
        return secret == null ? null : new String(secret);
    }
}
