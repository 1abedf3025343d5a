package org.passhygiene.cli.serve;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * TLS material from the PEM files a school already has: the certificate chain its CA or Let's Encrypt issued
 * ({@code fullchain.pem}: the server certificate first, then intermediates) and the unencrypted private key
 * ({@code privkey.pem}: PKCS#8 {@code PRIVATE KEY}, or PKCS#1 {@code RSA PRIVATE KEY} / SEC1 {@code EC PRIVATE KEY}),
 * turned into an in-memory key store for Jetty. Bouncy Castle's PEM reader does the parsing; the JDK has none for
 * keys. Files are bounded ({@value #MAX_FILE_BYTES} bytes).
 */
final class PemTls {

    static final int MAX_FILE_BYTES = 1 << 20;

    /** A key store holding the key and chain under the alias {@code server}, and its (random) password. */
    record Material(KeyStore keyStore, String password) {
    }

    private PemTls() {
    }

    /**
     * Reads the chain and the key.
     *
     * @throws IllegalArgumentException naming the file and problem (not PEM, no certificate, encrypted key, key and
     *                                  certificate that do not belong together)
     * @throws IOException              when a file cannot be read
     */
    static Material read(Path certFile, Path keyFile) throws IOException {
        List<X509Certificate> chain = new ArrayList<>();
        JcaX509CertificateConverter certs = new JcaX509CertificateConverter();
        for (Object o : objects(certFile)) {
            if (o instanceof X509CertificateHolder h) {
                try {
                    chain.add(certs.getCertificate(h));
                } catch (GeneralSecurityException e) {
                    throw new IllegalArgumentException("--tls-cert " + certFile + ": unreadable certificate: "
                            + e.getMessage());
                }
            }
        }
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("--tls-cert " + certFile + ": no PEM CERTIFICATE block");
        }
        PrivateKey key = null;
        JcaPEMKeyConverter keys = new JcaPEMKeyConverter();
        for (Object o : objects(keyFile)) {
            if (o instanceof PEMEncryptedKeyPair || o instanceof PKCS8EncryptedPrivateKeyInfo) {
                throw new IllegalArgumentException("--tls-key " + keyFile + ": the key is encrypted; give the"
                        + " unencrypted key, readable only by the service account (openssl pkey -in KEY -out FILE)");
            }
            if (o instanceof PEMKeyPair pair) {
                key = keys.getPrivateKey(pair.getPrivateKeyInfo());
            } else if (o instanceof PrivateKeyInfo info) {
                key = keys.getPrivateKey(info);
            }
            if (key != null) {
                break;
            }
        }
        if (key == null) {
            throw new IllegalArgumentException("--tls-key " + keyFile + ": no PEM PRIVATE KEY block");
        }
        if (!key.getAlgorithm().equals(chain.get(0).getPublicKey().getAlgorithm())) {
            throw new IllegalArgumentException("--tls-key " + keyFile + ": a " + key.getAlgorithm() + " key, but the"
                    + " certificate in " + certFile + " is for a " + chain.get(0).getPublicKey().getAlgorithm()
                    + " key");
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            String password = UUID.randomUUID().toString();
            store.setKeyEntry("server", key, password.toCharArray(), chain.toArray(new X509Certificate[0]));
            return new Material(store, password);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("--tls-key " + keyFile + ": " + e.getMessage());
        }
    }

    private static List<Object> objects(Path file) throws IOException {
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new IllegalArgumentException(file + ": larger than " + MAX_FILE_BYTES + " bytes, not a PEM file");
        }
        List<Object> objects = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.US_ASCII); PEMParser pem = new PEMParser(r)) {
            for (Object o; (o = pem.readObject()) != null; ) {
                objects.add(o);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof java.nio.file.NoSuchFileException) {
                throw (IOException) e;
            }
            throw new IllegalArgumentException(file + ": not a readable PEM file (" + e.getClass().getSimpleName()
                    + ")");
        }
        return objects;
    }
}
