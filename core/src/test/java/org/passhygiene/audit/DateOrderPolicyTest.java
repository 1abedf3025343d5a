package org.passhygiene.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.policy.PolicyException;

/** The policy's {@code date-order} reads ambiguous exports; {@code --date-order} (the builder) overrides it. */
class DateOrderPolicyTest {

    @Test
    void policyKeyReadsAnAmbiguousExport(@TempDir Path dir) throws IOException {
        Path policyFile = dir.resolve("school-policy.yaml");
        Files.writeString(policyFile, "extends: aup\ndate-order: mdy\n");
        PasswordPolicy policy = PasswordPolicy.load(policyFile);
        assertThat(policy.settings().dateOrder()).isEqualTo("mdy");
        AuditReport r = Auditor.builder().policy(policy).asOf(AuditFixturesTest.AS_OF).build()
                .audit(List.of(PowerShellExportsTest.ps("ps51-en-US-ambiguous.csv")), null, null);
        assertThat(AuditFixturesTest.lines(r)).isEqualTo(PowerShellExportsTest.SELECT_OBJECT_FINDINGS);
        assertThat(PasswordPolicy.defaults().settings().dateOrder()).isNull();
    }

    @Test
    void badValueNamesTheKey(@TempDir Path dir) throws IOException {
        Path policyFile = dir.resolve("p.yaml");
        Files.writeString(policyFile, "extends: aup\ndate-order: yesterday\n");
        assertThatThrownBy(() -> PasswordPolicy.load(policyFile)).isInstanceOf(PolicyException.class)
                .hasMessageContaining("date-order").hasMessageContaining("must be dmy, mdy or ymd");
    }
}
