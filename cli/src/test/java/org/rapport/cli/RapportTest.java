package org.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the CLI does before it ever reaches a server. */
class RapportTest {
    @TempDir
    Path config;

    private CliRun.Result rapport(String... args) {
        return CliRun.withConfigIn(config).run(args);
    }

    @Test
    void everyCommandHasHelpListingTheExitCodes() {
        for (String command : RapportCommand.NAMES) {
            var r = rapport(command, "--help");
            assertThat(r.code()).as(command).isZero();
            assertThat(r.out())
                    .as(command)
                    .contains("Usage: rapport " + command)
                    .contains("Exit codes:");
        }
        assertThat(rapport("people", "search", "--help").out()).contains("Usage: rapport people search");
        assertThat(rapport("person", "show", "--help").out()).contains("Usage: rapport person show");
    }

    @Test
    void noCommandOrAWrongOneIsAUsageError() {
        assertThat(rapport().code()).isEqualTo(ExitCode.USAGE);
        var r = rapport("bogus");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("bogus").contains("rapport --help");
        assertThat(rapport("log", "Coffee with @Ana", "--channel", "pigeon").code())
                .isEqualTo(ExitCode.USAGE);
        assertThat(rapport("done", "not-an-id").code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aLineWithoutAnyoneInItIsRefusedBeforeAskingTheServer() {
        var r = rapport("log", "Read about lakehouses");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("@Name");
    }

    @Test
    void anUnreadableWhenIsAUsageError() {
        var r = rapport("log", "Coffee with @Ana", "--when", "someday");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--when").contains("yesterday");
    }

    @Test
    void withoutSigningInCommandsSayHow() {
        var r = rapport("due");
        assertThat(r.code()).isEqualTo(ExitCode.NOT_SIGNED_IN);
        assertThat(r.err()).isEqualTo("rapport: not signed in: run rapport login --server URL\n");
        assertThat(Rapport.due(
                        new String[] {"due"},
                        Terminal.of(
                                java.util.Map.of("RAPPORT_CONFIG_DIR", config.toString()),
                                System.in,
                                new java.io.ByteArrayOutputStream(),
                                new java.io.ByteArrayOutputStream(),
                                false,
                                java.time.Clock.systemUTC())))
                .isEqualTo(ExitCode.NOT_SIGNED_IN);
    }

    @Test
    void anUnreachableServerIsANetworkError() {
        var r = rapport("login", "--server", "http://127.0.0.1:1", "--token", "x");
        assertThat(r.code()).isEqualTo(ExitCode.SERVER);
        assertThat(r.err()).contains("cannot reach http://127.0.0.1:1");
    }

    @Test
    void onlyThePlainDueFormsSkipPicocli() {
        assertThat(Rapport.isPlainDue(new String[] {"due"})).isTrue();
        assertThat(Rapport.isPlainDue(new String[] {"due", "--json"})).isTrue();
        assertThat(Rapport.isPlainDue(new String[] {"due", "--help"})).isFalse();
        assertThat(Rapport.isPlainDue(new String[] {"due", "--json", "x"})).isFalse();
        assertThat(Rapport.isPlainDue(new String[] {"done", "--json"})).isFalse();
    }

    @Test
    void completionScriptsCoverEveryCommand() {
        for (String shell : new String[] {"bash", "zsh"}) {
            var r = rapport("completion", shell);
            assertThat(r.code()).isZero();
            assertThat(r.out())
                    .contains("complete -F")
                    .contains("people")
                    .contains("--channel")
                    .contains("in_person");
        }
        assertThat(rapport("completion", "fish").code()).isEqualTo(ExitCode.USAGE);
    }
}
