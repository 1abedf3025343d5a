package org.passhygiene.audit;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Password-group tags for one audit: a short HMAC of the NT hash under a random key that lives only as long as the
 * audit, so identical passwords share a tag within one report and the tag means nothing outside it. Thread-safe.
 */
final class PasswordTags implements AutoCloseable {

    private final byte[] key;
    private final ThreadLocal<Mac> macs;

    PasswordTags() {
        this.key = newKey();
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
            }
        });
    }

    private static byte[] newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /** The tag of the password with this NT hash: never 0. */
    long tag(byte[] nt) {
        byte[] mac = macs.get().doFinal(nt);
        long t = ByteBuffer.wrap(mac).getLong();
        return t == 0 ? 1 : t;
    }

    /** Forgets the key. */
    @Override
    public void close() {
        Arrays.fill(key, (byte) 0);
    }
}
