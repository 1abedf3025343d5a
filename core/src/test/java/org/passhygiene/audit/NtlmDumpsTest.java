package org.passhygiene.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue #10 items 5 and 7: NTLM dumps written byte for byte as impacket's secretsdump and DSInternals' export views
 * write them ({@code real/impacket/}, {@code real/dsinternals/}, see {@code real/NOTES.md}): the exact findings,
 * records and skipped rows of each layout, and no hash or plaintext in any report format.
 */
class NtlmDumpsTest {

    /** The domain dump's findings, as NOTES.md lists them (Password1's NT hash is not in the lower-case index). */
    static final List<String> DOMAIN = List.of(
            "CRITICAL BREACHED_PASSWORD: oldsvc",                 // password
            "CRITICAL EMPTY_PASSWORD: kiosk",                     // enabled, empty
            "HIGH WEAK_PASSWORD: bjones",                         // Summer2024!
            "HIGH WEAK_PASSWORD: cwhite",                         // the CLEARTEXT oakfield1, by the policy
            "HIGH WEAK_PASSWORD: jsmith",                         // Password1
            "HIGH WEAK_PASSWORD: office1",                        // Password1
            "HIGH WEAK_PASSWORD: oldsvc",
            "HIGH LM_HASH: oldsvc",
            "HIGH SHARED_PASSWORD: jsmith, office1",              // office1_history0 is not a third sharer
            "HIGH PLAINTEXT_IN_EXPORT: cwhite",
            "HIGH REVERSIBLE_ENCRYPTION: cwhite",
            "LOW EMPTY_PASSWORD: DefaultAccount",                 // disabled: LOW, as DSInternals reports it
            "LOW EMPTY_PASSWORD: Guest");

    /** DSInternals' views: no status, no CLEARTEXT; a missing NT hash is an empty password. */
    static final List<String> DSINTERNALS = List.of(
            "CRITICAL BREACHED_PASSWORD: oldsvc",
            "CRITICAL EMPTY_PASSWORD: DefaultAccount",            // NO NT-HASH: status not in the export
            "CRITICAL EMPTY_PASSWORD: Guest",
            "CRITICAL EMPTY_PASSWORD: kiosk",
            "HIGH WEAK_PASSWORD: bjones",
            "HIGH WEAK_PASSWORD: jsmith",
            "HIGH WEAK_PASSWORD: office1",
            "HIGH WEAK_PASSWORD: oldsvc",
            "HIGH LM_HASH: oldsvc",
            "HIGH SHARED_PASSWORD: jsmith, office1");

    static Path real(String name) {
        return AuditFixturesTest.fixture("real/" + name);
    }

