package org.passhygiene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #10 item 6 through the command: a LastPass export is detected as LastPass (not Chrome), its secure notes are
 * passed over with a note and no skipped row, and a Bitwarden login with several URIs is one account per site.
 */
class AuditPasswordManagerTest {

    @Test
    void lastPassSecureNotesAreANoteNotAFindingNorASkippedRow(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("lastpass.csv"), "url,username,password,totp,extra,name,grouping,fav\n"
                + "https://sims.oakfield.sch.uk/login,head,Password1,,,SIMS,School,1\n"
                + "http://sn,,,,\"NoteType:Credit Card\nNumber:4000000000000002\",School card,School,0\n",
                StandardCharsets.UTF_8);
        CliRun r = AuditIncompleteTest.audit(f.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.REJECTED);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("  " + f + " (lastpass, 2 rows)\n")
                .contains("Note: " + f + ": 1 entry without a password (passkey-only logins, secure notes) passed "
                        + "over: not findings\n")
                .contains("head @ sims.oakfield.sch.uk")
                .doesNotContain("EMPTY_PASSWORD", "Skipped", "INCOMPLETE", "Password1", "4000000000000002");
    }

    @Test
    void bitwardenLoginWithSeveralUrisIsOneAccountPerSite(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("bitwarden.csv"), "folder,favorite,type,name,notes,fields,reprompt,"
                + "login_uri,login_username,login_password,login_totp\r\n"
                + "School,,login,Microsoft 365,,,0,\"https://login.microsoftonline.com,https://portal.office.com\","
                + "office1@oakfield.sch.uk,Summer2024!,\r\n"
                + "School,,login,Arbor (passkey),,,0,https://login.arbor.sc,office1@oakfield.sch.uk,,",
                StandardCharsets.UTF_8);
        CliRun r = AuditIncompleteTest.audit("--report", "csv", f.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.REJECTED);
        assertThat(r.out()).contains("office1@oakfield.sch.uk @ login.microsoftonline.com")
                .contains("office1@oakfield.sch.uk @ portal.office.com")
                .doesNotContain("REUSED_ACROSS_SYSTEMS", "EMPTY_PASSWORD", "SKIPPED_ROW", "Summer2024!",
                        "https://login.microsoftonline.com,https://portal.office.com");
    }
}
