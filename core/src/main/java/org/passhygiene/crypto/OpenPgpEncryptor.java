package org.passhygiene.crypto;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Date;
import java.util.Iterator;
import java.util.Objects;

import org.bouncycastle.bcpg.CompressionAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPCompressedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPBEKeyEncryptionMethodGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyKeyEncryptionMethodGenerator;

/**
 * OpenPGP encryption (RFC 4880 messages, AES-256 with an integrity packet, ZIP-compressed) of a stream, to a
 * recipient's public key (armored or binary key file) or with a passphrase, using Bouncy Castle. {@code gpg
 * --decrypt} reads the output.
 *
 * <pre>{@code
 * try (OpenPgpEncryptor pgp = OpenPgpEncryptor.toPublicKey(Path.of("head.asc"));
 *      OutputStream out = pgp.open(Files.newOutputStream(target))) {
 *     out.write(report);
 * }
 * }</pre>
 *
 * A passphrase given to {@link #withPassphrase} is copied and the copy cleared by {@link #close()}.
 */
public final class OpenPgpEncryptor implements AutoCloseable {

    private final PGPPublicKey recipient;
    private final char[] passphrase;
    private final String description;

    private OpenPgpEncryptor(PGPPublicKey recipient, char[] passphrase, String description) {
        this.recipient = recipient;
        this.passphrase = passphrase;
        this.description = description;
    }

    /**
     * Encrypts to the first encryption-capable key in the key file (armored or binary).
     *
     * @throws IOException naming the file if it cannot be read, is not an OpenPGP public key, or has no key that can
     *                     encrypt
     */
    public static OpenPgpEncryptor toPublicKey(Path keyFile) throws IOException {
        Objects.requireNonNull(keyFile, "keyFile");
        try (InputStream raw = Files.newInputStream(keyFile)) {
            InputStream in = PGPUtil.getDecoderStream(raw);
            PGPPublicKeyRingCollection rings = new PGPPublicKeyRingCollection(in, new BcKeyFingerprintCalculator());
            Iterator<PGPPublicKeyRing> it = rings.getKeyRings();
            while (it.hasNext()) {
                for (PGPPublicKey key : it.next()) {
                    if (key.isEncryptionKey() && !key.hasRevocation()) {
                        return new OpenPgpEncryptor(key, null, "OpenPGP key "
                                + Long.toHexString(key.getKeyID()).toUpperCase(java.util.Locale.ROOT));
                    }
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException(keyFile + ": no such key file", e);
        } catch (PGPException | IOException | RuntimeException e) {
            throw new IOException(keyFile + ": not an OpenPGP public key (" + e.getMessage() + ")", e);
        }
        throw new IOException(keyFile + ": no OpenPGP public key that can encrypt");
    }

    /**
     * Encrypts with a passphrase (S2K iterated and salted).
     *
     * @throws IllegalArgumentException if the passphrase is empty
     */
    public static OpenPgpEncryptor withPassphrase(char[] passphrase) {
        Objects.requireNonNull(passphrase, "passphrase");
        if (passphrase.length == 0) {
            throw new IllegalArgumentException("the passphrase is empty");
        }
        return new OpenPgpEncryptor(null, passphrase.clone(), "passphrase");
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
        if (recipient != null) {
            encryption.addMethod(new BcPublicKeyKeyEncryptionMethodGenerator(recipient));
        } else {
            encryption.addMethod(new BcPBEKeyEncryptionMethodGenerator(passphrase));
        }
        OutputStream encrypted;
        try {
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

    /** The recipient key id or "passphrase"; never the passphrase. */
    @Override
    public String toString() {
        return "OpenPgpEncryptor[" + description + "]";
    }
}
