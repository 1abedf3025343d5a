package org.passhygiene.cli;

import java.io.InputStream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level command: global options and the list of subcommands. */
@Command(name = "passhygiene",
        mixinStandardHelpOptions = true,
        version = "passhygiene 0.1.0",
        description = "Keeps school staff passwords and accounts in line with the school's Acceptable Use Policy.",
        subcommands = {CheckCommand.class, PolicyCommand.class, BreachCommand.class, StoreCommand.class,
            RotationCommand.class, TermsCommand.class, AuditCommand.class,
            GenerateCommand.class, ProvisionCommand.class, ServeCommand.class})
public final class PasshygieneCommand implements Runnable {

    private final InputStream in;
    private final boolean outIsTerminal;
    private final boolean[] verbose = {false};

    PasshygieneCommand(InputStream in, boolean outIsTerminal) {
        this.in = in;
        this.outIsTerminal = outIsTerminal;
    }

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print stack traces with errors (never passwords).")
    void setVerbose(boolean value) {
        verbose[0] = value;
    }

    /** Shared with the exception handler, which runs outside any command. */
    boolean[] verboseFlag() {
        return verbose;
    }

    /** The standard input of the run {@code spec} (any command's) belongs to. */
    static InputStream stdin(CommandSpec spec) {
        return ((PasshygieneCommand) spec.root().userObject()).in;
    }

    /** Whether the standard output of the run {@code spec} belongs to is a terminal (for {@code generate}). */
    static boolean outIsTerminal(CommandSpec spec) {
        return ((PasshygieneCommand) spec.root().userObject()).outIsTerminal;
    }

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is needed: " + String.join(", ",
                spec.subcommands().keySet()));
    }
}
