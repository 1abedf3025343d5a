package org.passhygiene.breach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #10 item 8: the files the HIBP downloader ({@code haveibeenpwned-downloader}, Program.cs) and the range API
 * really produce, from fixtures written byte for byte the same way (resources {@code hibp/}):
 * <ul>
 *   <li>{@code pwnedpasswords.txt}: the single-file mode, 48 range blocks; each block is written through a new
 *       {@code StreamWriter(MemoryStream, Encoding.UTF8)}, so it starts with a UTF-8 byte-order mark, then
 *       {@code PREFIX + SUFFIX:COUNT} lines ending in CRLF;</li>
 *   <li>{@code 70CCD.txt} (and {@code 70ccd.txt.gz}): the per-prefix mode, the API body copied as is:
 *       {@code SUFFIX:COUNT} lines, CRLF between them, none after the last; {@code Password1} is in it;</li>
 *   <li>{@code 5BAA6.txt}: a response with {@code Add-Padding: true}, 10 real lines among 30 with count 0.</li>
 * </ul>
 */
class HibpInputsTest {

    @TempDir
    Path dir;

    private Path fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("hibp/" + name)) {
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }

    private static void assertFound(Path index, String... passwords) throws IOException {
        try (BreachIndex i = BreachIndex.open(index)) {
            for (String pw : passwords) {
                assertThat(i.check(pw.toCharArray()).found()).as(pw).isTrue();
            }
            assertThat(i.check("not-in-any-fixture-417".toCharArray()).found()).isFalse();
        }
    }

    @Test
    void singleFileWithAByteOrderMarkBeforeEveryRangeBlock() throws IOException {
        Path file = fixture("pwnedpasswords.txt");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(countBoms(bytes)).as("the fixture is written as the downloader writes it").isEqualTo(48);
        for (boolean skipInvalid : new boolean[] {false, true}) {
            Path out = dir.resolve("single-" + skipInvalid + ".phbi");
            ImportSummary s = BreachIndex.builder(HashKind.SHA1).skipInvalid(skipInvalid).addHashes(file).build(out);
            assertThat(s.lines()).isEqualTo(48);
            assertThat(s.entries()).isEqualTo(48);
            assertThat(s.invalidLines()).isZero();
            assertThat(s.sorted()).isTrue();
            assertFound(out, "password", "123456", "qwerty", "letmein", "Tulip!Harbour!88", "Orbital#Fig#22",
                    "P@ssw0rd", "Password1");
        }
    }

    @Test
    void singleRangeFileNamedByItsPrefixPlainAndGzipped() throws IOException {
        for (String name : List.of("70CCD.txt", "70ccd.txt.gz")) {
            Path file = fixture(name);
            Path out = dir.resolve(name + ".phbi");
            ImportSummary s = BreachIndex.builder(HashKind.SHA1).addHashes(file).build(out);
            assertThat(s.entries()).as(name).isEqualTo(21);
            assertThat(s.invalidLines()).isZero();
            assertFound(out, "Password1");
            try (BreachIndex index = BreachIndex.open(out)) {
                // the prefix comes from the file name: the same suffix under another prefix is not a member
                assertThat(index.lookup(TestCorpus.bytes("70CCE" + "D".repeat(35))).found()).isFalse();
            }
        }
    }

    @Test
    void paddedRangeResponseSkipsTheCountZeroLines() throws IOException {
        Path file = fixture("5BAA6.txt");
        Path out = dir.resolve("padded.phbi");
        ImportSummary s = BreachIndex.builder(HashKind.SHA1).addHashes(file).build(out);
        assertThat(s.lines()).isEqualTo(40);
        assertThat(s.entries()).isEqualTo(10);
        assertThat(s.ignoredLines()).isEqualTo(30);
        assertFound(out, "password");
    }

    @Test
    void perPrefixDirectoryWithGzippedAndPlainRangeFiles() throws IOException {
        Path ranges = Files.createDirectory(dir.resolve("ranges"));
        for (String name : List.of("70ccd.txt.gz", "5BAA6.txt")) {
            Files.move(fixture(name), ranges.resolve(name));
        }
        ImportSummary s = BreachIndex.builder(HashKind.SHA1).addHashes(ranges).build(dir.resolve("dir.phbi"));
        assertThat(s.entries()).isEqualTo(31);
        assertThat(s.ignoredLines()).isEqualTo(30);
        assertFound(dir.resolve("dir.phbi"), "password", "Password1");
    }

    private static int countBoms(byte[] b) {
        int n = 0;
        for (int i = 0; i + 2 < b.length; i++) {
            if (b[i] == (byte) 0xEF && b[i + 1] == (byte) 0xBB && b[i + 2] == (byte) 0xBF) {
                n++;
            }
        }
        return n;
    }
}
