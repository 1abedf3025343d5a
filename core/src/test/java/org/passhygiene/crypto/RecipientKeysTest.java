package org.passhygiene.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Date;

import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPKeyPair;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.passhygiene.crypto.OpenPgpKeyException.Problem;

/**
 * The key-flags rule on keys gpg will not make: an RSA primary key (an algorithm that can encrypt) is used only when
 * its self-signature flags it for encryption; without a Key Flags subpacket it is refused, where the old code took it.
 */
class RecipientKeysTest {

    static BcPGPKeyPair rsa;

    @BeforeAll
    static void keyPair() throws Exception {
        RSAKeyPairGenerator g = new RSAKeyPairGenerator();
        g.init(new RSAKeyGenerationParameters(BigInteger.valueOf(0x10001), new SecureRandom(), 2048, 80));
        rsa = new BcPGPKeyPair(PublicKeyPacket.VERSION_4, PublicKeyAlgorithmTags.RSA_GENERAL, g.generateKeyPair(),
                new Date(System.currentTimeMillis() - 86_400_000L));
    }

    /** A certificate of the RSA key alone, its self-signature with these key flags (0: no Key Flags subpacket). */
    static byte[] certificate(int keyFlags) throws Exception {
        PGPSignatureSubpacketGenerator hashed = new PGPSignatureSubpacketGenerator();
        if (keyFlags != 0) {
            hashed.setKeyFlags(true, keyFlags);
        }
        return new PGPKeyRingGenerator(PGPSignature.POSITIVE_CERTIFICATION, rsa, "Legacy <legacy@example.org>",
                new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA1), hashed.generate(), null,
                new BcPGPContentSignerBuilder(PublicKeyAlgorithmTags.RSA_GENERAL, HashAlgorithmTags.SHA256), null)
                .generatePublicKeyRing().getEncoded();
    }

    @Test
    void anRsaKeyWithoutKeyFlagsIsNotUsedForEncryption() throws Exception {
        String fpr = RecipientKeys.pretty(rsa.getPublicKey().getFingerprint());
        assertThatThrownBy(() -> RecipientKeys.choose(certificate(0), "legacy.gpg", null, new Date()))
                .isInstanceOfSatisfying(OpenPgpKeyException.class, e -> assertThat(e.problem())
                        .isEqualTo(Problem.NO_ENCRYPTION_KEY))
                .hasMessage("legacy.gpg: certificate " + fpr + " \"Legacy <legacy@example.org>\" has no key flagged for"
                        + " encryption (key flags 0x04 or 0x08; it can only sign or certify); add one with gpg"
                        + " --quick-add-key FINGERPRINT cv25519 encr");
        assertThatThrownBy(() -> RecipientKeys.choose(certificate(KeyFlags.CERTIFY_OTHER | KeyFlags.SIGN_DATA),
                "legacy.gpg", null, new Date())).hasMessageContaining("has no key flagged for encryption");
    }

    @Test
    void aPrimaryKeyFlaggedForEncryptionIsUsed() throws Exception {
        for (int flag : new int[] {KeyFlags.ENCRYPT_COMMS, KeyFlags.ENCRYPT_STORAGE}) {
            RecipientKeys.Choice choice = RecipientKeys.choose(certificate(KeyFlags.CERTIFY_OTHER | flag),
                    "primary.gpg", null, new Date());
            assertThat(choice.recipient().subkey()).isFalse();
            assertThat(choice.recipient().keyFingerprint())
                    .isEqualTo(RecipientKeys.pretty(rsa.getPublicKey().getFingerprint()))
                    .isEqualTo(choice.recipient().certificateFingerprint());
            assertThat(choice.recipient().describe()).isEqualTo("key " + choice.recipient().keyFingerprint()
                    + " \"Legacy <legacy@example.org>\"");
        }
    }

    @Test
    void aFileOfManyCertificatesIsRefusedNamingTheFirstFive() throws Exception {
        byte[] one = certificate(KeyFlags.ENCRYPT_COMMS);
        byte[] seven = new byte[one.length * 7];
        for (int i = 0; i < 7; i++) {
            System.arraycopy(one, 0, seven, i * one.length, one.length);
        }
        String fpr = RecipientKeys.pretty(rsa.getPublicKey().getFingerprint());
        String named = fpr + " \"Legacy <legacy@example.org>\"";
        assertThatThrownBy(() -> RecipientKeys.choose(seven, "many.gpg", null, new Date()))
                .hasMessage("many.gpg: holds 7 certificates (" + String.join(", ", java.util.Collections.nCopies(5,
                        named)) + " and 2 more); choose one by its fingerprint");
        assertThatThrownBy(() -> RecipientKeys.choose(seven, "many.gpg", rsa.getPublicKey().getFingerprint(),
                new Date())).hasMessage("many.gpg: holds " + fpr + " 7 times; merge the copies (gpg --import, then"
                        + " gpg --export)");
    }

    @Test
    void fingerprintsAreParsedStrictlyAndPrintedAsGpgDoes() {
        byte[] fpr = RecipientKeys.parseFingerprint("0x2f2ee6ba65589166b5fb538097e3fbfe3a0b7f43");
        assertThat(RecipientKeys.pretty(fpr)).isEqualTo("2F2E E6BA 6558 9166 B5FB  5380 97E3 FBFE 3A0B 7F43");
        assertThat(RecipientKeys.pretty(new byte[32])).isEqualTo(("0000 ".repeat(16)).strip());
        for (String bad : new String[] {"", "2F2E", "2F2EE6BA65589166B5FB538097E3FBFE3A0B7F4G",
            "2F2EE6BA65589166B5FB538097E3FBFE3A0B7F43AA", "\u001b[31m"}) {
            assertThatThrownBy(() -> RecipientKeys.parseFingerprint(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining("\u001b");
        }
    }
}
