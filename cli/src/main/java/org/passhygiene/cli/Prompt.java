package org.passhygiene.cli;

import java.io.Console;

/** The one place a password is read from the terminal: no echo, never from arguments. */
final class Prompt {

    private Prompt() {
    }

    /** Reads a password without echo; a usage error (exit 2) when there is no terminal. */
    static char[] password(PasshygieneCommand root) {
        Console console = System.console();
        if (console == null) {
            throw new ExitCodes.UsageException("no terminal to prompt on: use --stdin to read passwords from "
                    + "standard input");
        }
        char[] password = console.readPassword("Password: ");
        if (password == null) {
            throw new ExitCodes.UsageException("no password entered");
        }
        return password;
    }
}
