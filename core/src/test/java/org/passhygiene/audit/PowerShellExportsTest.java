package org.passhygiene.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code real/powershell/} fixtures (see {@code real/NOTES.md}): every {@code Get-ADUser | Export-Csv} layout a
 * school produces, read with exactly the findings, notes and skipped rows planted in it.
 */
class PowerShellExportsTest {

    /** What every Select-Object file of the 14 (13 en-US) accounts must give. */
    static final List<String> SELECT_OBJECT_FINDINGS = List.of(
            "PASSWORD_NOT_REQUIRED: kiosk",
            "ROTATION_OVERDUE: Administrator",
            "ROTATION_OVERDUE: head",
            "ROTATION_OVERDUE: wfinance",
            "DISABLED_PRIVILEGED: oldhead",
            "DORMANT_ACCOUNT: sevans",
            "PASSWORD_NEVER_EXPIRES: Administrator",
            "PASSWORD_NEVER_EXPIRES: svc-backup");

    static Path ps(String name) {
        return AuditFixturesTest.fixture("real/powershell/" + name);
    }

    static AuditReport audit(String name, DateOrder order) throws IOException {
        return Auditor.builder().asOf(AuditFixturesTest.AS_OF).dateOrder(order).build()
                .audit(List.of(ps(name)), null, null);
    }

    static AuditReport audit(String name) throws IOException {
        return audit(name, null);
    }

    static List<String> lines(AuditReport r) {
        return AuditFixturesTest.lines(r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ps51-default-en-GB.csv", "ps51-unicode-en-GB.csv", "ps7-default-en-GB.csv",
        "ps51-semicolon-de-DE.csv", "excel-resave-en-GB.csv", "ps51-en-US.csv"})
    void selectObjectLayoutsGiveTheSameFindings(String file) throws IOException {
        AuditReport r = audit(file);
        assertThat(lines(r)).isEqualTo(SELECT_OBJECT_FINDINGS);
        assertThat(r.skipped()).isEmpty();
        assertThat(r.complete()).isTrue();
        assertThat(r.summary().records()).isEqualTo(file.contains("en-US") ? 13 : 14);
        assertThat(r.summary().notes()).isEmpty();
        assertThat(r.summary().files().get(0).format()).isEqualTo(ExportFormat.AD);
    }

    /** What the unjoined-MemberOf note says for {@code file}. */
    static String unjoinedNote(Path file) {
        return file + ": group membership is missing for 14 account(s): MemberOf was exported without -join (its "
                + "cells read Microsoft.ActiveDirectory.Management.ADPropertyValueCollection), so the privileged "
                + "checks by group could not run (ROTATION_OVERDUE and DISABLED_PRIVILEGED for members of privileged "
                + "groups; OUs in DistinguishedName still count). Export it joined: Select-Object …,"
                + "@{n='MemberOf';e={$_.MemberOf -join ';'}}";
    }

    @Test
    void unjoinedMemberOfDropsGroupChecksWithANote() throws IOException {
        AuditReport r = audit("ps51-memberof-unjoined-en-GB.csv");
        // no ROTATION_OVERDUE for Administrator (CN=Users), no DISABLED_PRIVILEGED for oldhead (OU=Leavers);
        // head (OU=SLT) and wfinance (OU=Office) are privileged by their OU
        assertThat(lines(r)).containsExactly(
                "PASSWORD_NOT_REQUIRED: kiosk",
                "ROTATION_OVERDUE: head",
                "ROTATION_OVERDUE: wfinance",
                "DORMANT_ACCOUNT: sevans",
                "PASSWORD_NEVER_EXPIRES: Administrator",
                "PASSWORD_NEVER_EXPIRES: svc-backup");
        assertThat(r.summary().notes()).containsExactly(unjoinedNote(ps("ps51-memberof-unjoined-en-GB.csv")));
        assertThat(r.skipped()).isEmpty();
        assertThat(r.summary().records()).isEqualTo(14);
    }

