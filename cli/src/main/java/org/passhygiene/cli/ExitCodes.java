package org.passhygiene.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.passhygiene.generator.GenerationException;
import org.passhygiene.policy.PolicyException;
import org.passhygiene.output.OutputPathException;
import org.passhygiene.rotation.CalendarException;
import org.passhygiene.store.StoreException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Every exit code the command uses, and the one place exceptions become them. Listed in {@code --help}. */
public final class ExitCodes {

    /** Everything checked was accepted (or the command succeeded). */
    public static final int OK = 0;
    /** At least one password was rejected (or, for lint, the policy departs from guidance). */
    public static final int REJECTED = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** The policy file, preset or term calendar is invalid. */
    public static final int POLICY = 3;
    /** A file or stream could not be read or written, or the credential store cannot be used. */
    public static final int IO = 4;
    /**
     * The run could not read or do all of its work (rows skipped, a file unreadable): its results are partial and
     * must not be taken as clean, whether or not it found anything.
     */
    public static final int INCOMPLETE = 5;
    /** A bug: please report it with the output of --verbose. */
    public static final int INTERNAL = 70;

    /** The exit-code list every command's --help shows. */
    static final Map<String, String> HELP = help();

    private static Map<String, String> help() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(Integer.toString(OK), "all passwords accepted / command succeeded");
        m.put(Integer.toString(REJECTED), "a password was rejected (lint: the policy departs from guidance;"
                + " store mark-compromised: no password recorded to flag)");
        m.put(Integer.toString(USAGE), "usage error (bad option; --stdin with no line; an --out path that is not a"
                + " regular file, is an input, or exists without --force)");
        m.put(Integer.toString(POLICY), "invalid policy file, preset or term calendar (generate: the policy or options"
                + " allow no password to be generated)");
        m.put(Integer.toString(IO), "I/O or store error (file missing, unreadable input, cannot write output;"
                + " credential store unreachable, not a store, or wrong pepper; audit: an export of no known format,"
                + " a leavers list without its columns, or a --compare file that is not a usable JSON report)");
        m.put(Integer.toString(INCOMPLETE), "incomplete: some input could not be read (rows skipped); the results are"
                + " partial (provision: rows with problems, listed; nothing provisioned, or with --skip-bad-rows only"
                + " the other rows)");
        m.put(Integer.toString(INTERNAL), "internal error (run again with --verbose and report it)");
        return Collections.unmodifiableMap(m);
    }

    private ExitCodes() {
    }

    /** A usage problem found while running (not while parsing), e.g. no terminal to prompt on. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /**
     * Runs our own checks of what the user gave that can only run after parsing (the values together, or against
     * the policy or store): an {@link IllegalArgumentException} becomes a usage error (exit 2) with its message.
     */
    static <T> T usage(Supplier<T> checked) {
        try {
            return checked.get();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Maps exceptions from command execution to one line on stderr and an exit code. */
    static IExecutionExceptionHandler executionHandler(boolean[] verbose) {
        return (Exception ex, CommandLine cl, ParseResult parseResult) -> {
            PrintWriter err = cl.getErr();
            int code;
            String message;
            if (ex instanceof PolicyException) {
                code = POLICY;
                message = "invalid policy: " + ex.getMessage();
            } else if (ex instanceof CalendarException) {
                code = POLICY;
                message = "invalid term calendar: " + ex.getMessage();
            } else if (ex instanceof GenerationException) {
                code = POLICY;
                message = "cannot generate: " + ex.getMessage();
            } else if (ex instanceof StoreException) {
                code = IO;
                message = "credential store: " + ex.getMessage();
            } else if (ex instanceof OutputPathException) {
                code = USAGE;
                message = ex.getMessage();
            } else if (ex instanceof UncheckedIOException || ex instanceof IOException) {
                code = IO;
                message = IoMessages.describe(ex, parseResult);
            } else if (ex instanceof UsageException) {
                code = USAGE;
                message = ex.getMessage();
            } else {
                code = INTERNAL;
                message = "internal error: " + ex;
            }
            err.println("passhygiene: " + IoMessages.safe(message));
            if (verbose[0]) {
                ex.printStackTrace(err);
            }
            err.flush();
            return code;
        };
    }

    /**
     * Bad command lines: one line and a pointer to --help, exit 2. The line never contains a value from the command
     * line (it could be a password typed as an argument); see {@link ParameterMessages}.
     */
    static IParameterExceptionHandler parameterHandler() {
        return (ParameterException ex, String[] args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("passhygiene: " + IoMessages.safe(ParameterMessages.describe(ex, args)));
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return USAGE;
        };
    }
}
