package org.passhygiene.store;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Argon2id over a password's UTF-8 bytes, with the person's salt and the store's pepper as Argon2's secret. */
final class Fingerprinter {
    static final int SALT_BYTES = 16;
    static final int FINGERPRINT_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] pepper;

    Fingerprinter(byte[] pepper) {
        this.pepper = pepper.clone();
    }

    static byte[] newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return salt;
    }

    /** The password's bytes are cleared before this returns; the char[] is left to the caller. */
    byte[] fingerprint(char[] password, byte[] salt, FingerprintCost cost) {
        byte[] bytes = utf8(password);
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withSecret(pepper)
                .withMemoryAsKB(cost.memoryKib())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .build();
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(params);
            byte[] out = new byte[FINGERPRINT_BYTES];
            generator.generateBytes(bytes, out);
            return out;
        } finally {
            Arrays.fill(bytes, (byte) 0);
            params.clear();
        }
    }

    /**
     * Encodes into one buffer sized for the worst case (3 bytes per UTF-16 unit), so no partial copy is left
     * behind uncleared.
     *
     * @throws IllegalArgumentException if the password has an unpaired surrogate (the message does not quote it)
     */
    static byte[] utf8(char[] password) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] buffer = new byte[password.length * 3];
        try {
            ByteBuffer out = ByteBuffer.wrap(buffer);
            CoderResult r = encoder.encode(CharBuffer.wrap(password), out, true);
            if (!r.isError()) {
                r = encoder.flush(out);
            }
            if (r.isError()) {
                throw new IllegalArgumentException("password is not valid text: it has an unpaired surrogate");
            }
            return Arrays.copyOf(buffer, out.position());
        } finally {
            Arrays.fill(buffer, (byte) 0);
        }
    }
}
