package org.passhygiene.breach;

import org.passhygiene.crypto.PasswordHashes;

/** The hash a breach corpus is published in. */
public enum HashKind {
    /** SHA-1 of the UTF-8 password, 40 hex digits. */
    SHA1(1, "SHA-1", PasswordHashes.SHA1_LENGTH),
    /** NT hash, MD4 of the UTF-16LE password, 32 hex digits. */
    NTLM(2, "NTLM", PasswordHashes.NTLM_LENGTH);

    private final int code;
    private final String displayName;
    private final int length;

    HashKind(int code, String displayName, int length) {
        this.code = code;
        this.displayName = displayName;
        this.length = length;
    }

    /** Hash length in bytes (20 or 16). */
    public int length() {
        return length;
    }

    /** Hash length in hex digits (40 or 32). */
    public int hexLength() {
        return 2 * length;
    }

    /** The conventional name, {@code SHA-1} or {@code NTLM}. */
    public String displayName() {
        return displayName;
    }

    /**
     * Hashes {@code password}; see {@link PasswordHashes}. The password is not kept; the caller owns the result.
     *
     * @throws NullPointerException if {@code password} is null
     */
    public byte[] hash(char[] password) {
        return this == SHA1 ? PasswordHashes.sha1(password) : PasswordHashes.ntlm(password);
    }

    int code() {
        return code;
    }

    static HashKind ofCode(int code) {
        for (HashKind kind : values()) {
            if (kind.code == code) {
                return kind;
            }
        }
        return null;
    }
}
