package org.rapport.cli.shell;

import java.util.concurrent.Callable;
import org.rapport.cli.CliException;
import org.rapport.cli.ExitCode;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rapport completion bash|zsh}: a completion script generated from the commands themselves. */
@Command(
        name = "completion",
        description = {
            "Print a shell completion script.",
            "  bash:  source <(rapport completion bash)      (or save it in /etc/bash_completion.d/rapport)",
            "  zsh:   source <(rapport completion zsh)       (in ~/.zshrc; uses bashcompinit)"
        })
public final class CompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "bash or zsh")
    String shell;

    @Override
    public Integer call() {
        if (!shell.equals("bash") && !shell.equals("zsh")) {
            throw CliException.usage("completion is available for bash and zsh, not " + shell);
        }
        // picocli's script serves both: under zsh it loads bashcompinit itself.
        String script = AutoComplete.bash("rapport", spec.root().commandLine());
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
