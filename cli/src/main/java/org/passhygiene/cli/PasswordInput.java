package org.passhygiene.cli;

import java.util.Arrays;
import java.util.function.Function;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --stdin}, as a picocli mixin for the commands that judge any number of passwords ({@code check},
 * {@code breach check}): one password typed at the prompt without echo, or one per line of standard input. Each
 * password is cleared as soon as it is judged, and never reaches the output.
 */
final class PasswordInput {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--stdin", description = "Read one password per line from standard input (UTF-8; CRLF ok).")
    private boolean stdin;

    /** What to print for one password's result; returns whether it passed. */
    @FunctionalInterface
    interface Verdict<R> {
        /**
         * @param line the line of standard input, or 0 for the password typed at the prompt
         * @return whether the password passed
         */
        boolean show(R result, int line);
    }

    /**
     * Judges every password given, clearing each before its verdict is shown.
     *
     * @return whether every password passed
     * @throws ExitCodes.UsageException (exit 2) if standard input held no line or there is no terminal to prompt on
     */
    <R> boolean each(Function<char[], R> judge, Verdict<R> verdict) {
        if (!stdin) {
            return verdict.show(judged(Prompt.password("passwords"), judge), 0);
        }
        boolean allPassed = true;
        try (PasswordLines lines = new PasswordLines(PasshygieneCommand.stdin(command), "stdin")) {
            char[] password;
            while ((password = lines.next()) != null) {
                allPassed &= verdict.show(judged(password, judge), lines.lineNumber());
            }
            if (lines.lineNumber() == 0) {
                throw new ExitCodes.UsageException(PasswordLines.NOTHING_READ);
            }
        }
        return allPassed;
    }

    private static <R> R judged(char[] password, Function<char[], R> judge) {
        try {
            return judge.apply(password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
