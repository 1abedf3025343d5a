package org.passhygiene.audit;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An export file that cannot be read at all: no known format matches its header, or the header lacks a column the
 * chosen format needs. The message names the file and what was expected; it never quotes a data row.
 */
final class ExportFormatException extends UncheckedIOException {

    private static final long serialVersionUID = 1L;

    ExportFormatException(String message) {
        super(message, new IOException(message));
    }
}
