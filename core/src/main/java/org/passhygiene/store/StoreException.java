package org.passhygiene.store;

/**
 * The credential store cannot be used: the database cannot be reached, the file is not a passhygiene store (or is
 * corrupted), its schema is newer than this library, the pepper file is missing a key or does not match the store,
 * or a write failed after its retries. The message names the database (without credentials) or file, and the
 * problem.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message the complete, human-readable message
     */
    StoreException(String message) {
        super(message);
    }

    /**
     * @param message the complete, human-readable message
     * @param cause the underlying error
     */
    StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
