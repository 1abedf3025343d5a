package org.passhygiene.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.breach.BreachIndexes;

/**
 * Issue #10 item 8: the embedded common-password index holds lower-case forms, so a plaintext export is looked up
 * the way {@code check} looks passwords up ({@code BreachIndexes.check}): {@code Password1} is breached because
 * {@code password1} is listed. A case-sensitive index (a full HIBP import) is asked only as written.
 */
class AuditorBreachCaseTest {

    @Test
    void plaintextPasswordsAreFoundInTheEmbeddedIndexInAnyCase(@TempDir Path dir) throws IOException {
        Path chrome = Files.writeString(dir.resolve("chrome.csv"), "name,url,username,password,note\r\n"
                + "intranet,https://intranet.school.example/,jsmith,Password1,\r\n"
                + "mis,https://mis.school.example/,jsmith2,PASSWORD1,\r\n"
                + "vle,https://vle.school.example/,jsmith3,Kq8#vTz2!mWp4Lr,\r\n", StandardCharsets.UTF_8);
        PasswordPolicy policy = PasswordPolicy.defaults();
        assertThat(policy.settings().breachIndexes()).containsExactly(BreachIndexes.EMBEDDED);
        AuditReport r = Auditor.builder().policy(policy).asOf(LocalDate.of(2026, 1, 15)).build()
                .audit(List.of(chrome), ExportFormat.CHROME, null);
        assertThat(r.findings()).filteredOn(f -> f.code() == FindingCode.BREACHED_PASSWORD)
                .flatMap(Finding::accounts).containsExactlyInAnyOrder("jsmith @ intranet.school.example",
                        "jsmith2 @ mis.school.example");
        assertThat(policy.check("Password1".toCharArray()).violations())
                .anyMatch(v -> v.code().name().equals("BREACHED") || v.code().name().equals("COMMON_PASSWORD"));
    }
}
