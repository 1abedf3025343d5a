package org.passhygiene.breach;

import java.io.IOException;
import java.util.Objects;

/**
 * An import input has a line that is not in the expected form. The message is {@code source:line: problem}; it
 * never quotes the line (it might be a password).
 */
public class CorpusFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;

    CorpusFormatException(String source, long line, String problem) {
        super(Objects.requireNonNull(source, "source") + (line > 0 ? ":" + line : "") + ": " + problem);
        this.source = source;
        this.line = line;
    }

    /** The input file (as given) or resource URL. */
    public String source() {
        return source;
    }

    /** The 1-based line number, 0 when the problem is not on one line. */
    public long line() {
        return line;
    }
}
