package org.passhygiene.crypto;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Date;
import java.util.Objects;

import org.bouncycastle.bcpg.CompressionAlgorithmTags;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPCompressedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.operator.bc.BcPBEKeyEncryptionMethodGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyKeyEncryptionMethodGenerator;

/**
 * OpenPGP encryption of a stream (AES-256 in a Symmetrically Encrypted Integrity Protected Data packet, version 1,
 * with its modification detection code, so gpg 2.2 and later decrypt it; ZIP-compressed), to a recipient's public
 * key or with a passphrase, using Bouncy Castle.
 *
 * <pre>{@code
 * try (OpenPgpEncryptor pgp = OpenPgpEncryptor.toPublicKey(Path.of("head.asc"), null);
 *      OutputStream out = pgp.open(Files.newOutputStream(target))) {
 *     out.write(report);
 * }
 * }</pre>
 *
 * <p>To a public key: the key file must hold one certificate, or one is chosen by its full fingerprint; the report
 * is encrypted to a valid key flagged for encryption (normally the encryption subkey), never to an expired or
 * revoked key or certificate. {@link #recipient()} names the key used by its full fingerprint.
 *
 * <p>With a passphrase: at least {@value #MIN_PASSPHRASE_LENGTH} characters, not predictable
 * ({@code ReportPassphrase}); the key is derived with the iterated
 * and salted S2K over SHA-256 at the highest iteration count (65,011,712 bytes hashed). Argon2 S2K (RFC 9580) is not
 * used because gpg 2.2 (2.2.40, Debian 12's, tested) cannot read it ("unknown S2K mode 4"). A passphrase given to
 * {@link #withPassphrase} is copied and the copy cleared by {@link #close()}.
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 */
public final class OpenPgpEncryptor implements AutoCloseable {

    /**
     * Fewest characters (code points) in a report passphrase. An encrypted report can be attacked offline at leisure,
     * so the passphrase has to be long: NIST SP 800-63B-4 asks for at least 15 characters where a password is the
     * only factor, and three or four random words (NCSC's advice) are longer than that.
     */
    public static final int MIN_PASSPHRASE_LENGTH = 15;
    /** S2K iteration count octet: 0xFF = 65,011,712 bytes hashed, the highest RFC 4880 allows. */
    static final int S2K_COUNT = 0xFF;

    private final PGPPublicKey recipientKey;
    private final OpenPgpRecipient recipient;
    private final char[] passphrase;

    private OpenPgpEncryptor(PGPPublicKey recipientKey, OpenPgpRecipient recipient, char[] passphrase) {
        this.recipientKey = recipientKey;
        this.recipient = recipient;
        this.passphrase = passphrase;
    }

    /**
     * Encrypts to the certificate in the key file (armored or binary), or to the one with the given fingerprint.
     *
     * @param keyFile     public key file, as written by {@code gpg --export} (with or without {@code --armor})
     * @param fingerprint full fingerprint (spaces allowed) of the certificate, or of one of its encryption subkeys,
     *                    to use; null when the file holds a single certificate
     * @throws OpenPgpKeyException      naming the file, the certificate and the reason (and its date) when the file
     *                                  cannot be read, is not a public key, holds several certificates and none was
     *                                  chosen, or has no valid encryption key (expired, revoked, only for signing)
     * @throws IllegalArgumentException if {@code fingerprint} is not a full fingerprint
     */
    public static OpenPgpEncryptor toPublicKey(Path keyFile, String fingerprint) throws OpenPgpKeyException {
        return toPublicKey(keyFile, fingerprint, new Date());
    }

    /** As {@link #toPublicKey(Path, String)}, with the certificate judged valid or not at {@code now}. */
    static OpenPgpEncryptor toPublicKey(Path keyFile, String fingerprint, Date now) throws OpenPgpKeyException {
        Objects.requireNonNull(keyFile, "keyFile");
        Objects.requireNonNull(now, "now");
        RecipientKeys.Choice choice = RecipientKeys.choose(keyFile, fingerprint, now);
        return new OpenPgpEncryptor(choice.key().getPGPPublicKey(), choice.recipient(), null);
    }

    /**
     * Encrypts with a passphrase (S2K iterated and salted, SHA-256, highest count).
     *
     * @throws IllegalArgumentException if the passphrase has fewer than {@value #MIN_PASSPHRASE_LENGTH} characters
     *                                  or is predictable ({@code ReportPassphrase}: too few different characters,
     *                                  a repeated sequence, a run like 12345); the message never quotes it
     */
    public static OpenPgpEncryptor withPassphrase(char[] passphrase) {
        Objects.requireNonNull(passphrase, "passphrase");
        ReportPassphrase.requireStrong(passphrase);
        return new OpenPgpEncryptor(null, null, passphrase.clone());
    }

    /** The key the report is encrypted to, or null in passphrase mode. */
    public OpenPgpRecipient recipient() {
        return recipient;
    }

    /**
     * An encrypting stream over {@code out}. Closing it finishes the OpenPGP message and closes {@code out}.
     *
     * @throws IOException if the message cannot be started
     */
    public OutputStream open(OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        PGPEncryptedDataGenerator encryption = new PGPEncryptedDataGenerator(
                new BcPGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256).setWithIntegrityPacket(true)
                        .setSecureRandom(new SecureRandom()));
        OutputStream encrypted;
        try {
            if (recipientKey != null) {
                encryption.addMethod(new BcPublicKeyKeyEncryptionMethodGenerator(recipientKey));
            } else {
                encryption.addMethod(new BcPBEKeyEncryptionMethodGenerator(passphrase,
                        new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA256), S2K_COUNT));
            }
            encrypted = encryption.open(out, new byte[1 << 16]);
        } catch (PGPException e) {
            throw new IOException("cannot start the OpenPGP message: " + e.getMessage(), e);
        }
        PGPCompressedDataGenerator compression = new PGPCompressedDataGenerator(CompressionAlgorithmTags.ZIP);
        OutputStream compressed = compression.open(encrypted);
        PGPLiteralDataGenerator literal = new PGPLiteralDataGenerator();
        OutputStream plain = literal.open(compressed, PGPLiteralData.BINARY, "report", new Date(), new byte[1 << 16]);
        return new MessageStream(plain, literal, compression, encryption, out);
    }

    /** Writes go to the literal-data stream; close finishes each OpenPGP layer, innermost first. */
    private static final class MessageStream extends FilterOutputStream {
        private final PGPLiteralDataGenerator literal;
        private final PGPCompressedDataGenerator compression;
        private final PGPEncryptedDataGenerator encryption;
        private final OutputStream target;
        private boolean closed;

        MessageStream(OutputStream plain, PGPLiteralDataGenerator literal, PGPCompressedDataGenerator compression,
                      PGPEncryptedDataGenerator encryption, OutputStream target) {
            super(plain);
            this.literal = literal;
            this.compression = compression;
            this.encryption = encryption;
            this.target = target;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                literal.close();
                compression.close();
                encryption.close();
            } finally {
                target.close();
            }
        }
    }

    /** Clears the passphrase copy. */
    @Override
    public void close() {
        if (passphrase != null) {
            Arrays.fill(passphrase, '\0');
        }
    }

    /** The recipient key's fingerprint or "passphrase"; never the passphrase. */
    @Override
    public String toString() {
        return "OpenPgpEncryptor[" + (recipient == null ? "passphrase" : recipient.keyFingerprint()) + "]";
    }
}
