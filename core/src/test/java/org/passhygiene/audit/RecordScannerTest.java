package org.passhygiene.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
        assertThat(scan(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, 'x', '\n'}, false, false,
                100)).containsExactly("1+1 NOT_UTF8: not UTF-8 text (an invalid byte sequence in a file marked as "
                + "UTF-8)");
    }

    /** Bytes of {@code text} in {@code charset}, with a byte-order mark when {@code bom}. */
    private static byte[] bytes(String text, Charset charset, boolean bom) {
        return ((bom ? "\uFEFF" : "") + text).getBytes(charset);
    }

    @Test
    void utf16WithOrWithoutByteOrderMarkIsReadAsText() throws IOException {
        String text = "#TYPE x\r\n\"Name\",\"Si\u00e2n \uD83D\uDE00\"\r\n\r\n\"a\nb\",c\r\n";
        List<String> expected = List.of("2+1: \"Name\",\"Si\u00e2n \uD83D\uDE00\"", "4+2: \"a\nb\",c");
        for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            for (boolean bom : new boolean[] {true, false}) {
                assertThat(scan(bytes(text, cs, bom), true, true, RecordScanner.MAX_RECORD_BYTES))
                        .as(cs + " bom=" + bom).isEqualTo(expected);
            }
        }
        // PowerShell's -Encoding UTF8 (with a mark) and PowerShell 7's default (without)
        assertThat(scan(bytes(text, StandardCharsets.UTF_8, true), true, true, RecordScanner.MAX_RECORD_BYTES))
                .isEqualTo(expected);
    }

    @Test
    void utf16NulAndBrokenSurrogatesAreSkippedNotReplaced() throws IOException {
        // getBytes would replace the lone surrogates: write the code units by hand
        String text = "\uFEFFh\na\0b\nc\uD800d\ne\uDC00\nok\n";
        byte[] data = new byte[text.length() * 2];
        for (int i = 0; i < text.length(); i++) {
            data[2 * i] = (byte) text.charAt(i);
            data[2 * i + 1] = (byte) (text.charAt(i) >> 8);
        }
        assertThat(scan(data, true, false, RecordScanner.MAX_RECORD_BYTES)).containsExactly("1+1: h",
                "2+1 BINARY: binary data (a NUL byte): not text (binary, or an encoding other than UTF-8 and UTF-16? "
                        + "save it as UTF-8)",
                "3+1 NOT_UTF8: not UTF-16LE text (an unpaired surrogate or an odd byte)",
                "4+1 NOT_UTF8: not UTF-16LE text (an unpaired surrogate or an odd byte)", "5+1: ok");
        byte[] odd = Arrays.copyOf(bytes("h\nx", StandardCharsets.UTF_16BE, true), 9);
        assertThat(scan(odd, true, false, RecordScanner.MAX_RECORD_BYTES)).containsExactly("1+1: h",
                "2+1 NOT_UTF8: not UTF-16BE text (an unpaired surrogate or an odd byte)");
    }

    @Test
    void utf16RecordsAreBoundedAfterReencoding() throws IOException {
        byte[] data = bytes("h\n" + "\u00e9".repeat(10) + "\nok\n", StandardCharsets.UTF_16LE, true);
        assertThat(scan(data, true, false, 16)).containsExactly("1+1: h",
                "2+1 TOO_LONG: line longer than the 16-byte limit", "3+1: ok");
    }

    @Test
    void windows1252RowsWithoutAMarkAreDecodedAndNoted() throws IOException {
        byte[] data = "h\nSi\u00e2n,\u20ac5\nplain\nbad?\n".getBytes(Charset.forName("windows-1252"));
        data[data.length - 2] = (byte) 0x81; // undefined in Windows-1252
        List<String> out = new ArrayList<>();
        try (RecordScanner s = new RecordScanner(new ByteArrayInputStream(data), "f.csv", true, false)) {
            RecordScanner.Chunk c;
            while ((c = s.next()) != null) {
                out.add(c.line() + (c.ok() ? ": " + c.text() : " " + c.cause() + ": " + c.reason()));
            }
            assertThat(s.encodingNote()).isEqualTo("f.csv: 1 row(s) were not UTF-8 and were read as Windows-1252 "
                    + "(first: line 2), as Excel's \"CSV (Comma delimited)\" writes them; names and passwords with "
                    + "accented letters are right only if the file really is Windows-1252: save it as \"CSV UTF-8\" "
                    + "to be sure");
        }
        assertThat(out).containsExactly("1: h", "2: Si\u00e2n,\u20ac5", "3: plain",
                "4 NOT_UTF8: neither UTF-8 nor Windows-1252 text (an invalid byte sequence)");
    }

    @Test
    void quotedFieldsSpanLinesAfterTheSniffedDelimiter() throws IOException {
        List<String> out = new ArrayList<>();
        byte[] data = "a;b\n1;\"x\ny\";2\n".getBytes(StandardCharsets.UTF_8);
        try (RecordScanner s = new RecordScanner(new ByteArrayInputStream(data), "f.csv", true, false)) {
            out.add(s.next().text());
            s.delimiter(';');
            out.add(s.next().text());
            assertThat(s.next()).isNull();
        }
        assertThat(out).containsExactly("a;b", "1;\"x\ny\";2");
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
                "2+1 BINARY: binary data (a NUL byte): not text (binary, or an encoding other than UTF-8 and "
                        + "UTF-16? save it as UTF-8)", "3+1: b");
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
