package org.passhygiene.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passhygiene.audit.AuditFixturesTest.audit;
import static org.passhygiene.audit.AuditFixturesTest.fixture;
import static org.passhygiene.audit.AuditFixturesTest.lines;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue #10 item 6: every password-manager layout, from fixtures written byte for byte as each tool writes them
 * ({@code real/NOTES.md}), detected from its own header and audited to exactly the findings planted in it. Entries
 * without a password (passkeys, secure notes) are neither findings nor skipped rows; a login saved for several
 * sites is one record per site and not reuse of itself.
 */
class PasswordManagerExportsTest {

    /** Every plaintext password planted in the real/ password-manager fixtures. */
    static final List<String> SECRETS = List.of("Password1", "Summer2024!", "oakfield1", "Print 2026",
            "Rz4#Kp9!mX2q,wT", "Rz4#Kp9!mX2qwT", "gH6$wQ9!zT2vLm", "Vb8&Nm4*Jk6(zQ", "Gx7\"Rq,4!Vm9#Zk",
            "Gx7\"\"Rq", "Jw3$Xb8!Qz5&Kv", "Fy6#Wq2!Xz8&Bk", "KRSXG5CTMVRXEZLU", "JBSWY3DPEHPK3PXP",
            "GEZDGNBVGY3TQOJQ", "4000000000000002");

    static String real(String name) {
        return "real/" + name;
    }

