package org.passhygiene.crypto;

import java.io.IOException;
import java.util.Objects;

/**
 * A recipient key file that cannot be used for encryption: unreadable, not an OpenPGP certificate, ambiguous,
 * expired, revoked or without a valid encryption key. The message names the file and, where there is one, the
 * certificate (full fingerprint), the key, the reason and the date.
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 */
public final class OpenPgpKeyException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Why the key file was refused. */
    public enum Problem {
        /** The file cannot be read, is too large, or is not an OpenPGP public key (certificate). */
        UNREADABLE,
        /** The file holds no certificate. */
        NO_CERTIFICATE,
        /** The file holds several certificates and none was chosen by fingerprint. */
        SEVERAL_CERTIFICATES,
        /** No certificate or key in the file has the fingerprint asked for. */
        NO_SUCH_FINGERPRINT,
        /** The certificate, or every encryption key on it, is revoked. */
        REVOKED,
        /** The certificate, or every encryption key on it, has expired. */
        EXPIRED,
        /** The certificate has no valid key flagged for encryption (for another reason than the above). */
        NO_ENCRYPTION_KEY
    }

    private final Problem problem;

    OpenPgpKeyException(Problem problem, String message) {
        this(problem, message, null);
    }

    OpenPgpKeyException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** Why the key file was refused. */
    public Problem problem() {
        return problem;
    }
}