    @Test
    void userAccountControlNumberIsDecoded() throws IOException {
        AuditReport r = audit("ps7-uac-asneeded-en-GB.csv");
        assertThat(lines(r)).containsExactly(
                "PASSWORD_NOT_REQUIRED: kiosk",           // 544
                "REVERSIBLE_ENCRYPTION: cwhite",          // 640
                "PREAUTH_NOT_REQUIRED: wfinance",         // 4194816
                "ROTATION_OVERDUE: Administrator",
                "ROTATION_OVERDUE: head",
                "ROTATION_OVERDUE: wfinance",
                "DISABLED_PRIVILEGED: oldhead",
                "DORMANT_ACCOUNT: sevans",
                // privileged and enabled without 0x100000 NOT_DELEGATED (oldhead is disabled)
                "DELEGATABLE_ADMIN: Administrator",       // 66048, Domain Admins
                "DELEGATABLE_ADMIN: head",                // 512, SLT
                "DELEGATABLE_ADMIN: office1",             // 512, Office
                "DELEGATABLE_ADMIN: wfinance",            // 4194816, Office
                "PASSWORD_NEVER_EXPIRES: Administrator",  // 66048
                "PASSWORD_NEVER_EXPIRES: svc-backup");    // 66048
        assertThat(r.findings().get(1).severity()).isEqualTo(Severity.HIGH);
        assertThat(r.findings().get(1).detail()).isEqualTo("the password is stored with reversible encryption: "
                + "anyone with the directory database can read it");
        assertThat(r.findings().get(2).detail()).isEqualTo("Kerberos pre-authentication is not required: anyone "
                + "can request a ticket and crack the password offline");
        assertThat(r.skipped()).isEmpty();
        assertThat(r.summary().notes()).isEmpty();
    }

    @Test
    void userAccountControlBitsAndDisabledWithoutAnEnabledColumn() throws IOException {
        List<ExportRecord> records = new ArrayList<>();
        List<SkippedRow> skipped = new ArrayList<>();
        byte[] csv = ("SamAccountName,userAccountControl\n"
                + "a,514\nb,2097664\nc,1049088\nd,x\ne,99999999999\nf,0x400200\ng,-2143289344\nh,4294967296\n"
                + "i,\"NORMAL_ACCOUNT, DONT_REQ_PREAUTH\"\nj,0x\nk,-\nl,0x1FFFFFFFF\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        CsvExportReader.read(csv, "uac.csv", ExportFormat.AD, null, records::add, skipped::add);
        assertThat(records).extracting(ExportRecord::username, ExportRecord::enabled, ExportRecord::flags)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", false, java.util.Set.of(AccountFlag.DELEGATABLE)),
                        org.assertj.core.groups.Tuple.tuple("b", true,
                                java.util.Set.of(AccountFlag.DES_ONLY, AccountFlag.DELEGATABLE)),
                        org.assertj.core.groups.Tuple.tuple("c", true, java.util.Set.of(AccountFlag.NOT_DELEGATED)),
                        // hex, and a 32-bit value printed signed (0x80400000: no pre-auth, bit 31 set): same bits
                        org.assertj.core.groups.Tuple.tuple("f", true,
                                java.util.Set.of(AccountFlag.PREAUTH_NOT_REQUIRED, AccountFlag.DELEGATABLE)),
                        org.assertj.core.groups.Tuple.tuple("g", true,
                                java.util.Set.of(AccountFlag.PREAUTH_NOT_REQUIRED, AccountFlag.DELEGATABLE)));
        String bad = ": userAccountControl: not a 32-bit number (66048, or 0x10200 in hex)";
        assertThat(skipped).extracting(SkippedRow::toString).containsExactly("uac.csv:5" + bad, "uac.csv:6" + bad,
                "uac.csv:9" + bad, "uac.csv:10" + bad, "uac.csv:11" + bad, "uac.csv:12" + bad, "uac.csv:13" + bad);
    }

