package org.passhygiene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code audit --encrypt-to / --recipient / --encrypt-passphrase}: the key used is named by its full fingerprint,
 * expired, revoked and ambiguous key files are refused with nothing written, short passphrases are refused. The
 * certificates were made by gpg (see keys/README.md); the core tests check that gpg decrypts the output.
 */
class AuditEncryptionTest {

    static final String HEAD = "2F2E E6BA 6558 9166 B5FB  5380 97E3 FBFE 3A0B 7F43";
    static final String HEAD_SUBKEY = "3969 F4F0 678F 8085 4867  7144 EEEF 0D1C 3692 456D";
    static final String DEPUTY = "B3CE D2E8 FAD7 6BF3 B110  31F4 60E7 B750 3DF4 20C7";
    static final String DEPUTY_SUBKEY = "6AA8 BBBA FAC6 E45F CBA6  5B6E 7134 C230 710C 6E44";

    static String key(String name) throws URISyntaxException {
        return Path.of(AuditEncryptionTest.class.getResource("keys/" + name).toURI()).toString();
    }

    static CliRun audit(Path out, String... encryption) throws URISyntaxException {
        String[] args = new String[6 + encryption.length];
        System.arraycopy(new String[] {"audit", "--as-of", "2026-03-16", "--out", out.toString(),
            AuditCommandTest.fixture("ad-uk.csv")}, 0, args, 0, 6);
        System.arraycopy(encryption, 0, args, 6, encryption.length);
        return CliRun.run("", args);
    }

    @AfterEach
    void restoreEnvironment() {
        EncryptionOptions.environment = System::getenv;
    }

    @Test
    void encryptsToTheSubkeyAndNamesItsFullFingerprint(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.txt.gpg");
        CliRun r = audit(out, "--encrypt-to", key("head.asc"));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("encrypting the report to subkey " + HEAD_SUBKEY + " of certificate " + HEAD
                + " \"Head Teacher <head@example.org>\"\n");
        assertThat(r.out()).startsWith("wrote " + out + ": ");
        byte[] written = Files.readAllBytes(out);
        assertThat(written[0] & 0x3F).as("public-key encrypted session key packet").isEqualTo(1);
        assertThat(new String(written, StandardCharsets.ISO_8859_1)).doesNotContain("jsmith");
    }

    @Test
    void severalCertificatesNeedRecipient(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.gpg");
        String both = key("head-and-deputy.asc");
        CliRun refused = audit(out, "--encrypt-to", both);
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("passhygiene: " + both + ": holds 2 certificates (" + HEAD
                + " \"Head Teacher <head@example.org>\", " + DEPUTY + " \"Deputy Head <deputy@example.org>\"); choose"
                + " one by its fingerprint with --recipient FINGERPRINT\n");
        assertThat(out).doesNotExist();

        CliRun chosen = audit(out, "--encrypt-to", both, "--recipient", DEPUTY.replace(" ", ""));
        assertThat(chosen.exitCode()).as(chosen.err()).isEqualTo(1);
        assertThat(chosen.err()).isEqualTo("encrypting the report to subkey " + DEPUTY_SUBKEY + " of certificate "
                + DEPUTY + " \"Deputy Head <deputy@example.org>\"\n");
        assertThat(out).exists();

        CliRun absent = audit(dir.resolve("x.gpg"), "--encrypt-to", both, "--recipient",
                "0000 0000 0000 0000 0000  0000 0000 0000 0000 0000");
        assertThat(absent.exitCode()).isEqualTo(2);
        assertThat(absent.err()).startsWith("passhygiene: --recipient: " + both + ": no certificate or key with "
                + "fingerprint 0000 0000 0000 0000 0000  0000 0000 0000 0000 0000 (the file holds ");
        CliRun keyId = audit(dir.resolve("x.gpg"), "--encrypt-to", both, "--recipient", "60E7B7503DF420C7");
        assertThat(keyId.exitCode()).isEqualTo(2);
        assertThat(keyId.err()).isEqualTo("passhygiene: --recipient: fingerprint 60E7B7503DF420C7: not a full "
                + "fingerprint (40 hex digits for a v4 key, 64 for v6; spaces allowed; key IDs are not accepted)\n");
        assertThat(dir.resolve("x.gpg")).doesNotExist();
    }

