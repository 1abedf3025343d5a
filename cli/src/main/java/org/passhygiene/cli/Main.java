package org.passhygiene.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

import picocli.CommandLine;

/** Entry point: runs the command and exits with its code. Tests call {@link #run} instead. */
public final class Main {

    /**
     * The PostgreSQL driver's own log ({@code java.util.logging}, logger {@code org.postgresql}) is off: its
     * messages quote pieces of the JDBC URL unredacted ("invalid port number: SECRET@"). Whatever it would have
     * said reaches the user as the driver's exception, redacted, in our one-line error. Held here so the logger
     * (and its level) is not garbage-collected.
     */
    private static final Logger DRIVER_LOG = silenced("org.postgresql");

    private Main() {
    }

    public static void main(String[] args) {
        // Library warnings (e.g. the online breach check's "answered HTTP 503") as one line, like our errors.
        System.setProperty("java.util.logging.SimpleFormatter.format", "passhygiene: %4$s: %5$s%n");
        int code = run(args, System.in, System.out, System.err);
        System.exit(code);
    }

    /** Runs the command line with the given streams and returns the exit code; never exits the JVM. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, out == System.out && System.console() != null);
    }

    /**
     * As {@link #run(String[], InputStream, PrintStream, PrintStream)}, saying whether {@code out} is a terminal
     * (only the process's own standard output can be, when the JVM has a console; tests say so explicitly).
     */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean outIsTerminal) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            return commandLine(in, outWriter, errWriter, outIsTerminal).execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    private static Logger silenced(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.OFF);
        return logger;
    }

    static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err) {
        return commandLine(in, out, err, false);
    }

    private static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err, boolean outIsTerminal) {
        DRIVER_LOG.setLevel(Level.OFF);
        PasshygieneCommand root = new PasshygieneCommand(in, outIsTerminal);
        CommandLine cl = new CommandLine(root);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(ExitCodes.executionHandler(root.verboseFlag()));
        cl.setParameterExceptionHandler(ExitCodes.parameterHandler());
        showExitCodes(cl);
        return cl;
    }

    private static void showExitCodes(CommandLine cl) {
        cl.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCodes.HELP);
        for (CommandLine sub : cl.getSubcommands().values()) {
            showExitCodes(sub);
        }
    }
}
