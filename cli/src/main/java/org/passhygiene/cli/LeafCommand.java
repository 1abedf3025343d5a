package org.passhygiene.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that does the work (not a {@link CommandGroup}): picocli injects its spec; {@link #out()} and
 * {@link #err()} are the run's writers. {@link #call()} returns the exit code ({@link ExitCodes}).
 */
abstract class LeafCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** This command's spec, e.g. for {@link PasshygieneCommand#stdin}. */
    final CommandSpec spec() {
        return spec;
    }

    /** The run's standard output. */
    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** The run's standard error. */
    final PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
