package org.rapport.cli.followups;

import java.util.concurrent.Callable;
import org.rapport.cli.CommandContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rapport due}: open follow-ups due today or earlier ({@link DueList}). People whose
 * keep-in-touch cadence has lapsed are not listed separately: the people API cannot filter by next
 * contact due yet, and reading every person would cost more than the command's whole time budget.
 */
@Command(
        name = "due",
        description = "Open follow-ups due today or earlier (thank-yous, check-ins, promises), overdue first.")
public final class DueCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the follow-ups as a JSON array")
    boolean json;

    @Override
    public Integer call() {
        return DueList.print(CommandContext.of(spec), json);
    }
}