    static AuditReport audit(String... names) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String n : names) {
            files.add(real(n));
        }
        return Auditor.builder().asOf(AuditFixturesTest.AS_OF).build().audit(files, null, null);
    }

    /** "SEVERITY CODE: account, account" per finding, in report order. */
    static List<String> lines(AuditReport report) {
        return report.findings().stream().map(f -> f.severity() + " " + f.code() + ": "
                + String.join(", ", f.accounts())).collect(Collectors.toList());
    }

    static Finding finding(AuditReport r, FindingCode code, String account) {
        return r.findings().stream().filter(f -> f.code() == code && f.accounts().contains(account)).findFirst()
                .orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"impacket/dc-justdc-drsuapi.txt", "impacket/dc-justdc-ts.txt",
        "impacket/ntds-offline-local.txt", "impacket/dc-full-remote-sam-lsa-ntds.txt",
        "impacket/member-server-sam-cached-lsa.txt", "dsinternals/pwdumphistory-exportformat-ascii.txt",
        "dsinternals/hashcatnt-exportformat-ps7.txt"})
    void detectedAsNtlmDumps(String name) throws IOException {
        assertThat(ExportReader.detect(real(name))).isEqualTo(ExportFormat.SECRETSDUMP);
    }

    @Test
    void justDcCaptureWithBannerNaStatusHistoryKerberosAndCleartext() throws IOException {
        AuditReport r = audit("impacket/dc-justdc-drsuapi.txt");
        assertThat(lines(r)).containsExactlyElementsOf(DOMAIN);
        // 16 users + 3 machines; exam01's (pwdLastSet=N/A) keeps the account; the CLEARTEXT line is not an account
        assertThat(r.summary().records()).isEqualTo(19);
        assertThat(r.skipped()).isEmpty();
        assertThat(r.complete()).isTrue();
        assertThat(finding(r, FindingCode.EMPTY_PASSWORD, "Guest").detail()).isEqualTo("no password (account "
                + "disabled)");
        assertThat(finding(r, FindingCode.EMPTY_PASSWORD, "kiosk").detail()).isEqualTo("no password");
        // the CLEARTEXT line sets the flag on cwhite's record: one REVERSIBLE_ENCRYPTION finding (whichever rule's
        // wording), the plaintext checked by the policy (WEAK_PASSWORD) and never printed
        assertThat(r.findings()).filteredOn(f -> f.code() == FindingCode.REVERSIBLE_ENCRYPTION).hasSize(1);
    }

    @Test
    void timestampedLogLines() throws IOException {
        AuditReport r = audit("impacket/dc-justdc-ts.txt");
        assertThat(lines(r)).containsExactlyElementsOf(DOMAIN);
        assertThat(r.summary().records()).isEqualTo(18); // no exam01
        assertThat(r.skipped()).isEmpty();
    }

    @Test
    void offlineNtdsWithStatusNa() throws IOException {
        AuditReport r = audit("impacket/ntds-offline-local.txt");
        assertThat(lines(r)).containsExactlyElementsOf(DOMAIN);
        assertThat(r.summary().records()).isEqualTo(19);
        assertThat(r.skipped()).isEmpty();
    }

    @Test
    void naFieldsAreUnknownNotABadRow() throws IOException {
        List<ExportRecord> records = new ArrayList<>();
        List<SkippedRow> skipped = new ArrayList<>();
        ExportReader.read(real("impacket/ntds-offline-local.txt"), ExportFormat.SECRETSDUMP, null, records::add,
                skipped::add);
        ExportRecord exam = records.stream().filter(x -> x.username().equals("exam01")).findFirst().orElseThrow();
        assertThat(exam.enabled()).isNull();
        assertThat(exam.passwordLastSet()).isNull();
        assertThat(exam.ntHash()).hasSize(16);
        ExportRecord admin = records.stream().filter(x -> x.username().equals("Administrator")).findFirst()
                .orElseThrow();
        assertThat(admin.passwordLastSet()).isEqualTo(java.time.LocalDate.of(2025, 9, 1));
        assertThat(admin.enabled()).isTrue();
        assertThat(admin.system()).isEqualTo("ad");
        assertThat(skipped).isEmpty();
        records.forEach(ExportRecord::clear);
    }

    @Test
    void fullRemoteDumpKeepsLocalAndDomainAccountsApart() throws IOException {
        AuditReport r = audit("impacket/dc-full-remote-sam-lsa-ntds.txt");
        assertThat(lines(r)).containsExactly(
                "HIGH WEAK_PASSWORD: jsmith",
                "LOW EMPTY_PASSWORD: DefaultAccount",
                "LOW EMPTY_PASSWORD: Guest",
                "LOW EMPTY_PASSWORD: OAK-DC01\\DefaultAccount", // the DC's own SAM (DSRM), named by $MACHINE.ACC
                "LOW EMPTY_PASSWORD: OAK-DC01\\Guest");
        assertThat(r.summary().records()).isEqualTo(9); // 3 SAM + 6 NTDS; the LSA machine hash line is not one
        assertThat(r.skipped()).isEmpty();
    }

    @Test
    void samLayoutReadsEnabledAndDate() throws IOException {
        List<ExportRecord> records = new ArrayList<>();
        ExportReader.read(real("impacket/dc-full-remote-sam-lsa-ntds.txt"), ExportFormat.SECRETSDUMP, null,
                records::add, s -> { });
        ExportRecord dsrm = records.get(0);
        assertThat(dsrm.username()).isEqualTo("OAK-DC01\\Administrator");
        assertThat(dsrm.system()).isEqualTo("sam");
        assertThat(dsrm.enabled()).isTrue();
        assertThat(dsrm.passwordLastSet()).isEqualTo(java.time.LocalDate.of(2019, 8, 14));
        assertThat(records.get(1).username()).isEqualTo("OAK-DC01\\Guest");
        assertThat(records.get(1).enabled()).isFalse();
        assertThat(records).extracting(ExportRecord::username).containsExactly("OAK-DC01\\Administrator",
                "OAK-DC01\\Guest", "OAK-DC01\\DefaultAccount", "Administrator", "Guest", "krbtgt", "DefaultAccount",
                "head", "jsmith");
        records.forEach(ExportRecord::clear);
    }

    @Test
    void outputFileSamWithoutHeadersIsLocal(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path sam = dir.resolve("fs01.sam"); // secretsdump.py -sam SAM -system SYSTEM -outputfile fs01 LOCAL
        Files.writeString(sam, "Administrator:500:aad3b435b51404eeaad3b435b51404ee:"
                + "64f12cddaa88057e06a81b54e73b949b:::\n"
                + "Guest:501:aad3b435b51404eeaad3b435b51404ee:31d6cfe0d16ae931b73c59d7e0c089c0:::\n");
        AuditReport r = Auditor.builder().asOf(AuditFixturesTest.AS_OF).build().audit(List.of(sam), null, null);
        assertThat(lines(r)).containsExactly("CRITICAL EMPTY_PASSWORD: local\\Guest",
                "HIGH WEAK_PASSWORD: local\\Administrator");
    }

    @Test
    void memberServerSamAndLsaPlaintextSecrets() throws IOException {
        AuditReport r = audit("impacket/member-server-sam-cached-lsa.txt");
        assertThat(lines(r)).containsExactly(
                "CRITICAL EMPTY_PASSWORD: OAK-FS01\\scanner",    // Enabled=True
                "HIGH WEAK_PASSWORD: (Unknown User) @ service SIMSUpdater",
                "HIGH WEAK_PASSWORD: OAK-FS01\\Administrator",
                "HIGH WEAK_PASSWORD: OAK-FS01\\itsupport",
                "HIGH WEAK_PASSWORD: OAKFIELD\\kiosk @ autologon",
                "HIGH WEAK_PASSWORD: OAKFIELD\\svc-backup @ service BackupExecAgentAccelerator",
                // itsupport's hash is that of the backup service's Summer2024!
                "HIGH SHARED_PASSWORD: OAK-FS01\\itsupport, OAKFIELD\\svc-backup @ service "
                        + "BackupExecAgentAccelerator",
                "HIGH PLAINTEXT_IN_EXPORT: OAKFIELD\\kiosk @ autologon, OAKFIELD\\svc-backup @ service "
                        + "BackupExecAgentAccelerator, (Unknown User) @ service SIMSUpdater",
                "LOW EMPTY_PASSWORD: OAK-FS01\\DefaultAccount",
                "LOW EMPTY_PASSWORD: OAK-FS01\\Guest");
        assertThat(r.summary().records()).isEqualTo(9); // 6 SAM + 3 LSA plaintext secrets; $DCC2$ lines ignored
        assertThat(r.skipped()).isEmpty();
        assertThat(finding(r, FindingCode.WEAK_PASSWORD, "OAKFIELD\\kiosk @ autologon").detail())
                .isEqualTo("policy: MISSING_SYMBOL, DICTIONARY_WORD"); // Library2023
    }

    @Test
    void localAdministratorSharesWithDomainAccountsWhenAuditedTogether() throws IOException {
        AuditReport r = audit("impacket/member-server-sam-cached-lsa.txt", "impacket/dc-justdc-drsuapi.txt");
        assertThat(lines(r)).contains("HIGH SHARED_PASSWORD: OAK-FS01\\Administrator, jsmith, office1",
                "HIGH SHARED_PASSWORD: OAK-FS01\\itsupport, OAKFIELD\\svc-backup @ service "
                        + "BackupExecAgentAccelerator, bjones");
    }

    @Test
    void dsinternalsPwdumpHistory() throws IOException {
        AuditReport r = audit("dsinternals/pwdumphistory-exportformat-ascii.txt");
        assertThat(lines(r)).containsExactlyElementsOf(DSINTERNALS);
        assertThat(r.summary().records()).isEqualTo(18);
        assertThat(r.skipped()).isEmpty();
        assertThat(finding(r, FindingCode.EMPTY_PASSWORD, "Guest").detail()).isEqualTo("no password (account "
                + "status not in this export: secretsdump -user-status shows it)");
    }

    @Test
    void dsinternalsHashcatNtWithEmptyHashes() throws IOException {
        AuditReport r = audit("dsinternals/hashcatnt-exportformat-ps7.txt");
        assertThat(lines(r)).containsExactlyElementsOf(DSINTERNALS.stream().filter(l -> !l.contains("LM_HASH"))
                .toList());
        assertThat(r.summary().records()).isEqualTo(18);
        assertThat(r.skipped()).isEmpty();
    }

    /** Windows PowerShell's {@code >} writes UTF-16LE with a BOM and CRLF: read like the UTF-8 capture. */
    @Test
    void utf16RedirectOfSecretsdump() throws IOException {
        assertThat(ExportReader.detect(real("impacket/dc-justdc-drsuapi-ps51-redirect.txt")))
                .isEqualTo(ExportFormat.SECRETSDUMP);
        AuditReport r = audit("impacket/dc-justdc-drsuapi-ps51-redirect.txt");
        assertThat(lines(r)).containsExactlyElementsOf(DOMAIN);
        assertThat(r.summary().records()).isEqualTo(19);
        assertThat(r.skipped()).isEmpty();
        assertThat(r.complete()).isTrue();
    }

    /** DSInternals 4.x {@code Format-Custom -View PWDump > file}: UTF-16LE, an empty first and last line. */
    @Test
    void utf16FormatCustomPwdump() throws IOException {
        assertThat(ExportReader.detect(real("dsinternals/pwdump-formatcustom-ps51-redirect.txt")))
                .isEqualTo(ExportFormat.SECRETSDUMP);
        AuditReport r = audit("dsinternals/pwdump-formatcustom-ps51-redirect.txt");
        assertThat(lines(r)).containsExactlyElementsOf(DSINTERNALS);
        assertThat(r.summary().records()).isEqualTo(18);
        assertThat(r.skipped()).isEmpty();
        assertThat(r.complete()).isTrue();
    }

    @Test
    void badLinesInsideAnAccountSectionAreStillSkipped(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path dump = dir.resolve("dump.txt");
        Files.writeString(dump, "Impacket v0.13.1 - Copyright Fortra, LLC and its affiliated companies \n\n"
                + "[*] Dumping local SAM hashes (uid:rid:lmhash:nthash)\n"
                + "scanner:1002:aad3b435b51404eeaad3b435b51404ee:31d6cfe0d16ae931b73c59d7e0c089c0::: "
                + "(pwdLastSet=2023-01-09 10:00:00) (Enabled=Maybe) (Locked=False) (Admin=False)\n"
                + "[*] Dumping Domain Credentials (domain\\uid:rid:lmhash:nthash)\n"
                + "jsmith:1104:NO LM-HASH**********************:64f12cddaa88057e06a81b54e73b949:::\n"
                + "jsmith:1104:aad3b435b51404eeaad3b435b51404ee:64f12cddaa88057e06a81b54e73b949b::: "
                + "(pwdLastSet=13/01/2026)\n"
                + "cwhite:CLEARTEXT\n");
        AuditReport r = Auditor.builder().asOf(AuditFixturesTest.AS_OF).build().audit(List.of(dump), null, null);
        assertThat(r.skipped()).extracting(SkippedRow::toString).containsExactly(
                dump + ":4: Enabled is not True, False or N/A",
                dump + ":6: NT hash is not 32 hex digits",
                dump + ":7: pwdLastSet: not a date (expected YYYY-MM-DD HH:MM[:SS], never or N/A)",
                dump + ":8: expected DOMAIN\\user:CLEARTEXT:password"); // found by the mutation loop
        assertThat(r.complete()).isFalse();
        assertThat(r.summary().records()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"impacket/dc-justdc-drsuapi.txt", "impacket/dc-full-remote-sam-lsa-ntds.txt",
        "impacket/member-server-sam-cached-lsa.txt", "dsinternals/pwdumphistory-exportformat-ascii.txt",
        "dsinternals/hashcatnt-exportformat-ps7.txt", "impacket/dc-justdc-drsuapi-ps51-redirect.txt",
        "dsinternals/pwdump-formatcustom-ps51-redirect.txt"})
    void noHashOrPlaintextInAnyReportFormat(String name) throws IOException {
        AuditReport r = audit(name);
        assertThat(r.findings()).isNotEmpty();
        Set<String> secrets = secrets(real(name));
        assertThat(secrets).isNotEmpty();
        for (ReportFormat format : ReportFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            format.write(r, out);
            String text = out.toString(StandardCharsets.UTF_8);
            assertThat(text).as(format + " report").isNotBlank();
            for (String secret : secrets) {
                assertThat(text).as(format + " report of " + name).doesNotContainIgnoringCase(secret);
            }
        }
    }

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{16,}");

    /** Every hash and key in the dump, and the plaintexts of its CLEARTEXT and LSA secret lines. */
    static Set<String> secrets(Path dump) throws IOException {
        Set<String> secrets = new LinkedHashSet<>();
        byte[] bytes = Files.readAllBytes(dump);
        boolean utf16 = bytes.length > 1 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE;
        String text = new String(bytes, utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8);
        for (String line : text.split("\r?\n")) {
            Matcher m = HEX.matcher(line);
            while (m.find()) {
                secrets.add(m.group());
            }
            int c = line.indexOf(":CLEARTEXT:");
            if (c >= 0) {
                secrets.add(line.substring(c + ":CLEARTEXT:".length()));
            }
        }
        if (dump.toString().contains("member-server")) {
            secrets.addAll(List.of("Library2023", "Summer2024!", "oakfield1"));
        }
        return secrets;
    }
}
