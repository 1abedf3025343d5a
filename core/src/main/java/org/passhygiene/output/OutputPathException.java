package org.passhygiene.output;

import java.util.Objects;

/**
 * An output path that {@link OutputTarget} refuses (a device, FIFO, directory, symbolic link, the input itself, a
 * missing directory, …), thrown before anything at the path is touched. The message names the path (escaped with
 * {@link TerminalText#escape}) and the reason, e.g. {@code /dev/null: is a character device; the output must be a
 * regular file}. The CLI reports it as a usage error.
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 */
public final class OutputPathException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a path was refused. */
    public enum Reason {
        /** A device, FIFO, socket or directory. */
        NOT_A_REGULAR_FILE,
        /** A symbolic link (to anything: links are neither followed nor replaced). */
        SYMBOLIC_LINK,
        /** The same file as one of the command's inputs. */
        SAME_AS_INPUT,
        /** Inside a directory the command reads as input (every file of it), where the output would become input. */
        INSIDE_INPUT_DIRECTORY,
        /** The parent directory is missing or not a directory. */
        NO_DIRECTORY,
        /** A file exists and overwriting is not allowed. */
        EXISTS,
        /** {@code -} where the output cannot go to standard output. */
        STANDARD_OUTPUT
    }

    private final String path;
    private final Reason reason;

    OutputPathException(String path, Reason reason, String detail) {
        super(TerminalText.escape(path) + ": " + detail);
        this.path = path;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The path as given (not escaped). */
    public String path() {
        return path;
    }

    /** Why it was refused. */
    public Reason reason() {
        return reason;
    }
}
