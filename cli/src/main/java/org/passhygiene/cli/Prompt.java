package org.passhygiene.cli;

import java.io.Console;

/** The one place a password is read from the terminal: no echo, never from arguments. */
final class Prompt {

    private Prompt() {
    }

    /**
     * Reads a password without echo; a usage error (exit 2) when there is no terminal.
     *
     * @param stdinReads what --stdin reads instead, for the error: "passwords" or "the password"
     */
    static char[] password(String stdinReads) {
        Console console = System.console();
        if (console == null) {
            throw new ExitCodes.UsageException("no terminal to prompt on: use --stdin to read " + stdinReads
                    + " from standard input");
        }
        char[] password = console.readPassword("Password: ");
        if (password == null) {
            throw new ExitCodes.UsageException("no password entered");
        }
        return password;
    }
}
