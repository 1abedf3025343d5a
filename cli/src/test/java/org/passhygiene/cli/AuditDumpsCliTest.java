package org.passhygiene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #10 items 5 and 7 through the command: an empty password on a disabled account is LOW, and {@code --fail-on},
 * the text summary and the "wrote" line count each finding at its own severity, not its code's.
 */
class AuditDumpsCliTest {

    static String real(String name) throws URISyntaxException {
        return Path.of(AuditDumpsCliTest.class.getResource("/org/passhygiene/audit/real/" + name).toURI()).toString();
    }

    @Test
    void disabledEmptyPasswordsAreLowForFailOnAndTheSummary() throws Exception {
        // one HIGH (jsmith's Password1) and four LOW (disabled Guest/DefaultAccount, local and domain)
        String dump = real("impacket/dc-full-remote-sam-lsa-ntds.txt");
        CliRun high = CliRun.run("", "audit", "--as-of", "2026-03-16", "--fail-on", "critical", dump);
        assertThat(high.exitCode()).as(high.err()).isEqualTo(ExitCodes.OK);
        assertThat(high.out()).contains("  HIGH     WEAK_PASSWORD               1",
                "  LOW      EMPTY_PASSWORD              4  AUP: 8 or more characters",
                "LOW EMPTY_PASSWORD: OAK-DC01\\\\Guest — no password (account disabled)") // TerminalText doubles \\
                .doesNotContain("CRITICAL");
        CliRun low = CliRun.run("", "audit", "--as-of", "2026-03-16", "--fail-on", "low", dump);
        assertThat(low.exitCode()).isEqualTo(ExitCodes.REJECTED);
    }

    @Test
    void wroteLineCountsFindingsByTheirOwnSeverity(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("audit.html");
        CliRun r = CliRun.run("", "audit", "--as-of", "2026-03-16", "--report", "html", "--out", out.toString(),
                real("impacket/dc-full-remote-sam-lsa-ntds.txt"));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.REJECTED);
        assertThat(r.out()).contains("5 findings (1 high, 4 low)");
        String html = Files.readString(out);
        assertThat(html).contains("<h2 id=\"EMPTY_PASSWORD-LOW\">", ">LOW</span> EMPTY_PASSWORD (4)")
                .doesNotContain("id=\"EMPTY_PASSWORD\"").doesNotContain("64f12cddaa88057e06a81b54e73b949b");
    }

    @Test
    void memberServerDumpNeverPrintsItsLsaSecrets() throws Exception {
        for (String report : new String[] {"text", "json", "csv", "html"}) {
            CliRun r = CliRun.run("", "audit", "--as-of", "2026-03-16", "--report", report,
                    real("impacket/member-server-sam-cached-lsa.txt"));
            assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.REJECTED);
            assertThat(r.out()).as(report).contains("autologon")
                    .doesNotContain("Library2023").doesNotContain("Summer2024!").doesNotContain("oakfield1");
        }
    }
}
