package org.passhygiene.crypto;

import java.util.Objects;

import org.passhygiene.output.TerminalText;

/**
 * The key a report is encrypted to: its full fingerprint, the fingerprint of the certificate (primary key) it
 * belongs to, and the certificate's user ID. Fingerprints are upper-case hex in groups of four, as gpg prints them
 * (v4: 40 digits with a double space in the middle).
 *
 * @param keyFingerprint         fingerprint of the key the session key is encrypted to (a subkey, usually)
 * @param certificateFingerprint fingerprint of the certificate's primary key
 * @param userId                 the certificate's primary user ID as the file has it (untrusted text), or ""
 * @param subkey                 whether the key is a subkey rather than the primary key
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 */
public record OpenPgpRecipient(String keyFingerprint, String certificateFingerprint, String userId, boolean subkey) {

    /** Validates that no component is null. */
    public OpenPgpRecipient {
        Objects.requireNonNull(keyFingerprint, "keyFingerprint");
        Objects.requireNonNull(certificateFingerprint, "certificateFingerprint");
        Objects.requireNonNull(userId, "userId");
    }

    /**
     * One line for people, the user ID escaped for a terminal: {@code subkey 6DB2 … of certificate F296 … "A
     * <a@example.org>"}.
     */
    public String describe() {
        String owner = userId.isEmpty() ? "" : " \"" + TerminalText.escape(userId) + "\"";
        return subkey ? "subkey " + keyFingerprint + " of certificate " + certificateFingerprint + owner
                : "key " + keyFingerprint + owner;
    }
}
