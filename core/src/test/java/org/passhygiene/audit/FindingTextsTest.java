package org.passhygiene.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.breach.BreachIndex;
import org.passhygiene.breach.HashKind;

/** Findings take their clause from the policy the audit runs under, and their text from the message bundle. */
class FindingTextsTest {

    private static AuditReport audit(PasswordPolicy policy, String fixture) throws IOException {
        return Auditor.builder().policy(policy).asOf(AuditFixturesTest.AS_OF).build()
                .audit(List.of(AuditFixturesTest.fixture(fixture)), null, null);
    }

    private static String clause(AuditReport r, FindingCode code) {
        return r.findings().stream().filter(f -> f.code() == code).findFirst().orElseThrow().clause();
    }

    @Test
    void aupClausesAreTheCodesOwn() throws IOException {
        AuditReport r = audit(PasswordPolicy.defaults(), "secretsdump.txt");
        assertThat(r.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.clause()).isEqualTo(f.code().clause()));
        assertThat(FindingCode.EMPTY_PASSWORD.clause()).isEqualTo("AUP: 8 or more characters");
        assertThat(FindingCode.WEAK_PASSWORD.clause())
                .isEqualTo("AUP: numbers, letters and symbols, 8 or more characters, no dictionary word");
        assertThat(FindingCode.ROTATION_OVERDUE.clause())
                .isEqualTo("AUP: SLT, office and welfare staff change their password at least once a term");
        assertThat(FindingCode.DORMANT_ACCOUNT.clause()).isEqualTo("Good practice: accounts no longer used are disabled");
    }

    @Test
    void nistAuditNamesNistClausesWithItsNumbers() throws IOException {
        AuditReport r = audit(PasswordPolicy.preset("nist"), "secretsdump.txt");
        assertThat(clause(r, FindingCode.EMPTY_PASSWORD)).isEqualTo("NIST: 15 or more characters");
        assertThat(clause(r, FindingCode.WEAK_PASSWORD)).isEqualTo("NIST: 15 or more characters, no dictionary word");
        assertThat(clause(r, FindingCode.LM_HASH))
                .isEqualTo("NIST: a strong password (an LM hash makes any password weak: disable LM storage)");
        // the report's summary table names the same clause as its findings
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFormat.TEXT.write(r, out);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("WEAK_PASSWORD", "NIST: 15 or more characters, no dictionary word").doesNotContain("AUP:");
    }

    @Test
    void clauseLabelAndNumbersOfACustomPolicy() throws IOException {
        PasswordPolicy policy = PasswordPolicy.builder().clauseLabel("Staff AUP §4").minLength(10)
                .privilegedChange(org.passhygiene.rotation.ChangeInterval.everyDays(90)).build();
        AuditReport r = audit(policy, "secretsdump.txt");
        assertThat(clause(r, FindingCode.WEAK_PASSWORD))
                .isEqualTo("Staff AUP §4: numbers, letters and symbols, 10 or more characters, no dictionary word");
        assertThat(clause(r, FindingCode.EMPTY_PASSWORD)).isEqualTo("Staff AUP §4: 10 or more characters");
        FindingTexts texts = FindingTexts.of(policy.settings());
        assertThat(texts.clause(FindingCode.ROTATION_OVERDUE))
                .isEqualTo("Staff AUP §4: SLT, office and welfare staff change their password at least every 90 days");
        assertThat(texts.clause(FindingCode.PREAUTH_NOT_REQUIRED))
                .isEqualTo("Good practice: Kerberos pre-authentication is required for every account");
    }

    @Test
    void everyCodeHasAClauseUnderEveryPreset() {
        for (String preset : List.of("aup", "ncsc", "nist")) {
            FindingTexts texts = FindingTexts.of(PasswordPolicy.builder(preset).settings());
            for (FindingCode code : FindingCode.values()) {
                assertThat(texts.clause(code)).as(preset + " " + code)
                        .matches("(AUP|NCSC|NIST|Good practice|DfE cyber security standards): \\S.*")
                        .doesNotContain("{").doesNotContain("null");
            }
        }
    }

    @Test
    void breachCountsAreWrittenUngroupedWithTheIndexName(@TempDir Path dir) throws IOException {
        Path hashes = dir.resolve("hashes.txt");
        // SHA-1 of "letmein" (chrome.csv), seen 5,000 times
        Files.writeString(hashes, "B7A875FC1EA228B9061041B7CEC4BD3C52AB3CE3:5000\n");
        Path index = dir.resolve("counted.phbi");
        BreachIndex.builder(HashKind.SHA1).addHashes(hashes).build(index);
        try (BreachIndex opened = BreachIndex.open(index)) {
            AuditReport r = Auditor.builder().breachIndex(opened).asOf(AuditFixturesTest.AS_OF).build()
                    .audit(List.of(AuditFixturesTest.fixture("chrome.csv")), null, null);
            Finding breached = r.findings().stream().filter(f -> f.code() == FindingCode.BREACHED_PASSWORD)
                    .findFirst().orElseThrow();
            assertThat(breached.detail()).matches("seen in breaches [0-9]{4}\\+? times \\(counted\\.phbi \\(SHA-1\\)\\)");
            assertThat(r.findings()).allSatisfy(f -> assertThat(f.detail() + f.clause() + f.accounts())
                    .doesNotContain("letmein").doesNotContain("gH6$wQ9!zT2v"));
        }
    }
}
