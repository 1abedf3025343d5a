package org.passhygiene.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticBreachCorpusTest {

    @TempDir
    Path dir;

    private static List<String> stdout(String... args) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SyntheticBreachCorpus.run(args, out);
        return List.of(out.toString(StandardCharsets.US_ASCII).split("\r\n", -1));
    }

    @Test
    void ntlmModeWritesTheSha1LinesCutTo32HexDigits() throws IOException {
        List<String> sha1 = stdout("1000", "-");
        List<String> ntlm = stdout("1000", "-", "ntlm");

        assertThat(ntlm).hasSize(1001).last().isEqualTo("");
        for (int i = 0; i < 1000; i++) {
            assertThat(ntlm.get(i)).matches("[0-9A-F]{32}:[1-9][0-9]*");
            assertThat(sha1.get(i)).matches("[0-9A-F]{40}:[1-9][0-9]*");
            String[] n = ntlm.get(i).split(":");
            String[] s = sha1.get(i).split(":");
            assertThat(n[0]).isEqualTo(s[0].substring(0, 32));
            assertThat(n[1]).isEqualTo(s[1]);
        }
        assertThat(ntlm.subList(0, 1000)).isSorted();
    }

    @Test
    void ntlmToStandardOutputIsTheSameAsToAFile() throws IOException {
        Path file = dir.resolve("ntlm.txt");
        SyntheticBreachCorpus.run(new String[] {"500", file.toString(), "ntlm"}, OutputStreamHolder.UNUSED);

        assertThat(Files.readAllLines(file, StandardCharsets.US_ASCII))
                .containsExactlyElementsOf(stdout("500", "-", "ntlm").subList(0, 500));
    }

    @Test
    void chunkedSortedOutputEqualsTheInMemorySort() throws IOException {
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        SyntheticBreachCorpus.writeSortedInChunks(chunked, 2000, 7L, 32);
        Path file = dir.resolve("one.txt");
        SyntheticBreachCorpus.write(file, 2000, false, 7L, 32);

        assertThat(chunked.toByteArray()).isEqualTo(Files.readAllBytes(file));
    }

    /** A stream that fails the test when written: file mode must not touch standard output. */
    private static final class OutputStreamHolder {
        static final java.io.OutputStream UNUSED = new java.io.OutputStream() {
            @Override
            public void write(int b) {
                throw new AssertionError("file mode wrote to standard output");
            }
        };
    }
}
