package org.passhygiene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passhygiene.audit.AuditReport;
import org.passhygiene.audit.Auditor;
import org.passhygiene.breach.BreachIndexes;

/** The owner of an opened breach index closes it: the policy its rules' indexes, the auditor the ones it opened. */
class PolicyClosesIndexesTest {

    @Test
    void aClosedPolicyHasClosedItsBreachIndexes() {
        PasswordPolicy policy = PasswordPolicy.builder("ncsc").commonPasswords(0).breachIndexes(List.of(BreachIndexes.EMBEDDED)).build();
        assertThat(policy.check("password1".toCharArray()).has(ViolationCode.BREACHED)).isTrue();
        policy.close();
        // its own instance is closed; the shared embedded mapping still serves a new policy
        assertThatThrownBy(() -> policy.check("password1".toCharArray()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        try (PasswordPolicy again = PasswordPolicy.builder("ncsc").commonPasswords(0).breachIndexes(List.of(BreachIndexes.EMBEDDED))
                .build()) {
            assertThat(again.check("password1".toCharArray()).has(ViolationCode.BREACHED)).isTrue();
        }
    }

    @Test
    void anAuditorClosesOnlyWhatItOpened(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("passwords.csv");
        java.nio.file.Files.writeString(csv, "name,url,username,password,note\nsite,https://a.example,jo,password1,\n");
        try (PasswordPolicy policy = PasswordPolicy.builder("ncsc").commonPasswords(0).breachIndexes(List.of(BreachIndexes.EMBEDDED))
                .build()) {
            AuditReport report;
            try (Auditor auditor = Auditor.builder().policy(policy).asOf(java.time.LocalDate.of(2026, 3, 16))
                    .build()) {
                report = auditor.audit(List.of(csv), null, null);
            }
            assertThat(report.findings()).anyMatch(f -> f.code().name().equals("BREACHED_PASSWORD"));
            // the policy's own indexes are not the auditor's: still open after the auditor closed
            assertThat(policy.check("password1".toCharArray()).has(ViolationCode.BREACHED)).isTrue();
        }
    }
}
