package org.passhygiene.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Date;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passhygiene.PasswordPolicy;

/**
 * TLS from PEM files as a school has them: an RSA key in PKCS#1 ({@code RSA PRIVATE KEY}, what older openssl and many
 * CAs hand out) and an EC key in PKCS#8 ({@code PRIVATE KEY}, what certbot writes), with the certificate for
 * 127.0.0.1; a client that trusts only that certificate talks to the service over https.
 */
class ServeTlsTest {

    @TempDir
    Path dir;

    @Test
    void servesHttpsFromPemFilesRsaPkcs1AndEcPkcs8() throws Exception {
        for (String algorithm : new String[] {"RSA", "EC"}) {
            KeyPairGenerator gen = KeyPairGenerator.getInstance(algorithm);
            if (algorithm.equals("EC")) {
                gen.initialize(new ECGenParameterSpec("secp256r1"));
            } else {
                gen.initialize(2048);
            }
            KeyPair pair = gen.generateKeyPair();
            X509Certificate cert = selfSigned(pair, algorithm.equals("EC") ? "SHA256withECDSA" : "SHA256withRSA");
            Path certFile = dir.resolve(algorithm + "-fullchain.pem");
            Path keyFile = dir.resolve(algorithm + "-privkey.pem");
            Files.writeString(certFile, pem(cert));
            Files.writeString(keyFile, algorithm.equals("EC") ? pem(new JcaPKCS8Generator(pair.getPrivate(), null))
                    : pem(pair.getPrivate()));
            assertThat(Files.readString(keyFile)).startsWith(algorithm.equals("EC") ? "-----BEGIN PRIVATE KEY-----"
                    : "-----BEGIN RSA PRIVATE KEY-----");
            try (PasswordPolicy policy = PasswordPolicy.builder("aup").build();
                 PasshygieneServer server = PasshygieneServer.builder(policy)
                         .listen(new InetSocketAddress("127.0.0.1", 0)).tls(certFile, keyFile)
                         .token(ServeHttpTest.TOKEN).start()) {
                assertThat(server.uri().getScheme()).isEqualTo("https");
                HttpClient http = HttpClient.newBuilder().sslContext(trusting(cert)).build();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.uri().resolve("v1/policy"))
                        .header("Authorization", "Bearer " + ServeHttpTest.TOKEN).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.body()).startsWith("{\"extends\":\"aup\"");
                // a client that does not trust the certificate gets no answer
                HttpClient untrusting = HttpClient.newHttpClient();
                assertThatThrownBy(() -> untrusting.send(HttpRequest.newBuilder(server.uri().resolve("healthz"))
                        .build(), HttpResponse.BodyHandlers.ofString())).isInstanceOf(javax.net.ssl.SSLException.class);
            }
        }
    }

    @Test
    void badPemFilesAreRefusedWithTheReason() throws Exception {
        Path notPem = Files.writeString(dir.resolve("cert.pem"), "hello\n");
        Path empty = Files.writeString(dir.resolve("key.pem"), "");
        try (PasswordPolicy policy = PasswordPolicy.builder("aup").build()) {
            assertThatThrownBy(() -> PasshygieneServer.builder(policy).listen(new InetSocketAddress("127.0.0.1", 0))
                    .tls(notPem, empty).start()).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("--tls-cert " + notPem + ": no PEM CERTIFICATE block");
        }
    }

    static X509Certificate selfSigned(KeyPair pair, String signature) throws Exception {
        X500Name name = new X500Name("CN=passhygiene test");
        long now = System.currentTimeMillis();
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now), new Date(now
                - 60_000), new Date(now + 86_400_000), name, pair.getPublic());
        b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName(
                GeneralName.iPAddress, "127.0.0.1")));
        return new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder(signature)
                .build(pair.getPrivate())));
    }

    static SSLContext trusting(X509Certificate cert) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", cert);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return ssl;
    }

    private static String pem(Object o) throws Exception {
        StringWriter w = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(w)) {
            pem.writeObject(o);
        }
        return w.toString();
    }
}