    static String path(String name) {
        return fixture(real(name)).toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "chromium/chrome-windows-note.csv|chrome",
        "chromium/chrome-mac-legacy-nonote.csv|chrome",
        "firefox/firefox.csv|firefox",
        "safari/safari-passwords.csv|safari",
        "bitwarden/bitwarden-individual.csv|bitwarden",
        "bitwarden/bitwarden-organization.csv|bitwarden",
        "lastpass/lastpass.csv|lastpass",
        "1password/1password8.csv|1password",
        "keepassxc/keepassxc.csv|keepassxc"})
    void detectsEachLayoutFromItsOwnHeader(String file, String format) throws IOException {
        assertThat(ExportReader.detect(fixture(real(file))).id()).isEqualTo(format);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "name,url,username,password|chrome",
        "name,url,username,password,note|chrome",
        "url,username,password,totp,extra,name,grouping,fav|lastpass",
        "url,username,password,extra,name,grouping,fav|lastpass",
        "\"url\",\"username\",\"password\",\"httpRealm\",\"formActionOrigin\",\"guid\",\"timeCreated\","
                + "\"timeLastUsed\",\"timePasswordChanged\"|firefox",
        "Title,URL,Username,Password,Notes,OTPAuth|safari",
        "Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes|1password",
        "\"Group\",\"Title\",\"Username\",\"Password\",\"URL\",\"Notes\",\"TOTP\",\"Icon\",\"Last Modified\","
                + "\"Created\"|keepassxc",
        "folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp|bitwarden",
        "collections,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp|bitwarden"})
    void detectsHeaders(String header, String format) {
        assertThat(ExportReader.detect(List.of(header))).hasToString(format);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "name,url,username,password,note,extra", // Chrome's columns and more: not Chrome
        "url,username,password",                 // no layout's own columns
        "Title,URL,Username,Password,Notes,OTPAuth,Extra"}) // Safari's and more
    void headersOfNoLayoutAreNotGuessed(String header) {
        assertThat(ExportReader.detect(List.of(header))).isNull();
    }

    @Test
    void lastPassIsNotTakenForChrome() throws IOException {
        assertThat(ExportReader.detect(fixture(real("lastpass/lastpass.csv")))).isEqualTo(ExportFormat.LASTPASS);
        assertThat(ExportFormat.fromId("lastpass")).isEqualTo(ExportFormat.LASTPASS);
        assertThat(ExportFormat.fromId("1password")).isEqualTo(ExportFormat.ONEPASSWORD);
    }

    @Test
    void chromeWindowsWithNoteAndAndroidApp() throws IOException {
        AuditReport r = audit(real("chromium/chrome-windows-note.csv"));
        assertThat(lines(r)).containsExactly(
                "BREACHED_PASSWORD: jsmith @ sims.oakfield.sch.uk",
                "BREACHED_PASSWORD: staff @ wifi.oakfield.sch.uk",
                "WEAK_PASSWORD: jane.smith@example.com @ account.bbc.com",
                "WEAK_PASSWORD: jsmith @ sims.oakfield.sch.uk",
                "WEAK_PASSWORD: jsmith@oakfield.sch.uk @ oakfield.arbor.sc",
                "WEAK_PASSWORD: staff @ wifi.oakfield.sch.uk",
                "PLAINTEXT_IN_EXPORT: jsmith@oakfield.sch.uk @ android:com.classdojo.android, "
                        + "jane.smith@example.com @ account.bbc.com, "
                        + "jsmith@oakfield.sch.uk @ login.microsoftonline.com, "
                        + "jsmith@oakfield.sch.uk @ oakfield.arbor.sc, jsmith @ sims.oakfield.sch.uk, "
                        + "staff @ wifi.oakfield.sch.uk",
                "REUSED_ACROSS_SYSTEMS: jsmith @ sims.oakfield.sch.uk, staff @ wifi.oakfield.sch.uk");
        assertThat(r.summary().records()).isEqualTo(6);
        assertThat(r.skipped()).isEmpty();
        assertThat(r.summary().notes()).isEmpty();
        assertThat(r.findings()).filteredOn(f -> f.code() == FindingCode.PLAINTEXT_IN_EXPORT)
                .extracting(Finding::detail).containsExactly(path("chromium/chrome-windows-note.csv")
                        + " holds 6 plaintext passwords: securely delete it once audited");
    }

    @Test
    void chromeMacLegacyWithoutNote() throws IOException {
        AuditReport r = audit(real("chromium/chrome-mac-legacy-nonote.csv"));
        assertThat(lines(r)).containsExactly(
                "BREACHED_PASSWORD: jsmith @ sims.oakfield.sch.uk",
                "WEAK_PASSWORD: jane.smith@example.com @ account.bbc.com",
                "WEAK_PASSWORD: jsmith @ sims.oakfield.sch.uk",
                "WEAK_PASSWORD: jsmith@oakfield.sch.uk @ oakfield.arbor.sc",
                "PLAINTEXT_IN_EXPORT: jane.smith@example.com @ account.bbc.com, "
                        + "jsmith@oakfield.sch.uk @ login.microsoftonline.com, "
                        + "jsmith@oakfield.sch.uk @ oakfield.arbor.sc, jsmith @ sims.oakfield.sch.uk");
        assertThat(r.summary().records()).isEqualTo(4);
        assertThat(r.skipped()).isEmpty();
    }

    @Test
    void firefoxQuotedEverythingNoFinalLineBreakEmptyUsername() throws IOException {
        AuditReport r = audit(real("firefox/firefox.csv"));
        assertThat(lines(r)).containsExactly(
                "BREACHED_PASSWORD: head @ mail.oakfield.sch.uk",
                "WEAK_PASSWORD: (no username) @ oakfield.arbor.sc",
                "WEAK_PASSWORD: admin @ printer.oakfield.sch.uk",
                "WEAK_PASSWORD: head @ mail.oakfield.sch.uk",
                "PLAINTEXT_IN_EXPORT: head @ mail.oakfield.sch.uk, admin @ printer.oakfield.sch.uk, "
                        + "head@oakfield.sch.uk @ parentpay.com, (no username) @ oakfield.arbor.sc");
        assertThat(r.summary().records()).isEqualTo(4);
        assertThat(r.skipped()).isEmpty();
        assertThat(r.summary().notes()).isEmpty();
    }

    @Test
    void safari() throws IOException {
        AuditReport r = audit(real("safari/safari-passwords.csv"));
        assertThat(lines(r)).containsExactly(
                "BREACHED_PASSWORD: office1 @ sims.oakfield.sch.uk",
                "WEAK_PASSWORD: office1 @ sims.oakfield.sch.uk",
                "WEAK_PASSWORD: office1@oakfield.sch.uk @ accounts.google.com",
                "PLAINTEXT_IN_EXPORT: office1 @ sims.oakfield.sch.uk, office1@oakfield.sch.uk @ accounts.google.com, "
                        + "OAK123 @ bankline.natwest.com");
        assertThat(r.summary().records()).isEqualTo(3);
        assertThat(r.skipped()).isEmpty();
    }

    @Test
    void bitwardenIndividualSplitsUrisPassesOverPasskeyAndNote() throws IOException {
        AuditReport r = audit(real("bitwarden/bitwarden-individual.csv"));
        assertThat(lines(r)).containsExactly(
                "BREACHED_PASSWORD: office1 @ sims.oakfield.sch.uk",
                "WEAK_PASSWORD: office @ print.oakfield.sch.uk", // "Print 2026 ": the trailing space is kept
                "WEAK_PASSWORD: office1 @ sims.oakfield.sch.uk",
                "WEAK_PASSWORD: office1@oakfield.sch.uk @ android:com.microsoft.office.outlook",
                "WEAK_PASSWORD: office1@oakfield.sch.uk @ login.microsoftonline.com",
                "WEAK_PASSWORD: office1@oakfield.sch.uk @ parentpay.com",
                "WEAK_PASSWORD: office1@oakfield.sch.uk @ portal.office.com",
                "PLAINTEXT_IN_EXPORT: office1 @ sims.oakfield.sch.uk, "
                        + "office1@oakfield.sch.uk @ login.microsoftonline.com, "
                        + "office1@oakfield.sch.uk @ portal.office.com, "
                        + "office1@oakfield.sch.uk @ android:com.microsoft.office.outlook, "
                        + "office1@oakfield.sch.uk @ parentpay.com, office @ print.oakfield.sch.uk");
        // no EMPTY_PASSWORD for the passkey, no REUSED_ACROSS_SYSTEMS between one login's own three sites
        assertThat(r.summary().records()).isEqualTo(6);
        assertThat(r.skipped()).isEmpty();
        assertThat(r.complete()).isTrue();
        assertThat(r.summary().files().get(0).rows()).isEqualTo(6);
        assertThat(r.summary().notes()).containsExactly(path("bitwarden/bitwarden-individual.csv")
                + ": 2 entries without a password (passkey-only logins, secure notes) passed over: not findings");
        assertThat(r.findings()).filteredOn(f -> f.code() == FindingCode.PLAINTEXT_IN_EXPORT)
                .extracting(Finding::detail).containsExactly(path("bitwarden/bitwarden-individual.csv")
                        + " holds 4 plaintext passwords: securely delete it once audited");
    }

    @Test
    void bitwardenOrganisationCollectionsAndTwoUris() throws IOException {
        AuditReport r = audit(real("bitwarden/bitwarden-organization.csv"));
        assertThat(lines(r)).containsExactly(
                "BREACHED_PASSWORD: office1 @ sims-reports.oakfield.sch.uk",
                "BREACHED_PASSWORD: office1 @ sims.oakfield.sch.uk",
                "WEAK_PASSWORD: OAKFIELD\\itadmin @ oak-dc01.oakfield.sch.uk",
                "WEAK_PASSWORD: admin @ 10.10.0.2",
                "WEAK_PASSWORD: office1 @ sims-reports.oakfield.sch.uk",
                "WEAK_PASSWORD: office1 @ sims.oakfield.sch.uk",
                "PLAINTEXT_IN_EXPORT: OAKFIELD\\itadmin @ oak-dc01.oakfield.sch.uk, office1 @ sims.oakfield.sch.uk, "
                        + "office1 @ sims-reports.oakfield.sch.uk, admin @ 10.10.0.2");
        assertThat(r.summary().records()).isEqualTo(4);
        assertThat(r.skipped()).isEmpty();
        assertThat(r.summary().notes()).containsExactly(path("bitwarden/bitwarden-organization.csv")
                + ": 2 entries without a password (passkey-only logins, secure notes) passed over: not findings");
    }

    @Test
    void lastPassSecureNotesPassedOverTotpIsNotAPassword() throws IOException {
        AuditReport r = audit(real("lastpass/lastpass.csv"));
        assertThat(lines(r)).containsExactly(
                "BREACHED_PASSWORD: head @ sims.oakfield.sch.uk",
                "WEAK_PASSWORD: head @ sims.oakfield.sch.uk",
                "WEAK_PASSWORD: head@oakfield.sch.uk @ amazon.co.uk",
                "WEAK_PASSWORD: head@oakfield.sch.uk @ parentpay.com",
                "PLAINTEXT_IN_EXPORT: head @ sims.oakfield.sch.uk, head@oakfield.sch.uk @ parentpay.com, "
                        + "head@oakfield.sch.uk @ login.microsoftonline.com, head@oakfield.sch.uk @ amazon.co.uk");
        assertThat(r.summary().records()).isEqualTo(4);
        assertThat(r.skipped()).isEmpty();
        assertThat(r.summary().notes()).containsExactly(path("lastpass/lastpass.csv")
                + ": 2 entries without a password (passkey-only logins, secure notes) passed over: not findings");
    }

    @Test
    void onePasswordItemWithoutUrlIsNamedByTitleArchivedStillAudited() throws IOException {
        AuditReport r = audit(real("1password/1password8.csv"));
        assertThat(lines(r)).containsExactly(
                "BREACHED_PASSWORD: wfinance @ sims.oakfield.sch.uk",
                "WEAK_PASSWORD: (no username) @ Staff Wi-Fi",
                "WEAK_PASSWORD: OAK123 @ bankline.natwest.com",
                "WEAK_PASSWORD: wfinance @ sims.oakfield.sch.uk",
                "PLAINTEXT_IN_EXPORT: wfinance @ sims.oakfield.sch.uk, (no username) @ Staff Wi-Fi, "
                        + "OAK123 @ bankline.natwest.com, wfinance@oakfield.sch.uk @ accounts.google.com");
        assertThat(r.summary().records()).isEqualTo(4);
        assertThat(r.skipped()).isEmpty();
        assertThat(r.summary().notes()).containsExactly(path("1password/1password8.csv")
                + ": 1 entry without a password (passkey-only logins, secure notes) passed over: not findings");
    }

    @Test
    void keePassXcRecycleBinEntriesAreAuditedLikeTheOthers() throws IOException {
        AuditReport r = audit(real("keepassxc/keepassxc.csv"));
        assertThat(lines(r)).containsExactly(
                "BREACHED_PASSWORD: itadmin @ sims.oakfield.sch.uk",
                "BREACHED_PASSWORD: simsadmin @ sims.oakfield.sch.uk", // Root/Recycle Bin
                "WEAK_PASSWORD: OAKFIELD\\itadmin @ Domain admin",
                "WEAK_PASSWORD: itadmin @ sims.oakfield.sch.uk",
                "WEAK_PASSWORD: manager @ 10.10.0.1",
                "WEAK_PASSWORD: simsadmin @ sims.oakfield.sch.uk",
                "PLAINTEXT_IN_EXPORT: itadmin @ sims.oakfield.sch.uk, OAKFIELD\\itadmin @ Domain admin, "
                        + "manager @ 10.10.0.1, admin @ 10.10.0.254, simsadmin @ sims.oakfield.sch.uk",
                "REUSED_ACROSS_SYSTEMS: itadmin @ sims.oakfield.sch.uk, simsadmin @ sims.oakfield.sch.uk");
        assertThat(r.summary().records()).isEqualTo(5);
        assertThat(r.skipped()).isEmpty();
        assertThat(r.summary().notes()).containsExactly(path("keepassxc/keepassxc.csv")
                + ": 1 entry without a password (passkey-only logins, secure notes) passed over: not findings");
    }

    @Test
    void oneLoginsSitesAreNotReuseButTwoLoginsAre(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("bw.csv"), "folder,favorite,type,name,notes,fields,reprompt,"
                + "login_uri,login_username,login_password,login_totp\r\n"
                + ",,login,M365,,,0,\"https://a.example,https://b.example/x?q=1,2,c.example\",u,Kq8#vTz2!mWp4Lr,\r\n"
                + ",,login,Other,,,0,https://d.example,u,Kq8#vTz2!mWp4Lr,", StandardCharsets.UTF_8);
        AuditReport r = Auditor.builder().asOf(AuditFixturesTest.AS_OF).build().audit(List.of(f), null, null);
        assertThat(lines(r)).containsExactly("PLAINTEXT_IN_EXPORT: u @ a.example, u @ b.example, u @ c.example, "
                        + "u @ d.example",
                "REUSED_ACROSS_SYSTEMS: u @ a.example, u @ b.example, u @ c.example, u @ d.example");
        assertThat(r.findings().get(0).detail()).endsWith("holds 2 plaintext passwords: securely delete it once "
                + "audited");
    }

    @Test
    void splitsBitwardenUriListsAndNamesApps() {
        assertThat(PasswordManagerLayouts.splitUris("https://a.example/?q=1,2,b.example:8443,,androidapp://x.y"))
                .containsExactly("https://a.example/?q=1,2", "b.example:8443", "androidapp://x.y");
        assertThat(PasswordManagerLayouts.site("android://Jx8Y1b2c3D-lk==@com.ClassDojo.android/"))
                .isEqualTo("android:com.classdojo.android");
        assertThat(PasswordManagerLayouts.site("iosapp://com.example.app")).isEqualTo("ios:com.example.app");
        assertThat(PasswordManagerLayouts.site("android://")).isNull();
        assertThat(PasswordManagerLayouts.site("https://www.example.org/login")).isEqualTo("example.org");
    }

    @Test
    void loginWithPasswordButNoSiteIsASkippedRow(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("lp.csv"), "url,username,password,totp,extra,name,grouping,fav\n"
                + ",bob,Kq8#vTz2!mWp4Lr,,,,,0\n"
                + "http://sn,,,,a note,Note,,0\n", StandardCharsets.UTF_8);
        AuditReport r = Auditor.builder().asOf(AuditFixturesTest.AS_OF).build().audit(List.of(f), null, null);
        assertThat(r.skipped()).extracting(SkippedRow::toString).containsExactly(f + ":2: no site: url and name are "
                + "empty");
        assertThat(r.complete()).isFalse();
        assertThat(r.summary().notes()).containsExactly(f + ": 1 entry without a password (passkey-only logins, "
                + "secure notes) passed over: not findings");
    }

    @Test
    void chosenLayoutNeedsItsColumns() {
        Path f = fixture(real("chromium/chrome-windows-note.csv"));
        assertThatThrownBy(() -> Auditor.builder().build().audit(List.of(f), ExportFormat.KEEPASSXC, null))
                .isInstanceOf(ExportFormatException.class)
                .hasMessage(f + ": the header has no 'title' column; expected " + ExportFormat.KEEPASSXC.expected());
    }

    @Test
    void noReportFormatHoldsAPasswordOrTotpSeed() throws IOException {
        List<String> files = List.of("chromium/chrome-windows-note.csv", "chromium/chrome-mac-legacy-nonote.csv",
                "firefox/firefox.csv", "safari/safari-passwords.csv", "bitwarden/bitwarden-individual.csv",
                "bitwarden/bitwarden-organization.csv", "lastpass/lastpass.csv", "1password/1password8.csv",
                "keepassxc/keepassxc.csv");
        List<Path> paths = new ArrayList<>();
        for (String file : files) {
            paths.add(fixture(real(file)));
        }
        AuditReport r = Auditor.builder().asOf(AuditFixturesTest.AS_OF).build().audit(paths, null, null);
        assertThat(r.findings()).isNotEmpty();
        for (ReportFormat format : ReportFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            format.write(r, out);
            String text = out.toString(StandardCharsets.UTF_8);
            assertThat(text).as(format.name()).contains("sims.oakfield.sch.uk");
            for (String secret : SECRETS) {
                assertThat(text.toLowerCase(Locale.ROOT)).as(format + " " + secret)
                        .doesNotContain(secret.toLowerCase(Locale.ROOT));
            }
        }
    }
}
