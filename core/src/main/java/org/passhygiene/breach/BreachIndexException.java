package org.passhygiene.breach;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An index file cannot be used: truncated, corrupt (checksum mismatch), not an index (wrong magic), from a newer
 * format version, or of another hash kind than required. The message names the file and the problem, e.g.
 * {@code pwned.phbi: truncated: expected 5,368,709,184 bytes, found 4,294,967,296}.
 */
public class BreachIndexException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    BreachIndexException(Path file, String problem) {
        super(Objects.requireNonNull(file, "file") + ": " + problem);
        this.file = file;
    }

    /** The index file. */
    public Path file() {
        return file;
    }
}
