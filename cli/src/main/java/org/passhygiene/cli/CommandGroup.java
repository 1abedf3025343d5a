package org.passhygiene.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code policy}, {@code breach}, {@code store}): run on its own, it is a
 * usage error (exit 2) naming the subcommands, e.g. "a subcommand is needed: lint, show or init".
 */
abstract class CommandGroup implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public final void run() {
        List<String> names = new ArrayList<>(spec.subcommands().keySet());
        String last = names.remove(names.size() - 1);
        throw new ParameterException(spec.commandLine(), "a subcommand is needed: "
                + (names.isEmpty() ? last : String.join(", ", names) + " or " + last));
    }
}