    @Test
    void expiredAndRevokedCertificatesAreRefusedWithTheirDates(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.gpg");
        CliRun expired = audit(out, "--encrypt-to", key("expired.asc"));
        assertThat(expired.exitCode()).isEqualTo(4);
        assertThat(expired.err()).isEqualTo("passhygiene: " + key("expired.asc") + ": certificate 2603 34F1 5D76 4DDF"
                + " 3A26  E12B 1892 181B 788A 85AE \"Former Head <former@example.org>\" expired on 2020-12-31 00:00:00"
                + " UTC\n");
        CliRun revoked = audit(out, "--encrypt-to", key("revoked.asc"));
        assertThat(revoked.exitCode()).isEqualTo(4);
        assertThat(revoked.err()).isEqualTo("passhygiene: " + key("revoked.asc") + ": certificate 49E0 56FD F32C FC9B"
                + " 7E4D  71B0 DA0D 11BF 4AB0 AC26 \"Bursar <bursar@example.org>\" was revoked on 2021-06-01 00:00:00"
                + " UTC (no reason given)\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void optionCombinationsAreUsageErrors(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.gpg");
        CliRun both = audit(out, "--encrypt-to", key("head.asc"), "--encrypt-passphrase");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).isEqualTo("passhygiene: --encrypt-to and --encrypt-passphrase exclude each other\n");
        CliRun recipientAlone = audit(out, "--recipient", HEAD);
        assertThat(recipientAlone.exitCode()).isEqualTo(2);
        assertThat(recipientAlone.err()).isEqualTo("passhygiene: --recipient needs --encrypt-to KEYFILE\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void shortPassphraseIsRefusedWithoutBeingQuoted(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.gpg");
        EncryptionOptions.environment = name -> EncryptionOptions.PASSPHRASE_ENV.equals(name) ? "Tr0ub4dor&3" : null;
        CliRun r = audit(out, "--encrypt-passphrase");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("passhygiene: PASSHYGIENE_REPORT_PASSPHRASE: the passphrase has 11 characters;"
                + " at least 15 are needed (e.g. three or four random words)\n");
        assertThat(out).doesNotExist();

        // Review item 8: long but predictable passphrases are usage errors too, never quoted.
        for (String predictable : new String[] {"               ", "aaaaaaaaaaaaaaaaaaaa", "123456789012345"}) {
            EncryptionOptions.environment = name -> EncryptionOptions.PASSPHRASE_ENV.equals(name) ? predictable
                    : null;
            CliRun weak = audit(out, "--encrypt-passphrase");
            assertThat(weak.exitCode()).isEqualTo(2);
            assertThat(weak.err()).startsWith("passhygiene: PASSHYGIENE_REPORT_PASSPHRASE: the passphrase ")
                    .endsWith("(e.g. three or four random words)\n").doesNotContain(predictable.substring(0, 6));
            assertThat(weak.out()).isEmpty();
            assertThat(out).doesNotExist();
        }

        EncryptionOptions.environment = name -> EncryptionOptions.PASSPHRASE_ENV.equals(name)
                ? "staple battery horse" : null;
        CliRun ok = audit(out, "--encrypt-passphrase");
        assertThat(ok.exitCode()).as(ok.err()).isEqualTo(1);
        byte[] written = Files.readAllBytes(out);
        assertThat(written[0] & 0x3F).as("symmetric-key encrypted session key packet").isEqualTo(3);
        assertThat(written[2] & 0xFF).as("SKESK version").isEqualTo(4);
        assertThat(written[4] & 0xFF).as("S2K type: iterated and salted").isEqualTo(3);
        assertThat(written[5] & 0xFF).as("S2K hash: SHA-256").isEqualTo(8);
        assertThat(written[14] & 0xFF).as("S2K count octet").isEqualTo(0xFF);
    }
}
