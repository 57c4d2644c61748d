package org.rapport.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** Runs the CLI in this process, as a person at a terminal or as a script, and keeps what it printed. */
final class CliRun {
    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private final Map<String, String> env = new HashMap<>();
    private String input = "";
    private boolean interactive;

    static CliRun withConfigIn(java.nio.file.Path dir) {
        CliRun run = new CliRun();
        run.env.put("RAPPORT_CONFIG_DIR", dir.toString());
        return run;
    }

    /** Someone at the terminal who will type {@code lines}. */
    CliRun answering(String... lines) {
        this.interactive = true;
        this.input = String.join("\n", lines) + "\n";
        return this;
    }

    Result run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var in = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
        Terminal terminal = Terminal.of(env, in, out, err, interactive, Clock.systemDefaultZone());
        int code = Rapport.run(args, terminal);
        terminal.out().flush();
        terminal.err().flush();
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
