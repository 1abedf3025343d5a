package org.passhygiene.store;

/**
 * A driver exception's copy without credentials, kept as a {@link StoreException}'s cause so that a stack trace
 * (printed with {@code --verbose}) shows where it failed and not the database password: the message has
 * {@link StoreUrl#redactMessage} applied, the stack trace and cause chain are kept (each redacted too).
 */
final class RedactedCause extends Exception {
    private static final long serialVersionUID = 1L;
    private static final int MAX_DEPTH = 16;

    private RedactedCause(String message) {
        super(message);
    }

    static RedactedCause of(Throwable t, String url, String... secrets) {
        return of(t, url, secrets, 0);
    }

    private static RedactedCause of(Throwable t, String url, String[] secrets, int depth) {
        RedactedCause copy = new RedactedCause(t.getClass().getName() + ": "
                + StoreUrl.redactMessage(t.getMessage(), url, secrets));
        copy.setStackTrace(t.getStackTrace());
        if (t.getCause() != null && t.getCause() != t && depth < MAX_DEPTH) {
            copy.initCause(of(t.getCause(), url, secrets, depth + 1));
        }
        return copy;
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
