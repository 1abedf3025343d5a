package org.passhygiene.store;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The two steps of a fingerprint (see the package documentation): the expensive one, Argon2id over a password's UTF-8
 * bytes with the person's salt and a pepper key as Argon2's secret, computed once per check; and the cheap one, an
 * HMAC-SHA256 of the row's random nonce keyed with that Argon2id output, computed once per compared row.
 */
final class Fingerprinter {
    static final int SALT_BYTES = 16;
    static final int NONCE_BYTES = 16;
    static final int FINGERPRINT_BYTES = 32;
    private static final byte[] ROW_LABEL = "passhygiene row fingerprint v2".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private Fingerprinter() {
    }

    static byte[] newSalt() {
        return random(SALT_BYTES);
    }

    static byte[] newNonce() {
        return random(NONCE_BYTES);
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    /**
     * The row's stored value: HMAC-SHA256, keyed with the Argon2id output, over a label and the row's nonce.
     *
     * @param argon the person's Argon2id output for the password (never stored)
     * @param nonce the row's random nonce
     */
    static byte[] seal(byte[] argon, byte[] nonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(argon, "HmacSHA256"));
            mac.update(ROW_LABEL);
            return mac.doFinal(nonce);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
        }
    }

    /**
     * A new row's stored value for {@code password}: {@link #seal} of its {@link #argon2}, which is cleared.
     */
    static byte[] fingerprint(char[] password, byte[] salt, byte[] pepper, FingerprintCost cost, byte[] nonce) {
        byte[] argon = argon2(password, salt, pepper, cost);
        try {
            return seal(argon, nonce);
        } finally {
            Arrays.fill(argon, (byte) 0);
        }
    }

    /**
     * Argon2id of the password. The password's bytes are cleared before this returns; the char[] is left to the
     * caller, and so is clearing the result.
     */
    static byte[] argon2(char[] password, byte[] salt, byte[] pepper, FingerprintCost cost) {
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

    /** The pepper key a compared row was made with (read again from the store when missing). */
    interface KeyOf {
        byte[] key(CredentialRows.Candidate row) throws SQLException;
    }

    /**
     * Compares {@code password} with the person's compared rows: one Argon2id per pepper key and cost among them
     * (cleared after), one HMAC per row.
     *
     * @return the other systems whose current password it is, and whether it is in the system's history
     */
    static ReuseCheck compare(char[] password, byte[] salt, List<CredentialRows.Candidate> rows, KeyOf keys)
            throws SQLException {
        record Argon(int keyId, FingerprintCost cost) {
        }
        Map<Argon, byte[]> computed = new LinkedHashMap<>();
        Set<String> others = new TreeSet<>();
        boolean history = false;
        try {
            for (CredentialRows.Candidate row : rows) {
                byte[] key = keys.key(row);
                byte[] argon = computed.computeIfAbsent(new Argon(row.keyId(), row.cost()),
                        k -> argon2(password, salt, key, k.cost()));
                byte[] fp = row.nonce() == null ? argon : seal(argon, row.nonce());
                if (MessageDigest.isEqual(fp, row.fingerprint())) {
                    if (row.sameSystem()) {
                        history = true;
                    } else {
                        others.add(row.system());
                    }
                }
            }
        } finally {
            computed.values().forEach(fp -> Arrays.fill(fp, (byte) 0));
        }
        return new ReuseCheck(List.copyOf(others), history);
    }
}
