package org.passhygiene.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passhygiene.breach.BreachIndex;
import org.passhygiene.breach.HashKind;

/** Every fixture export produces exactly the problems planted in it. */
class AuditFixturesTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 3, 16);

    static Path fixture(String name) {
        try {
            return Path.of(AuditFixturesTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static AuditReport audit(String name) throws IOException {
        return Auditor.builder().asOf(AS_OF).build().audit(List.of(fixture(name)), null, null);
    }

    /** "CODE: account, account" per finding, in report order. */
    static List<String> lines(AuditReport report) {
        return report.findings().stream().map(f -> f.code() + ": " + String.join(", ", f.accounts()))
                .collect(Collectors.toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ad-uk.csv|ad",
        "ad-iso.csv|ad",
        "google.csv|google",
        "m365.csv|m365",
        "secretsdump.txt|secretsdump",
        "bad-secretsdump.txt|secretsdump",
        "chrome.csv|chrome",
        "firefox.csv|firefox",
        "bitwarden.csv|bitwarden"})
    void detectsFormatFromHeader(String file, String format) throws IOException {
        assertThat(ExportReader.detect(fixture(file)).id()).isEqualTo(format);
    }

    @Test
    void activeDirectoryUkDatesTypeLineJoinedMemberOf() throws IOException {
        assertThat(lines(audit("ad-uk.csv"))).containsExactly(
                "PASSWORD_NOT_REQUIRED: kiosk",
                "ROTATION_OVERDUE: jsmith",
                "DISABLED_PRIVILEGED: oldhead",
                "DORMANT_ACCOUNT: tleaver",
                "PASSWORD_NEVER_EXPIRES: svc-printer");
    }

    @Test
    void activeDirectoryIsoDatesFiletimeUnjoinedMemberOfPrivilegedByOu() throws IOException {
        AuditReport r = audit("ad-iso.csv");
        assertThat(lines(r)).containsExactly("ROTATION_OVERDUE: soffice");
        assertThat(r.findings().get(0).detail()).isEqualTo("password set 2025-10-01; due by 2026-01-07 (Office)");
    }

    @Test
    void googleWorkspace() throws IOException {
        assertThat(lines(audit("google.csv"))).containsExactly(
                "BREACHED_PASSWORD: nnew@oakfield.sch.uk", // Welcome1: welcome1 is in the embedded index (#10)
                "WEAK_PASSWORD: nnew@oakfield.sch.uk",
                "PLAINTEXT_IN_EXPORT: nnew@oakfield.sch.uk",
                "DISABLED_PRIVILEGED: ooffice@oakfield.sch.uk",
                "DORMANT_ACCOUNT: ddormant@oakfield.sch.uk",
                // 2sv Enrolled False on active accounts; ooffice is suspended, head enrolled
                "MFA_NOT_ENROLLED: ddormant@oakfield.sch.uk",
                "MFA_NOT_ENROLLED: nnew@oakfield.sch.uk",
                "MFA_NOT_ENROLLED: tteacher@oakfield.sch.uk");
    }

    @Test
    void microsoft365WithBom() throws IOException {
        assertThat(lines(audit("m365.csv"))).containsExactly("PASSWORD_NEVER_EXPIRES: ffinance@oakfield.sch.uk");
    }

    @Test
    void secretsdumpWeakSharedEmptyLmSkipsMachineAndHistory() throws IOException {
        AuditReport r = audit("secretsdump.txt");
        assertThat(lines(r)).containsExactly(
                "WEAK_PASSWORD: Administrator",   // Password1
                "WEAK_PASSWORD: jsmith",          // Summer2026!
                "LM_HASH: oldsvc",
                "SHARED_PASSWORD: bjones, cwhite",
                "EMPTY_PASSWORD: guest");         // disabled: LOW (issue #10 item 7)
        assertThat(r.findings().get(4).severity()).isEqualTo(Severity.LOW);
        assertThat(r.summary().records()).isEqualTo(8);
        assertThat(r.findings().get(3).tag()).matches("[0-9a-f]{8}");
        assertThat(r.skipped()).isEmpty();
        // The embedded index comes in both kinds, so NT hashes are checked against the bundled list too.
        assertThat(r.summary().breachIndex()).isEqualTo("common-passwords (SHA-1), common-passwords (NTLM)");
        assertThat(r.summary().notes()).isEmpty();
    }

    @Test
    void sha1OnlyIndexesLeaveNtHashesUncheckedAndSaySo(@TempDir Path dir) throws IOException {
        Path passwords = dir.resolve("breached.txt");
        Files.writeString(passwords, "Tr0ub4dor&3x\n");
        Path index = dir.resolve("sha1.idx");
        BreachIndex.builder(HashKind.SHA1).addPasswords(passwords).build(index);
        org.passhygiene.PasswordPolicy policy = org.passhygiene.PasswordPolicy.builder()
                .breachIndexes(List.of(index.toString())).build();
        AuditReport r = Auditor.builder().policy(policy).asOf(AS_OF).build()
                .audit(List.of(fixture("secretsdump.txt")), null, null);
        assertThat(r.summary().notes()).containsExactly("6 account(s) with only an NT hash were not checked for "
                + "breaches: sha1.idx (SHA-1) is a SHA-1 index; an NTLM dump needs an NTLM index "
                + "(passhygiene breach import --kind ntlm). Common passwords and dictionary words among them are "
                + "still reported as WEAK_PASSWORD.");
    }

    @Test
    void embeddedNtlmIndexCatchesListedPasswordsBeyondTheWeakSet(@TempDir Path dir) throws IOException {
        // Rank > 100,000 in the shipped list: not among the WEAK_PASSWORD candidates, but in the embedded index.
        String nt = java.util.HexFormat.of().formatHex(org.passhygiene.crypto.PasswordHashes.ntlm(
                "maksimka2134".toCharArray()));
        Path dump = dir.resolve("ntds.ntds");
        Files.writeString(dump, "OAKFIELD\\mlee:1201:aad3b435b51404eeaad3b435b51404ee:" + nt
                + "::: (pwdLastSet=2026-01-05 08:00) (status=Enabled)\n");
        AuditReport r = Auditor.builder().policy(org.passhygiene.PasswordPolicy.defaults()).asOf(AS_OF).build()
                .audit(List.of(dump), null, null);
        assertThat(lines(r)).containsExactly("BREACHED_PASSWORD: mlee");
    }

    @Test
    void breachIndexesOfThePolicyAreTheDefault(@TempDir Path dir) throws IOException {
        Path passwords = dir.resolve("breached.txt");
        Files.writeString(passwords, "Tr0ub4dor&3x\nXq7#Lm2!pR9z\n");
        Path index = dir.resolve("policy-ntlm.idx");
        BreachIndex.builder(HashKind.NTLM).addPasswords(passwords).build(index);
        org.passhygiene.PasswordPolicy policy = org.passhygiene.PasswordPolicy.builder()
                .breachIndexes(List.of("common-passwords", index.toString())).build();
        AuditReport r = Auditor.builder().policy(policy).asOf(AS_OF).build()
                .audit(List.of(fixture("secretsdump.txt")), null, null);
        assertThat(lines(r)).filteredOn(s -> s.startsWith("BREACHED"))
                .containsExactly("BREACHED_PASSWORD: bjones", "BREACHED_PASSWORD: cwhite", "BREACHED_PASSWORD: oldsvc");
        assertThat(r.summary().breachIndex())
                .isEqualTo("common-passwords (SHA-1), common-passwords (NTLM), policy-ntlm.idx (NTLM)");
        assertThat(r.summary().notes()).isEmpty();
        AuditReport none = Auditor.builder().policy(policy.toBuilder().breachIndexes(List.of()).build()).asOf(AS_OF)
                .build().audit(List.of(fixture("secretsdump.txt")), null, null);
        assertThat(lines(none)).noneMatch(s -> s.startsWith("BREACHED"));
        assertThat(none.summary().breachIndex()).isNull();
        assertThat(none.summary().notes()).isEmpty();
    }

    @Test
    void calendarOfThePolicyIsTheDefault(@TempDir Path dir) throws IOException {
        Path terms = dir.resolve("terms.yaml");
        Files.writeString(terms, "terms:\n  - name: Autumn 2025\n    start: 2025-09-01\n    end: 2025-12-19\n"
                + "  - name: Late spring 2026\n    start: 2026-03-12\n    end: 2026-04-02\n");
        org.passhygiene.PasswordPolicy policy = org.passhygiene.PasswordPolicy.builder().calendar(terms).build();
        AuditReport r = Auditor.builder().policy(policy).asOf(AS_OF).build()
                .audit(List.of(fixture("ad-uk.csv")), null, null);
        // the term began on 12 March: five school days' grace run past 16 March, so no one is overdue yet
        assertThat(lines(r)).containsExactly("PASSWORD_NOT_REQUIRED: kiosk", "DISABLED_PRIVILEGED: oldhead",
                "DORMANT_ACCOUNT: tleaver", "PASSWORD_NEVER_EXPIRES: svc-printer");
    }

    @Test
    void secretsdumpAgainstNtlmBreachIndex(@TempDir Path dir) throws IOException {
        Path passwords = dir.resolve("breached.txt");
        Files.writeString(passwords, "Tr0ub4dor&3x\nXq7#Lm2!pR9z\n");
        Path index = dir.resolve("ntlm.idx");
        BreachIndex.builder(HashKind.NTLM).addPasswords(passwords).build(index);
        try (BreachIndex idx = BreachIndex.open(index)) {
            AuditReport r = Auditor.builder().asOf(AS_OF).breachIndex(idx).build()
                    .audit(List.of(fixture("secretsdump.txt")), null, null);
            assertThat(lines(r)).filteredOn(s -> s.startsWith("BREACHED"))
                    .containsExactly("BREACHED_PASSWORD: bjones", "BREACHED_PASSWORD: cwhite",
                            "BREACHED_PASSWORD: oldsvc");
        }
    }

    @Test
    void badSecretsdumpRowsAreSkippedWithExactReasons() throws IOException {
        AuditReport r = audit("bad-secretsdump.txt");
        String f = fixture("bad-secretsdump.txt").toString();
        assertThat(r.skipped()).extracting(SkippedRow::toString).containsExactly(
                f + ":2: NT hash is not 32 hex digits",
                f + ":3: RID is not a number",
                f + ":4: expected DOMAIN\\user:RID:LMhash:NThash::: (or user:NThash) (4 fields before ':::', "
                        + "no ':::')",
                f + ":5: status is not Enabled, Disabled or N/A",
                f + ":6: pwdLastSet: not a date (expected YYYY-MM-DD HH:MM[:SS], never or N/A)");
        assertThat(r.summary().records()).isEqualTo(1);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void chromeReuseWeakPlaintextAndShortRow() throws IOException {
        AuditReport r = audit("chrome.csv");
        assertThat(lines(r)).containsExactly(
                "BREACHED_PASSWORD: jane.smith@example.com @ bbc.co.uk", // the policy's embedded index
                "WEAK_PASSWORD: jane.smith@example.com @ bbc.co.uk",
                "PLAINTEXT_IN_EXPORT: jsmith@oakfield.sch.uk @ mail.google.com, jsmith @ sims.oakfield.sch.uk, "
                        + "jane.smith@example.com @ bbc.co.uk",
                "REUSED_ACROSS_SYSTEMS: jsmith @ sims.oakfield.sch.uk, jsmith@oakfield.sch.uk @ mail.google.com");
        assertThat(r.skipped()).extracting(SkippedRow::line, SkippedRow::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5L, "expected 5 fields, found 3"));
    }

    @Test
    void firefoxEmptyPasswordAndBadTimestamp() throws IOException {
        AuditReport r = audit("firefox.csv");
        // issue #10 item 6: a saved login without a password is passed over (noted), not EMPTY_PASSWORD
        assertThat(lines(r)).containsExactly("PLAINTEXT_IN_EXPORT: bjones @ parents.example.org");
        assertThat(r.summary().notes()).containsExactly(fixture("firefox.csv") + ": 1 entry without a password "
                + "(passkey-only logins, secure notes) passed over: not findings");
        assertThat(r.skipped()).extracting(SkippedRow::reason)
                .containsExactly("timePasswordChanged: not a time in milliseconds since 1970");
    }

    @Test
    void bitwardenLoginsOnlyNotesPassedOver() throws IOException {
        AuditReport r = audit("bitwarden.csv");
        assertThat(lines(r)).containsExactly("WEAK_PASSWORD: cwhite @ sims.oakfield.sch.uk",
                "PLAINTEXT_IN_EXPORT: cwhite @ sims.oakfield.sch.uk, cwhite @ oakfield.arbor.sc");
        assertThat(r.summary().records()).isEqualTo(2);
    }

    @Test
    void genericWithColumnMapping() throws IOException {
        AuditReport r = Auditor.builder().asOf(AS_OF).build().audit(List.of(fixture("generic.csv")),
                ExportFormat.GENERIC, ColumnMapping.parse("username=Login,display-name=Full name,system=Site,"
                        + "password=Secret,password-last-set=Changed"));
        assertThat(lines(r)).containsExactly("WEAK_PASSWORD: jsmith @ sims",
                "PLAINTEXT_IN_EXPORT: jsmith @ sims, bjones @ sims");
    }

    @Test
    void sharedAcrossPasswordManagerExportsOfDifferentPeople(@TempDir Path dir) throws IOException {
        Path other = dir.resolve("bob-chrome.csv");
        Files.writeString(other, "name,url,username,password\nsims,https://sims.oakfield.sch.uk,bob,gH6$wQ9!zT2v\n");
        AuditReport r = Auditor.builder().asOf(AS_OF).build().audit(List.of(fixture("chrome.csv"), other), null,
                null);
        assertThat(lines(r)).contains("SHARED_PASSWORD: bob @ sims.oakfield.sch.uk, jsmith @ sims.oakfield.sch.uk, "
                + "jsmith@oakfield.sch.uk @ mail.google.com");
    }

    @Test
    void privilegedGroupsOfThePolicyReplaceTheDefaults() throws IOException {
        org.passhygiene.PasswordPolicy policy = org.passhygiene.PasswordPolicy.builder()
                .privilegedGroups(java.util.Map.of("Staff", "teaching")).build();
        AuditReport r = Auditor.builder().policy(policy).asOf(AS_OF).build()
                .audit(List.of(fixture("ad-uk.csv")), null, null);
        assertThat(lines(r)).containsExactly("PASSWORD_NOT_REQUIRED: kiosk", "ROTATION_OVERDUE: jsmith",
                "ROTATION_OVERDUE: tleaver", "DORMANT_ACCOUNT: tleaver", "PASSWORD_NEVER_EXPIRES: svc-printer");
    }

    @Test
    void unknownFormatNamesFileAndExpectedFormats() {
        Path f = fixture("not-an-export.csv");
        assertThatThrownBy(() -> audit("not-an-export.csv")).isInstanceOf(ExportFormatException.class)
                .hasMessageStartingWith(f + ": not a known export format: the first line is neither a known CSV "
                        + "header nor an NTLM dump line; expected one of:\n  ad: Active Directory CSV")
                .hasMessageContaining("\n  bitwarden: Bitwarden vault: folder,favorite,type");
    }

    @Test
    void missingColumnForChosenFormat() {
        Path f = fixture("not-an-export.csv");
        assertThatThrownBy(() -> Auditor.builder().build().audit(List.of(f), ExportFormat.AD, null))
                .isInstanceOf(ExportFormatException.class)
                .hasMessage(f + ": the header has no 'SamAccountName' column; expected " + ExportFormat.AD.expected());
    }

    @Test
    void reportsNeverContainPasswordsOrHashes() throws IOException {
        for (String name : List.of("secretsdump.txt", "chrome.csv", "google.csv", "generic.csv")) {
            AuditReport r = name.equals("generic.csv")
                    ? Auditor.builder().asOf(AS_OF).build().audit(List.of(fixture(name)), ExportFormat.GENERIC,
                    ColumnMapping.parse("username=Login,password=Secret"))
                    : audit(name);
            for (ReportFormat format : ReportFormat.values()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                format.write(r, out);
                String text = out.toString(StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT);
                for (String secret : List.of("gh6$wq9!zt2v", "letmein", "welcome1", "oakfield2026!",
                        "64f12cddaa88057e06a81b54e73b949b", "f6f9f61276c2af7ea86cd11484e25c3c",
                        "e52cac67419a9a224a3b108f3fa6cb6d", "31d6cfe0d16ae931b73c59d7e0c089c0")) {
                    assertThat(text).as(name + " " + format).doesNotContain(secret);
                }
            }
        }
    }

    @Test
    void weakHashSetCatchesListedForms() {
        WeakHashes weak = WeakHashes.build(1000, List.of("en-gb"), 2026);
        for (String pw : List.of("Password1", "Summer2026!", "SUMMER", "summer2024", "Football123", "password")) {
            assertThat(weak.contains(org.passhygiene.crypto.PasswordHashes.ntlm(pw.toCharArray()))).as(pw).isTrue();
        }
        for (String pw : List.of("Summer2023!", "gH6$wQ9!zT2v", "sUmmer")) {
            assertThat(weak.contains(org.passhygiene.crypto.PasswordHashes.ntlm(pw.toCharArray()))).as(pw).isFalse();
        }
    }
}
