package org.passhygiene.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.crypto.digests.MD4Digest;

/**
 * The two password hashes breach corpora are published in.
 *
 * <ul>
 *   <li>{@link #sha1(char[])}: SHA-1 of the UTF-8 encoding, as in Have I Been Pwned's Pwned Passwords. An unpaired
 *       surrogate is encoded as {@code '?'}, exactly as {@code String.getBytes(UTF_8)} does.</li>
 *   <li>{@link #ntlm(char[])}: the NT hash, MD4 of the UTF-16LE encoding (the form Active Directory stores and
 *       Pwned Passwords publishes with {@code mode=ntlm}). UTF-16LE is taken char by char, so an unpaired
 *       surrogate is hashed as Windows would hash it.</li>
 * </ul>
 *
 * <p>Both methods are thread-safe, never build a {@code String} from the password and overwrite the encoded bytes
 * before returning. The caller owns (and should clear) both the password and the returned hash.
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 */
public final class PasswordHashes {

    /** Length in bytes of a SHA-1 hash. */
    public static final int SHA1_LENGTH = 20;
    /** Length in bytes of an NT hash. */
    public static final int NTLM_LENGTH = 16;

    private static final ThreadLocal<MessageDigest> SHA1 = ThreadLocal.withInitial(PasswordHashes::newSha1);
    private static final ThreadLocal<MD4Digest> MD4 = ThreadLocal.withInitial(MD4Digest::new);

    private PasswordHashes() {
    }

    /**
     * SHA-1 of the UTF-8 encoding of {@code password}.
     *
     * @return a new 20-byte array
     * @throws NullPointerException if {@code password} is null
     */
    public static byte[] sha1(char[] password) {
        Objects.requireNonNull(password, "password");
        byte[] utf8 = new byte[password.length * 3];
        int length = encodeUtf8(password, utf8);
        try {
            MessageDigest digest = SHA1.get();
            digest.update(utf8, 0, length);
            return digest.digest();
        } finally {
            Arrays.fill(utf8, (byte) 0);
        }
    }

    /**
     * The NT hash: MD4 of the UTF-16LE encoding of {@code password}.
     *
     * @return a new 16-byte array
     * @throws NullPointerException if {@code password} is null
     */
    public static byte[] ntlm(char[] password) {
        Objects.requireNonNull(password, "password");
        byte[] utf16 = new byte[password.length * 2];
        for (int i = 0; i < password.length; i++) {
            utf16[2 * i] = (byte) password[i];
            utf16[2 * i + 1] = (byte) (password[i] >>> 8);
        }
        try {
            MD4Digest digest = MD4.get();
            digest.update(utf16, 0, utf16.length);
            byte[] out = new byte[NTLM_LENGTH];
            digest.doFinal(out, 0); // doFinal also resets the digest, clearing its buffered block
            return out;
        } finally {
            Arrays.fill(utf16, (byte) 0);
        }
    }

    /** Encodes as UTF-8 into {@code out} (at least 3 bytes per char); returns the number of bytes written. */
    private static int encodeUtf8(char[] chars, byte[] out) {
        int n = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | (c >> 6));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < chars.length
                    && Character.isLowSurrogate(chars[i + 1])) {
                int cp = Character.toCodePoint(c, chars[++i]);
                out[n++] = (byte) (0xF0 | (cp >> 18));
                out[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                out[n++] = '?';
            } else {
                out[n++] = (byte) (0xE0 | (c >> 12));
                out[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return n;
    }

    private static MessageDigest newSha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every Java platform", e);
        }
    }
}
