package org.passhygiene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Review 9 item 7: CSV and HTML reports printed to a terminal (no {@code --out}) must not carry ESC, BEL, OSC or
 * bidi overrides from an export; they are written as backslash-u text, and backslashes stay as they are.
 */
class ReportControlCharactersTest {

    /** ESC, CSI, an OSC title sequence ended by BEL, a C1 CSI, U+202E and a zero-width space. */
    private static final String HOSTILE_USER = "ev\u001b[2Jil\u001b]0;owned\u0007\u009b31m\u202e\u200bDOMAIN\\jsmith";

    @ParameterizedTest
    @ValueSource(strings = {"csv", "html"})
    void auditReportsOnStandardOutputCarryNoControlCharacters(String format, @TempDir Path dir) throws Exception {
        Path export = dir.resolve("chrome.csv");
        Files.writeString(export, "name,url,username,password,note\n"
                + "sims\u001b[31m,https://sims.example/,\"" + HOSTILE_USER + "\",letmein,\n"
                + "mail,https://mail.example/,\"" + HOSTILE_USER + "\",letmein,\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.run("", "audit", "--as-of", "2026-03-16", "--report", format, export.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertNoControls(r.out());
        assertThat(r.out()).contains("ev\\u001b[2Jil\\u001b]0;owned\\u0007\\u009b31m\\u202e\\u200bDOMAIN\\jsmith");
    }

    static void assertNoControls(String out) {
        assertThat(out.codePoints().filter(c -> c == 0x1b || c == 0x07 || c == 0x9b || c == 0x202e || c == 0x200b))
                .isEmpty();
        assertThat(out.codePoints().filter(c -> (c < 0x20 && c != '\r' && c != '\n') || (c >= 0x7f && c <= 0x9f)))
                .isEmpty();
    }
}