    @Test
    void propertiesStarExportWithoutSelectObject() throws IOException {
        AuditReport r = audit("ps51-getaduser-properties-all-en-GB.csv");
        assertThat(lines(r)).containsExactly(
                "PASSWORD_NOT_REQUIRED: kiosk",
                "REVERSIBLE_ENCRYPTION: cwhite",
                "PREAUTH_NOT_REQUIRED: wfinance",
                "ROTATION_OVERDUE: head",
                "ROTATION_OVERDUE: wfinance",
                "DORMANT_ACCOUNT: sevans",
                // AccountNotDelegated=False: Administrator by adminCount 1 (its groups are not exported, as
                // DSInternals counts admins), the others by their OU; krbtgt and oldhead are disabled
                "DELEGATABLE_ADMIN: Administrator",
                "DELEGATABLE_ADMIN: head",
                "DELEGATABLE_ADMIN: office1",
                "DELEGATABLE_ADMIN: wfinance",
                "PASSWORD_NEVER_EXPIRES: Administrator",
                "PASSWORD_NEVER_EXPIRES: svc-backup");
        assertThat(r.summary().notes()).containsExactly(unjoinedNote(ps("ps51-getaduser-properties-all-en-GB.csv")));
        assertThat(r.skipped()).isEmpty();
        assertThat(r.summary().records()).isEqualTo(14);
        assertThat(r.findings()).filteredOn(f -> f.code() == FindingCode.DELEGATABLE_ADMIN).first()
                .extracting(Finding::detail)
                .isEqualTo("privileged (adminCount 1) and not marked \"sensitive and cannot be delegated\"");
    }

    @Test
    void ambiguousUsFileIsRefusedWithoutADateOrder() {
        Path f = ps("ps51-en-US-ambiguous.csv");
        assertThatThrownBy(() -> audit("ps51-en-US-ambiguous.csv")).isInstanceOf(ExportFormatException.class)
                .hasMessage(f + ":3: PasswordLastSet: cannot tell day-first from month-first dates: every date in "
                        + "the file has day and month 12 or less; pass --date-order dmy (dd/mm/yyyy, e.g. en-GB, "
                        + "de-DE) or --date-order mdy (m/d/yyyy, en-US) as the exporting server's regional settings "
                        + "write dates (or set date-order in the policy)");
    }

    @Test
    void ambiguousUsFileWithItsOrder() throws IOException {
        AuditReport r = audit("ps51-en-US-ambiguous.csv", DateOrder.MDY);
        assertThat(lines(r)).isEqualTo(SELECT_OBJECT_FINDINGS);
        assertThat(r.skipped()).isEmpty();
        assertThat(r.summary().records()).isEqualTo(13);
        // the order decides what office1's "1/12/2026 8:02:11 AM" means: no order is guessed
        assertThat(office1PasswordLastSet(DateOrder.MDY)).isEqualTo(java.time.LocalDate.of(2026, 1, 12));
        assertThat(office1PasswordLastSet(DateOrder.DMY)).isEqualTo(java.time.LocalDate.of(2026, 12, 1));
    }

    static java.time.LocalDate office1PasswordLastSet(DateOrder order) throws IOException {
        List<java.time.LocalDate> out = new ArrayList<>();
        ExportReader.read(ps("ps51-en-US-ambiguous.csv"), ExportFormat.AD, null, order, r -> {
            if (r.username().equals("office1")) {
                out.add(r.passwordLastSet());
            }
        }, s -> out.add(null), n -> { });
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    @Test
    void aFileWhoseValuesSettleTheOrderIgnoresAContraryOrderWithANote() throws IOException {
        AuditReport r = audit("ps51-en-US.csv", DateOrder.DMY);
        assertThat(lines(r)).isEqualTo(SELECT_OBJECT_FINDINGS);
        assertThat(r.summary().notes()).hasSize(1).allSatisfy(n -> assertThat(n).endsWith(
                "ps51-en-US.csv: dates read month-first (mm/dd/yyyy), as 10 of its dates can only be read that way, "
                        + "not "
                        + "day-first (dd/mm/yyyy) as --date-order dmy says"));
    }
}
