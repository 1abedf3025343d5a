package org.passhygiene.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

class TerminalTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            jsmith                  | jsmith
            Zoë Ørsted 李 😀        | Zoë Ørsted 李 😀
            a\\b                    | a\\\\b
            """)
    void printableTextIsKeptAndBackslashDoubled(String in, String out) {
        assertThat(TerminalText.escape(in)).isEqualTo(out);
    }

    @org.junit.jupiter.api.Test
    void controlAndInvisibleCharactersAreShownEscaped() {
        assertThat(TerminalText.escape("x\u001b[2Jy")).isEqualTo("x\\u001b[2Jy");
        assertThat(TerminalText.escape("bob\nCRITICAL FAKE: x")).isEqualTo("bob\\nCRITICAL FAKE: x");
        assertThat(TerminalText.escape("a\r\tb\u0000")).isEqualTo("a\\r\\tb\\u0000");
        assertThat(TerminalText.escape("\u202egnp.exe")).isEqualTo("\\u202egnp.exe");
        assertThat(TerminalText.escape("zero\u200bwidth\ufeff")).isEqualTo("zero\\u200bwidth\\ufeff");
        assertThat(TerminalText.escape("c1\u009bm\u007f")).isEqualTo("c1\\u009bm\\u007f");
        assertThat(TerminalText.escape("line\u2028sep")).isEqualTo("line\\u2028sep");
        assertThat(TerminalText.escape(null)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void escapeControlsLeavesBackslashesAndEscapesTheRest() {
        assertThat(TerminalText.escapeControls("OAKFIELD\\jsmith")).isEqualTo("OAKFIELD\\jsmith");
        assertThat(TerminalText.escapeControls("a\u001b]0;x\u0007d\u202e\\b\nc"))
                .isEqualTo("a\\u001b]0;x\\u0007d\\u202e\\b\\nc");
        assertThat(TerminalText.escapeControls("Zoë 李 😀")).isEqualTo("Zoë 李 😀");
        assertThat(TerminalText.escapeControls(null)).isEmpty();
        assertThat(CsvText.safe("=1+1\u001b")).isEqualTo("'=1+1\\u001b");
        assertThat(CsvText.safe("\tx")).isEqualTo("\\tx");
        assertThat(CsvText.safe("OAKFIELD\\jsmith")).isEqualTo("OAKFIELD\\jsmith");
    }

    /** Whatever the input, the output holds no character a terminal would act on. */
    @FuzzTest(maxExecutions = 20_000)
    void escapedTextHasNoControlCharacters(String s) {
        String e = TerminalText.escape(s);
        e.chars().forEach(c -> {
            assertThat(c).isBetween(0x20, 0xffff);
            assertThat(c).isNotIn(0x7f, 0x9b, 0x1b, 0x2028, 0x2029, 0x202e, 0x200b);
        });
    }
}
