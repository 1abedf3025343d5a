package org.passhygiene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Black-box tests of 'passhygiene audit': exit codes, output shapes, no secrets. */
class AuditCommandTest {

    static String fixture(String name) throws URISyntaxException {
        return Path.of(AuditCommandTest.class.getResource("/org/passhygiene/audit/" + name).toURI()).toString();
    }

    @Test
    void findingsExitOneAndJsonShape() throws Exception {
        CliRun r = CliRun.run("", "audit", "--as-of", "2026-03-16", "--report", "json", fixture("secretsdump.txt"));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).startsWith("{\"schemaVersion\":2,\"summary\":{\"asOf\":\"2026-03-16\",\"policy\":\"aup\","
                + "\"accounts\":8,")
                .contains("\"findings\":[{\"code\":\"WEAK_PASSWORD\",\"severity\":\"HIGH\",\"clause\":")
                // the disabled guest's empty password: LOW, its own severity, last (issue #10 item 7)
                .contains("{\"code\":\"EMPTY_PASSWORD\",\"severity\":\"LOW\",\"clause\":")
                .contains("\"skipped\":[]").doesNotContainIgnoringCase("64f12cddaa88057e06a81b54e73b949b")
                .contains("\"breachIndex\":\"common-passwords (SHA-1), common-passwords (NTLM)\"")
                .doesNotContain("\"notes\"");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void failOnAboveWorstFindingExitsZero() throws Exception {
        CliRun r = CliRun.run("", "audit", "--as-of", "2026-03-16", "--fail-on", "high", fixture("m365.csv"));
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("LOW      PASSWORD_NEVER_EXPIRES");
    }

    @Test
    void unknownFormatIsIoError() throws Exception {
        CliRun r = CliRun.run("", "audit", fixture("not-an-export.csv"));
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).startsWith("passhygiene: " + fixture("not-an-export.csv") + ": not a known export format");
    }

    @Test
    void privilegedGroupsComeFromThePolicyAndTheCommandLineReplacesThem(@TempDir Path dir) throws Exception {
        String overdueLeaver = "\"code\":\"ROTATION_OVERDUE\",\"severity\":\"MEDIUM\",\"clause\":\"[^\"]*\","
                + "\"accounts\":\\[\"tleaver\"\\]";
        CliRun preset = CliRun.run("", "audit", "--as-of", "2026-03-16", "--report", "json", fixture("ad-uk.csv"));
        assertThat(preset.out()).doesNotContainPattern(overdueLeaver).contains("\"code\":\"DISABLED_PRIVILEGED\"");
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, "privileged-groups:\n  Staff: teaching\n");
        CliRun fromFile = CliRun.run("", "audit", "--as-of", "2026-03-16", "--report", "json", "--policy",
                policy.toString(), fixture("ad-uk.csv"));
        assertThat(fromFile.out()).as(fromFile.err()).containsPattern(overdueLeaver)
                .doesNotContain("\"code\":\"DISABLED_PRIVILEGED\"");
        CliRun override = CliRun.run("", "audit", "--as-of", "2026-03-16", "--report", "json", "--policy",
                policy.toString(), "--privileged-group", "Domain Admins", fixture("ad-uk.csv"));
        assertThat(override.out()).doesNotContainPattern(overdueLeaver).contains("\"code\":\"DISABLED_PRIVILEGED\"");
        CliRun bad = CliRun.run("", "audit", "--privileged-group", "Domain Admins=IT admin", fixture("ad-uk.csv"));
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("passhygiene: --privileged-group: privileged-groups=Domain Admins: role 'IT"
                + " admin' is not a role name: use letters, digits, '-' and '_', e.g. it-admin\n");
    }

    @Test
    void usageErrors() throws Exception {
        assertThat(CliRun.run("", "audit", "--report", "pdf", fixture("m365.csv")).exitCode()).isEqualTo(2);
        assertThat(CliRun.run("", "audit", "--format-in", "generic", fixture("m365.csv")).err())
                .isEqualTo("passhygiene: --format-in generic needs --columns username=COLUMN,…\n");
        assertThat(CliRun.run("", "audit", "--encrypt-passphrase", fixture("m365.csv")).err())
                .isEqualTo("passhygiene: encryption needs --out FILE\n");
        assertThat(CliRun.run("", "audit", "--preset", "nope", fixture("m365.csv")).exitCode()).isEqualTo(3);
    }

    @Test
    void htmlToFileWithPassphraseFromEnvironment(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.html.gpg");
        EncryptionOptions.environment = name -> EncryptionOptions.PASSPHRASE_ENV.equals(name) ? "s3cret passphrase" : null;
        try {
            CliRun r = CliRun.run("", "audit", "--as-of", "2026-03-16", "--report", "html", "--out", out.toString(),
                    "--encrypt-passphrase", fixture("ad-uk.csv"));
            assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
            assertThat(r.out()).isEqualTo("wrote " + out + ": 5 findings (1 high, 3 medium, 1 low)\n");
            assertThat(Files.readString(out, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("<html");
        } finally {
            EncryptionOptions.environment = System::getenv;
        }
    }
}
