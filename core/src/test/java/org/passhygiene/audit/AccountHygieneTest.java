package org.passhygiene.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #14: account hygiene findings from the real layouts ({@code real/google/}, {@code real/entra/},
 * {@code real/powershell/ps7-uac-kerberos-en-GB.csv}, {@code real/leavers/}; see {@code real/NOTES.md}):
 * MFA_NOT_ENROLLED, DES_ONLY, DELEGATABLE_ADMIN and LEAVER_ENABLED, exactly, with their severities and details.
 */
class AccountHygieneTest {

    static final String GOOGLE = "real/google/users-download-2sv.csv";
    static final String AD = "real/powershell/ps7-uac-kerberos-en-GB.csv";
    static final String LEAVERS = "real/leavers/leavers.csv";
    static final String MIS = "real/leavers/mis-staff-leavers-uk.csv";

    static Path fixture(String name) {
        return AuditFixturesTest.fixture(name);
    }

    static AuditReport audit(Leavers leavers, String... names) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String n : names) {
            files.add(fixture(n));
        }
        return Auditor.builder().asOf(AuditFixturesTest.AS_OF).leavers(leavers).build().audit(files, null, null);
    }

    static Finding finding(AuditReport r, FindingCode code, String account) {
        return NtlmDumpsTest.finding(r, code, account);
    }

    @Test
    void googleTwoStepVerification() throws IOException {
        AuditReport r = audit(null, GOOGLE);
        assertThat(r.summary().files().get(0).format()).isEqualTo(ExportFormat.GOOGLE);
        // head and sevans enrolled; oldhead suspended
        assertThat(NtlmDumpsTest.lines(r)).containsExactly(
                "HIGH MFA_NOT_ENROLLED: dhead@oakfield.sch.uk",      // SLT
                "HIGH MFA_NOT_ENROLLED: office1@oakfield.sch.uk",    // Office
                "MEDIUM MFA_NOT_ENROLLED: bjones@oakfield.sch.uk",
                "MEDIUM MFA_NOT_ENROLLED: jsmith@oakfield.sch.uk",
                "MEDIUM MFA_NOT_ENROLLED: ttrainee@oakfield.sch.uk"); // never signed in: still staff
        assertThat(finding(r, FindingCode.MFA_NOT_ENROLLED, "dhead@oakfield.sch.uk").detail()).isEqualTo(
                "not enrolled in 2-Step Verification although the org unit enforces it (a new-user enrolment "
                        + "period or an exception group lets the password alone in) (privileged: SLT)");
        assertThat(finding(r, FindingCode.MFA_NOT_ENROLLED, "office1@oakfield.sch.uk").detail()).isEqualTo(
                "not enrolled in 2-Step Verification, which the org unit does not enforce (privileged: Office)");
        assertThat(finding(r, FindingCode.MFA_NOT_ENROLLED, "jsmith@oakfield.sch.uk").detail()).isEqualTo(
                "not enrolled in 2-Step Verification, which the org unit does not enforce");
        assertThat(finding(r, FindingCode.MFA_NOT_ENROLLED, "jsmith@oakfield.sch.uk").clause()).isEqualTo(
                "DfE cyber security standards: MFA protects every staff account with access to cloud services "
                        + "and every IT administrative account (Cyber Essentials v3.2: MFA on every cloud service)");
        assertThat(r.skipped()).isEmpty();
        assertThat(r.summary().records()).isEqualTo(8);
    }

    @Test
    void entraRegistrationDetailsThroughGraphPowerShell() throws IOException {
        String file = "real/entra/graph-registration-details-ps7.csv";
        assertThat(ExportReader.detect(fixture(file))).isEqualTo(ExportFormat.ENTRA);
        AuditReport r = audit(null, file);
        // the guest is not judged (its MFA is its home organisation's); head, bjones, sevans registered; named
        // "@ entra" so that a Google account of the same address with the same finding is another account
        assertThat(NtlmDumpsTest.lines(r)).containsExactly(
                "HIGH MFA_NOT_ENROLLED: itadmin@oakfield.sch.uk @ entra",     // IsAdmin: an administrator role
                "MEDIUM MFA_NOT_ENROLLED: jsmith@oakfield.sch.uk @ entra",    // email alone is not a strong method
                "MEDIUM MFA_NOT_ENROLLED: office1@oakfield.sch.uk @ entra");
        assertThat(finding(r, FindingCode.MFA_NOT_ENROLLED, "itadmin@oakfield.sch.uk @ entra").detail()).isEqualTo(
                "no multifactor authentication method registered (privileged: an administrator role)");
        assertThat(r.skipped()).isEmpty();
        assertThat(r.summary().notes()).isEmpty();
        assertThat(r.summary().records()).isEqualTo(7);
    }

    /**
     * The admin center's Download as a real one is laid out (NOTES.md): Graph's property names, the blade's default
     * columns (isMfaCapable, no isMfaRegistered, no isAdmin, no userType), guests known by {@code #EXT#}.
     */
    @Test
    void entraRegistrationDetailsDownloadedFromTheAdminCenter() throws IOException {
        String file = "real/entra/exportUserRegistrationDetails-download.csv";
        assertThat(ExportReader.detect(fixture(file))).isEqualTo(ExportFormat.ENTRA);
        AuditReport r = audit(null, file);
        assertThat(NtlmDumpsTest.lines(r)).containsExactly(
                "MEDIUM MFA_NOT_ENROLLED: itadmin@oakfield.sch.uk @ entra",   // no isAdmin column: not told apart
                "MEDIUM MFA_NOT_ENROLLED: jsmith@oakfield.sch.uk @ entra",
                "MEDIUM MFA_NOT_ENROLLED: office1@oakfield.sch.uk @ entra");
        assertThat(finding(r, FindingCode.MFA_NOT_ENROLLED, "jsmith@oakfield.sch.uk @ entra").detail()).isEqualTo(
                "not capable of multifactor authentication: no method registered that the authentication methods "
                        + "policy allows");
        assertThat(r.summary().notes()).containsExactly(AccountRows.entraAdminNote(fixture(file).toString()));
        assertThat(AccountRows.entraAdminNote("mfa.csv")).isEqualTo("mfa.csv: the Entra user registration details "
                + "have no isAdmin column, so administrators without MFA are reported as MEDIUM like other staff "
                + "(HIGH only where a privileged group in another export names them): before Download, add the "
                + "Admin column (Columns), or export with Graph PowerShell (IsAdmin)");
        assertThat(r.skipped()).isEmpty();
        assertThat(r.summary().records()).isEqualTo(7);
    }

    /** Downloads of 2023 named the columns without "is" (mfaCapable); the blade's titles are read too. */
    @Test
    void entraOtherColumnNames(@TempDir Path dir) throws IOException {
        Path old = dir.resolve("exportUserRegistrationDetails_2023-3-22.csv");
        Files.writeString(old, "userPrincipalName,ssprRegistered,ssprEnabled,mfaCapable,methodsRegistered,"
                + "defaultMfaMethod\na@x.org,False,True,False,[],none\nb@x.org,True,True,True,\"[\"\"mobilePhone\"\"]\","
                + "mobilePhone\n");
        Path titles = dir.resolve("titles.csv");
        Files.writeString(titles, "User principal name,User type,Admin,Multifactor authentication registered\n"
                + "a@x.org,Member,Yes,Not registered\nb@x.org,Guest,No,Not registered\nc@x.org,Member,No,Registered\n");
        assertThat(ExportReader.detect(old)).isEqualTo(ExportFormat.ENTRA);
        assertThat(ExportReader.detect(titles)).isEqualTo(ExportFormat.ENTRA);
        AuditReport r = Auditor.builder().asOf(AuditFixturesTest.AS_OF).build().audit(List.of(old, titles), null,
                null);
        assertThat(NtlmDumpsTest.lines(r)).containsExactly(
                "HIGH MFA_NOT_ENROLLED: a@x.org @ entra",
                "MEDIUM MFA_NOT_ENROLLED: a@x.org @ entra");
        assertThat(r.skipped()).isEmpty();
    }

    @Test
    void entraValuesThatAreNeitherAreSkippedRows(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("mfa.csv");
        Files.writeString(f, "User principal name,Admin,Multifactor authentication registered\n"
                + "a@x.org,No,Maybe\nb@x.org,Perhaps,Registered\n,No,Registered\n");
        Path g = dir.resolve("download.csv");
        Files.writeString(g, "userPrincipalName,isMfaCapable\na@x.org,Sometimes\n");
        AuditReport r = Auditor.builder().asOf(AuditFixturesTest.AS_OF).build().audit(List.of(f, g), null, null);
        assertThat(r.skipped()).extracting(SkippedRow::toString).containsExactly(
                f + ":2: isMfaRegistered: not True, False, Registered or Not registered",
                f + ":3: isAdmin: not True or False",
                f + ":4: userPrincipalName is empty",
                g + ":2: isMfaCapable: not True, False, Capable or Not capable");
    }

    @Test
    void userAccountControlKerberosBits() throws IOException {
        AuditReport r = audit(null, AD);
        assertThat(NtlmDumpsTest.lines(r)).containsExactly(
                "HIGH REVERSIBLE_ENCRYPTION: cwhite",     // 640
                "HIGH REVERSIBLE_ENCRYPTION: oldhead",    // 642: disabled, but the password is still readable
                "HIGH PREAUTH_NOT_REQUIRED: wfinance",    // 4194816
                "MEDIUM DISABLED_PRIVILEGED: oldhead",
                "MEDIUM DES_ONLY: oldsvc",                // 2097664 (olddes, 2097666, is disabled)
                "MEDIUM DELEGATABLE_ADMIN: Administrator", // 512 in Domain Admins (itadmin, head: 1049088)
                "MEDIUM DELEGATABLE_ADMIN: dhead",        // SLT
                "MEDIUM DELEGATABLE_ADMIN: wfinance");    // Office
        assertThat(finding(r, FindingCode.DELEGATABLE_ADMIN, "Administrator").detail())
                .isEqualTo("privileged (Domain Admins) and not marked \"sensitive and cannot be delegated\"");
        assertThat(finding(r, FindingCode.DES_ONLY, "oldsvc").detail())
                .isEqualTo("Kerberos may use only DES keys for this account: its tickets can be cracked in hours");
        assertThat(finding(r, FindingCode.DES_ONLY, "oldsvc").clause())
                .isEqualTo("Good practice: Kerberos uses AES keys for every account (DES is switched off)");
        assertThat(r.skipped()).isEmpty();
        assertThat(r.summary().records()).isEqualTo(12);
    }

    @Test
    void noDelegationFindingWhenTheExportDoesNotSay() throws IOException {
        // the Select-Object exports have neither userAccountControl nor AccountNotDelegated
        assertThat(NtlmDumpsTest.lines(PowerShellExportsTest.audit("ps51-default-en-GB.csv")))
                .noneMatch(l -> l.contains("DELEGATABLE_ADMIN") || l.contains("DES_ONLY"));
    }

    /** The leavers' findings of the AD and Google fixtures with {@code leavers}, as of 2026-03-16. */
    static final List<String> LEAVER_LINES = List.of(
            "CRITICAL LEAVER_ENABLED: dhead",                    // left 19/12/2025, still in SLT
            "CRITICAL LEAVER_ENABLED: dhead@oakfield.sch.uk",
            "HIGH LEAVER_ENABLED: jsmith",                       // left 13/02/2026
            "HIGH LEAVER_ENABLED: jsmith@oakfield.sch.uk");

    @Test
    void leaversStillEnabled() throws IOException {
        Leavers leavers = Leavers.read(fixture(LEAVERS), null);
        assertThat(leavers.size()).isEqualTo(4);
        AuditReport r = audit(leavers, AD, GOOGLE);
        assertThat(NtlmDumpsTest.lines(r)).filteredOn(l -> l.contains("LEAVER_ENABLED"))
                .containsExactlyElementsOf(LEAVER_LINES);
        // oldhead left but is disabled and suspended: no LEAVER_ENABLED (DISABLED_PRIVILEGED stays)
        assertThat(NtlmDumpsTest.lines(r)).contains("MEDIUM DISABLED_PRIVILEGED: oldhead")
                .noneMatch(l -> l.contains("LEAVER_ENABLED: oldhead") || l.contains("LEAVER_ENABLED: sevans"));
        assertThat(finding(r, FindingCode.LEAVER_ENABLED, "dhead").detail())
                .isEqualTo("left on 2025-12-19 (87 days ago) but the account is still enabled and in SLT");
        assertThat(finding(r, FindingCode.LEAVER_ENABLED, "jsmith").detail())
                .isEqualTo("left on 2026-02-13 (31 days ago) but the account is still enabled");
        assertThat(finding(r, FindingCode.LEAVER_ENABLED, "jsmith").clause())
                .isEqualTo("DfE cyber security standards: accounts are disabled as soon as someone leaves (Cyber "
                        + "Essentials v3.2: remove leavers' accounts)");
        Path list = fixture(LEAVERS);
        assertThat(r.summary().notes()).containsExactly(
                list + ": 1 row(s) have no leaving date and were passed over",
                list + ": 1 leaver(s) leave on or after 2026-03-16: not judged until then");
        assertThat(r.skipped()).isEmpty();
        assertThat(r.complete()).isTrue();
    }

    @Test
    void misLayoutWithUkDatesThroughAColumnMapping() throws IOException {
        Leavers leavers = Leavers.read(fixture(MIS), Leavers.columns("email=Work Email,leaving-date=Date of Leaving"));
        assertThat(leavers.size()).isEqualTo(4);
        AuditReport r = audit(leavers, AD, GOOGLE);
        assertThat(NtlmDumpsTest.lines(r)).filteredOn(l -> l.contains("LEAVER_ENABLED"))
                .containsExactlyElementsOf(LEAVER_LINES);
        assertThat(r.summary().notes()).containsExactly(
                fixture(MIS) + ": 1 leaver(s) leave on or after 2026-03-16: not judged until then");
    }

    @Test
    void leaversHeaderNamesInAnyCaseAndLaterDateWins(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("leavers.csv");
        Files.writeString(f, "Email;Leaving Date\r\nJSmith@Oakfield.sch.uk;01/03/2026\r\n"
                + "jsmith@oakfield.sch.uk;2026-04-30\r\nbjones@oakfield.sch.uk;28/02/2026\r\n");
        AuditReport r = audit(Leavers.read(f, null), AD);
        // jsmith's later date (30 April) is in the future; bjones matched by the part before the @
        assertThat(NtlmDumpsTest.lines(r)).filteredOn(l -> l.contains("LEAVER_ENABLED"))
                .containsExactly("HIGH LEAVER_ENABLED: bjones");
    }

    /**
     * Leavers who match no account: named (at most 10, as the list writes them) in a note of every report format,
     * whatever their leaving date; a person listed twice counts once; when none matches, the note says first that the
     * list's column is the likely cause.
     */
    @Test
    void leaversWhoMatchNoAccountAreNamedInANote(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("leavers.csv");
        Files.writeString(f, "username,email,leaving-date\njsmith,,2026-02-13\nj.doe,,2026-01-01\nJ.Doe,,2026-02-01\n"
                + ",a.n.other@oakfield.sch.uk,2026-09-01\n=cmd|' /C calc'!A0,,2026-01-02\n");
        AuditReport r = audit(Leavers.read(f, null), AD);
        String note = f + ": 3 of the 4 leaver(s) on the list match no account in the exports (j.doe, "
                + "a.n.other@oakfield.sch.uk, =cmd|' /C calc'!A0): their accounts were deleted, or the list names them "
                + "otherwise than the exports do: check the list's username or email column for them";
        assertThat(r.summary().notes()).contains(note);
        assertThat(NtlmDumpsTest.lines(r)).filteredOn(l -> l.contains("LEAVER_ENABLED"))
                .containsExactly("HIGH LEAVER_ENABLED: jsmith");
        for (ReportFormat format : ReportFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            format.write(r, out);
            String text = out.toString(StandardCharsets.UTF_8);
            assertThat(text).as(format + " report").contains("match no account in the exports (j.doe");
            if (format == ReportFormat.CSV) {  // the note is one cell, not a formula
                assertThat(text).contains("calc'!A0").doesNotContain(",=cmd");
            }
        }

        StringBuilder many = new StringBuilder("email,leaving-date\n" + "x".repeat(100) + ",2025-08-31\n");
        for (int i = 1; i <= 12; i++) {
            many.append("gone").append(i).append("@elsewhere.org,2025-08-31\n");
        }
        Path g = dir.resolve("wrong-column.csv");
        Files.writeString(g, many);
        AuditReport none = audit(Leavers.read(g, null), AD, GOOGLE);
        assertThat(none.summary().notes()).containsExactly(g + ": none of the 13 leaver(s) on the list matches an "
                + "account in the exports (" + "x".repeat(64) + "…, gone1@elsewhere.org, gone2@elsewhere.org, "
                + "gone3@elsewhere.org, gone4@elsewhere.org, gone5@elsewhere.org, gone6@elsewhere.org, "
                + "gone7@elsewhere.org, gone8@elsewhere.org, gone9@elsewhere.org, and 3 more): check that the "
                + "list's username or email column holds the names the exports use (jsmith, or jsmith@school.org), "
                + "or name other columns (username=COLUMN, email=COLUMN); leavers whose accounts were deleted are not "
                + "in the exports either");
        // a disabled account is found (oldhead): no note about it
        Path h = dir.resolve("found.csv");
        Files.writeString(h, "username,leaving-date\noldhead,2025-07-18\n");
        assertThat(audit(Leavers.read(h, null), AD).summary().notes()).isEmpty();
    }

    /**
     * Leavers lists as Excel saves them: "Unicode text" (UTF-16LE with a byte-order mark, tab-delimited, CRLF) and a
     * European "CSV" (semicolons, the UTF-8 mark); dates 31/12/2025 and 12/31/2025, and lists whose every date could be
     * either (read day-first with a note, or as --date-order says).
     */
    @Test
    void leaversListsAsExcelSavesThemAndAmbiguousDates(@TempDir Path dir) throws IOException {
        Path unicode = dir.resolve("leavers.txt");
        byte[] body = "Username\tLeaving Date\r\njsmith\t13/02/2026\r\ndhead\t19/12/2025\r\n"
                .getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Files.write(unicode, bytes);
        Path semicolons = dir.resolve("leavers-de.csv");
        Files.writeString(semicolons, "\uFEFFE-Mail;Username;leaving-date\r\n;jsmith;13.02.2026\r\n"
                + "dhead@oakfield.sch.uk;;19.12.2025\r\n");
        for (Path list : List.of(unicode, semicolons)) {
            Leavers l = Leavers.read(list, null);
            assertThat(l.skipped()).as(list.toString()).isEmpty();
            assertThat(NtlmDumpsTest.lines(audit(l, AD))).as(list.toString())
                    .filteredOn(x -> x.contains("LEAVER_ENABLED"))
                    .containsExactly("CRITICAL LEAVER_ENABLED: dhead", "HIGH LEAVER_ENABLED: jsmith");
        }

        Path mixed = dir.resolve("mixed.csv");
        Files.writeString(mixed, "username,leaving-date\njsmith,31/12/2025\ndhead,12/31/2025\nbjones,30/01/2026\n");
        assertThat(Leavers.read(mixed, null).skipped()).extracting(SkippedRow::toString).containsExactly(mixed
                + ":3: leaving-date: a month-first date (second part above 12) in a file whose dates are day-first");

        Path ambiguous = dir.resolve("ambiguous.csv");
        Files.writeString(ambiguous, "username,leaving-date\njsmith,2/1/2026\ndhead,3/4/2026\n");
        AuditReport uk = audit(Leavers.read(ambiguous, null), AD);
        assertThat(NtlmDumpsTest.lines(uk)).filteredOn(x -> x.contains("LEAVER_ENABLED"))
                .containsExactly("HIGH LEAVER_ENABLED: jsmith");     // 2 January; dhead leaves 3 April
        assertThat(uk.summary().notes()).contains(ambiguous + ": every leaving date could be day-first or "
                + "month-first (1/12/2026): read day-first (dd/mm/yyyy, UK); if the list is month-first (m/d/yyyy, a "
                + "US-set Excel), pass --date-order mdy");
        AuditReport us = audit(Leavers.read(ambiguous, null, DateOrder.MDY), AD);
        assertThat(NtlmDumpsTest.lines(us)).filteredOn(x -> x.contains("LEAVER_ENABLED"))
                .containsExactly("CRITICAL LEAVER_ENABLED: dhead", "HIGH LEAVER_ENABLED: jsmith"); // 1 Feb, 4 Mar
        assertThat(us.summary().notes()).noneMatch(n -> n.contains("day-first or month-first"));
    }

    @Test
    void unreadableLeaverRowsAreSkippedRowsOfTheReport(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("leavers.csv");
        Files.writeString(f, "username,leaving-date\njsmith,31/02/2026\n,2026-01-01\nbjones,2026-01-01,x\n"
                + "dhead,2025-12-19\nsevans,20260722\n");
        AuditReport r = audit(Leavers.read(f, null), AD);
        assertThat(r.skipped()).extracting(SkippedRow::toString).containsExactly(
                f + ":2: leaving-date: not a date (expected " + FileDates.FORMS + ")",
                f + ":3: username and email are both empty",
                f + ":4: expected 2 fields, found 3",
                // digits alone would read as a Windows FILETIME (a day in 1601): refused
                f + ":6: leaving-date: not a date (expected 2026-07-22 or 22/07/2026)");
        assertThat(r.complete()).isFalse();
        assertThat(NtlmDumpsTest.lines(r)).filteredOn(l -> l.contains("LEAVER_ENABLED"))
                .containsExactly("CRITICAL LEAVER_ENABLED: dhead");
    }

    @Test
    void leaversListErrorsNameTheFileAndTheColumns(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("staff.csv");
        Files.writeString(f, "Name,Left\nJane,2026-01-01\n");
        assertThatThrownBy(() -> Leavers.read(f, null)).isInstanceOf(ExportFormatException.class)
                .hasMessage(f + ": the header has no 'leaving-date' column; expected " + Leavers.EXPECTED);
        Path g = dir.resolve("dates.csv");
        Files.writeString(g, "Name,leaving-date\nJane,2026-01-01\n");
        assertThatThrownBy(() -> Leavers.read(g, null)).isInstanceOf(ExportFormatException.class)
                .hasMessage(g + ": the header has no 'username' or 'email' column; expected " + Leavers.EXPECTED);
        assertThatThrownBy(() -> Leavers.columns("username=Name,left=Left")).isInstanceOf(
                IllegalArgumentException.class).hasMessage("unknown leavers column key 'left'; keys: username, "
                + "email, leaving-date");
        assertThatThrownBy(() -> Leavers.columns("username=Name")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a leavers column mapping needs leaving-date=COLUMN and username=COLUMN or email=COLUMN");
        assertThatThrownBy(() -> Leavers.read(f, Leavers.columns("username=Login,leaving-date=Left")))
                .isInstanceOf(ExportFormatException.class)
                .hasMessage(f + ": the header has no 'Login' column; expected " + Leavers.EXPECTED);
        assertThat(Leavers.read(f, Leavers.columns("username=Name,leaving-date=Left")).size()).isEqualTo(1);
    }

    @Test
    void noPlaintextInAnyReportFormatWithTheNewFindings() throws IOException {
        Leavers leavers = Leavers.read(fixture(LEAVERS), null);
        AuditReport r = audit(leavers, AD, GOOGLE, "real/entra/graph-registration-details-ps7.csv",
                "real/impacket/dc-justdc-drsuapi.txt");
        assertThat(r.findings()).extracting(Finding::code).contains(FindingCode.REVERSIBLE_ENCRYPTION,
                FindingCode.DES_ONLY, FindingCode.DELEGATABLE_ADMIN, FindingCode.MFA_NOT_ENROLLED,
                FindingCode.LEAVER_ENABLED);
        List<String> secrets = new ArrayList<>(NtlmDumpsTest.secrets(fixture("real/impacket/dc-justdc-drsuapi.txt")));
        assertThat(secrets).contains("oakfield1"); // cwhite's CLEARTEXT line
        for (ReportFormat format : ReportFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            format.write(r, out);
            String text = out.toString(StandardCharsets.UTF_8);
            assertThat(text).as(format + " report").contains("LEAVER_ENABLED", "MFA_NOT_ENROLLED", "DES_ONLY",
                    "DELEGATABLE_ADMIN");
            for (String secret : secrets) {
                assertThat(text).as(format + " report").doesNotContainIgnoringCase(secret);
            }
        }
    }
}
