package org.passhygiene.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.audit.AuditReport;
import org.passhygiene.audit.Auditor;
import org.passhygiene.audit.ExportFormat;
import org.passhygiene.audit.FindingCode;
import org.passhygiene.breach.BreachIndex;
import org.passhygiene.breach.HashKind;

class SyntheticSecretsdumpTest {

    @TempDir
    Path dir;

    @Test
    void everyBreachedHashIsAnAccountsNtHashAndTheAuditorFindsTheMix() throws IOException {
        Path dump = dir.resolve("dump.txt");
        Path breached = dir.resolve("breached.txt");

        SyntheticSecretsdump.Counts counts = SyntheticSecretsdump.write(2000, dump, breached);

        assertThat(counts).isEqualTo(new SyntheticSecretsdump.Counts(20, 100, 1880));
        List<String> rows = Files.readAllLines(dump, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("CORP.EXAMPLE\\")).toList();
        assertThat(rows).hasSize(2000).allMatch(l -> l.matches(
                "CORP\\.EXAMPLE\\\\user\\d+:\\d+:aad3b435b51404eeaad3b435b51404ee:[0-9a-f]{32}::: "
                        + "\\(pwdLastSet=2026-0\\d-1\\d 09:30\\) \\(status=(Enabled|Disabled)\\)"));
        List<String> known = Files.readAllLines(breached, StandardCharsets.US_ASCII);
        assertThat(known).hasSize(20);
        for (int k = 0; k < known.size(); k++) {
            String nt = known.get(k).split(":")[0].toLowerCase(Locale.ROOT);
            assertThat(rows.get(100 * k)).contains(":" + nt + ":::");
        }

        Path index = dir.resolve("breached.phbi");
        BreachIndex.builder(HashKind.NTLM).addHashes(breached).build(index);
        try (BreachIndex ix = BreachIndex.open(index)) {
            AuditReport report = Auditor.builder().policy(PasswordPolicy.defaults()).breachIndex(ix)
                    .asOf(LocalDate.of(2026, 12, 7)).build().audit(List.of(dump), ExportFormat.SECRETSDUMP, null);
            org.passhygiene.audit.ReportFormat.JSON.write(report, Writer.nullWriter());

            assertThat(report.summary().records()).isEqualTo(2000);
            assertThat(report.counts().get(FindingCode.BREACHED_PASSWORD)).isEqualTo(20);
            assertThat(report.counts().get(FindingCode.WEAK_PASSWORD)).isEqualTo(100);
        }
    }
}
