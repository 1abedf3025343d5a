package org.passhygiene.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passhygiene.breach.HashKind;

/** Every way the downloader or a saved response writes a range file, read into the range API's shape. */
class RangeDirectoryTest {

    private static final String A = "0018A45C4D1DEF81644B54AB7F969B88D65";
    private static final String B = "00D4F6E8FA6EECAD2A3AA415EEC418D38EC";

    @TempDir
    Path dir;

    RangeDirectory sha1() {
        return new RangeDirectory(dir, HashKind.SHA1, 1 << 20);
    }

    @Test
    void normalisesCaseLineEndsOrderBomAndDropsPadding() throws Exception {
        // lower-case hex, LF, unsorted, a BOM, a saved padded response's count-0 line, a final newline
        Files.write(dir.resolve("21bd1.txt"), ("\uFEFF" + B.toLowerCase() + ":2\n" + A + ":3\n"
                + "0123456789ABCDEF0123456789ABCDEF012:0\n").getBytes(StandardCharsets.UTF_8));
        assertThat(new String(sha1().body("21BD1", false), StandardCharsets.US_ASCII))
                .isEqualTo(A + ":3\r\n" + B + ":2");
    }

    @Test
    void readsGzipFiles() throws Exception {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("ABCDE.txt.gz")))) {
            out.write((A + ":10\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(new String(sha1().body("abcde", false), StandardCharsets.US_ASCII)).isEqualTo(A + ":10");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0018A45C4D1DEF81644B54AB7F969B88D6:3", "0018A45C4D1DEF81644B54AB7F969B88D65",
        "0018A45C4D1DEF81644B54AB7F969B88D6G:3", "0018A45C4D1DEF81644B54AB7F969B88D65:x",
        "0018A45C4D1DEF81644B54AB7F969B88D65:1234567890123456789"})
    void aMalformedLineNamesFileAndLineNotTheLine(String bad) throws Exception {
        Files.writeString(dir.resolve("00000.txt"), A + ":1\r\n" + bad + "\r\n");
        assertThatThrownBy(() -> sha1().body("00000", false)).isInstanceOf(UncheckedIOException.class)
                .cause().hasMessageStartingWith(dir.resolve("00000.txt") + ":2: malformed range line: ")
                .message().doesNotContain(bad);
    }

    @Test
    void aFileLargerThanTheLimitIsRefused() throws Exception {
        Files.write(dir.resolve("00000.txt"), new byte[RangeDirectory.MAX_FILE_BYTES + 1]);
        assertThatThrownBy(() -> sha1().body("00000", false)).isInstanceOf(UncheckedIOException.class)
                .cause().hasMessageContaining("larger than the 2097152-byte limit of a range file");
    }

    @Test
    void ntlmSuffixesAre27Digits() throws Exception {
        Files.writeString(dir.resolve("8846F.txt"), "7EAEE8FB117AD06BDD830B7586C:5\r\n");
        RangeDirectory ntlm = new RangeDirectory(dir, HashKind.NTLM, 1 << 20);
        assertThat(new String(ntlm.body("8846F", false), StandardCharsets.US_ASCII))
                .isEqualTo("7EAEE8FB117AD06BDD830B7586C:5");
        assertThatThrownBy(() -> sha1().body("8846F", false)).isInstanceOf(UncheckedIOException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00000", "fffff", "AbC12"})
    void validPrefixes(String prefix) {
        assertThat(RangeSource.validPrefix(prefix)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0000", "000000", "0000G", "０0000", "٣0000", "0000 "})
    void invalidPrefixes(String prefix) {
        assertThat(RangeSource.validPrefix(prefix)).isFalse();
    }
}
