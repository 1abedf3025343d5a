package org.passhygiene.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Records, line numbers and skip causes exactly as the readers see them. */
class RecordScannerTest {

    /** "line+lines: text" or "line+lines CAUSE: reason" per record. */
    static List<String> scan(byte[] data, boolean quotes, boolean comments, int max) throws IOException {
        List<String> out = new ArrayList<>();
        try (RecordScanner s = new RecordScanner(new ByteArrayInputStream(data), "f.csv", quotes, comments, max)) {
            RecordScanner.Chunk c;
            while ((c = s.next()) != null) {
                out.add(c.line() + "+" + c.lines() + (c.ok() ? ": " + c.text() : " " + c.cause() + ": " + c.reason()));
            }
        }
        return out;
    }

    static List<String> scan(String text, boolean quotes) throws IOException {
        return scan(text.getBytes(StandardCharsets.UTF_8), quotes, true, RecordScanner.MAX_RECORD_BYTES);
    }

    @Test
    void linesBomCrLfCommentsAndBlankLines() throws IOException {
        assertThat(scan("\uFEFF#TYPE x\r\na,b\r\n\r\n1,2\n3,4", true))
                .containsExactly("2+1: a,b", "4+1: 1,2", "5+1: 3,4");
        assertThat(scan("a\rb\r\nc", false)).containsExactly("1+1: a", "2+1: b", "3+1: c");
        assertThat(scan(new byte[] {(byte) 0xEF, 'x', '\n'}, false, false, 100)).containsExactly(
                "1+1 NOT_UTF8: not UTF-8 text (an invalid byte sequence)");
    }

    @Test
    void quotedFieldsMaySpanLinesAndEscapeQuotes() throws IOException {
        assertThat(scan("a,\"b\nc\",d\ne,\"f\"\"\n\"\ng\n", true))
                .containsExactly("1+2: a,\"b\nc\",d", "3+2: e,\"f\"\"\n\"", "5+1: g");
        // a quote inside an unquoted field is a character, as FastCSV reads it
        assertThat(scan("a,b\"c\nd\n", true)).containsExactly("1+1: a,b\"c", "2+1: d");
        // line mode: quotes mean nothing
        assertThat(scan("a,\"b\nc\n", false)).containsExactly("1+1: a,\"b", "2+1: c");
    }

    @Test
    void unclosedQuoteRunsToTheEndAndCountsEveryLine() throws IOException {
        assertThat(scan("h\n1,\"x\n3\n4\n", true)).containsExactly("1+1: h",
                "2+3 UNCLOSED_QUOTE: the quoted field opened on line 2 is never closed: it runs to the end of the "
                        + "file, swallowing 3 line(s) (2-4)");
        assertThat(scan("h\n1,2,\"x", true)).containsExactly("1+1: h",
                "2+1 UNCLOSED_QUOTE: the quoted field opened on line 2 is never closed: it runs to the end of the "
                        + "file, swallowing 1 line(s) (2-2)");
    }

    @Test
    void binaryEndsItsRecordAtTheNextLineBreakWhateverTheQuotes() throws IOException {
        assertThat(scan("h\n\"a\0\nb\n", true)).containsExactly("1+1: h",
                "2+1 BINARY: binary data (a NUL byte): not text (a UTF-16 export? save it as UTF-8)", "3+1: b");
    }

    @Test
    void overLongRecordsAreSkippedAndReadingGoesOn() throws IOException {
        byte[] data = ("h\n" + "x".repeat(20) + "\nok\n\"" + "y\n".repeat(10) + "\",z\nlast\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(scan(data, true, false, 16))
                .containsExactly("1+1: h", "2+1 TOO_LONG: line longer than the 16-byte limit", "3+1: ok",
                        "4+11 TOO_LONG: record longer than the 16-byte limit; the quoted field opened on line "
                                + "4 runs over 11 lines (4-14)", "15+1: last");
    }

    @Test
    void binaryWithNoLineBreakStopsTheRead() {
        InputStream zeros = new InputStream() {
            @Override
            public int read() {
                return 0;
            }
        };
        assertThatThrownBy(() -> {
            try (RecordScanner s = new RecordScanner(zeros, "/dev/zero", true, false)) {
                s.next();
            }
        }).isInstanceOf(ExportFormatException.class).hasMessage("/dev/zero:1: binary data (a NUL byte) and no line "
                + "break within the 1 MiB limit: not a text export");
    }
}
