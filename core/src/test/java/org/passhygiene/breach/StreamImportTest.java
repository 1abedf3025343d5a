package org.passhygiene.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hashes and passwords read once from a stream ({@code breach import -}): no second read, bounded memory. */
class StreamImportTest {

    @TempDir
    Path dir;

    private static InputStream stream(Path file) throws IOException {
        return new ByteArrayInputStream(Files.readAllBytes(file));
    }

    private void assertIndexAnswers(Path out, TestCorpus corpus) throws IOException {
        try (BreachIndex index = BreachIndex.open(out, corpus.kind)) {
            BreachIndexTest.assertAnswers(index, corpus);
            index.verify();
            assertThat(index.info().entryCount()).isEqualTo(corpus.members.size());
        }
    }

    @ParameterizedTest
    @CsvSource({"SHA1, false, false", "NTLM, false, false", "SHA1, true, false", "SHA1, false, true"})
    void streamedCorpusGivesTheSameIndexAsTheFile(HashKind kind, boolean shuffled, boolean gzip) throws IOException {
        TestCorpus corpus = new TestCorpus(kind, 3_000, 31);
        Path file = corpus.writeFile(dir.resolve("in.txt"), "\r\n", shuffled, gzip);
        Path out = dir.resolve("stream.phbi");
        ImportSummary s = BreachIndex.builder(kind).addHashes(stream(file), "<stdin>").build(out);
        assertIndexAnswers(out, corpus);
        assertThat(s.lines()).isEqualTo(3_000);
        assertThat(s.sorted()).isFalse();
        try (BreachIndex index = BreachIndex.open(out)) {
            assertThat(index.info().description()).isEqualTo("<stdin>");
        }
        Path fromFile = dir.resolve("file.phbi");
        BreachIndex.builder(kind).addHashes(file).description("<stdin>").build(fromFile);
        try (BreachIndex a = BreachIndex.open(out); BreachIndex b = BreachIndex.open(fromFile)) {
            assertThat(a.info().fileSize()).isEqualTo(b.info().fileSize());
        }
    }

    @Test
    void sortedStreamBeyondTheMemoryCapSpillsOneRunAndLeavesNoTemporaryFile() throws IOException {
        TestCorpus corpus = new TestCorpus(HashKind.SHA1, 3_000, 32);
        Path file = corpus.writeFile(dir.resolve("sorted.txt"), "\n", false, false);
        Path out = dir.resolve("out.phbi");
        ImportSummary s = BreachIndex.builder(HashKind.SHA1).memoryLimit(1024).addHashes(stream(file), "<stdin>")
                .build(out);
        assertIndexAnswers(out, corpus);
        assertThat(s.runs()).isEqualTo(1);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("sorted.txt",
                    "out.phbi");
        }
    }

    @Test
    void unsortedStreamBeyondTheMemoryCapStillMergesRuns() throws IOException {
        TestCorpus corpus = new TestCorpus(HashKind.SHA1, 3_000, 33);
        Path file = corpus.writeFile(dir.resolve("shuffled.txt"), "\n", true, false);
        Path out = dir.resolve("out.phbi");
        ImportSummary s = BreachIndex.builder(HashKind.SHA1).memoryLimit(1024).addHashes(stream(file), "<stdin>")
                .build(out);
        assertIndexAnswers(out, corpus);
        assertThat(s.runs()).isGreaterThan(1);
    }

    @Test
    void aBadLineIsNamedByTheStreamNameAndLine() throws IOException {
        String text = "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8:3\nnot a hash\n";
        Path out = dir.resolve("out.phbi");
        assertThatThrownBy(() -> BreachIndex.builder(HashKind.SHA1)
                .addHashes(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)), "<stdin>").build(out))
                .isInstanceOf(CorpusFormatException.class)
                .hasMessageStartingWith("<stdin>:2: expected 40 hex digits");
        assertThat(out).doesNotExist();
    }

    @Test
    void anEmptyStreamWritesNothing() {
        Path out = dir.resolve("out.phbi");
        assertThatThrownBy(() -> BreachIndex.builder(HashKind.SHA1)
                .addHashes(new ByteArrayInputStream(new byte[0]), "<stdin>").build(out))
                .isInstanceOf(CorpusFormatException.class)
                .hasMessageStartingWith("<stdin>: no hashes read");
        assertThat(out).doesNotExist();
    }

    @Test
    void passwordsFromAStreamAreHashed() throws IOException {
        byte[] list = "password\n123456\n".getBytes(StandardCharsets.UTF_8);
        Path out = dir.resolve("pw.phbi");
        ImportSummary s = BreachIndex.builder(HashKind.NTLM).addPasswords(new ByteArrayInputStream(list), "<stdin>")
                .build(out);
        assertThat(s.entries()).isEqualTo(2);
        try (BreachIndex index = BreachIndex.open(out)) {
            for (String pw : List.of("password", "123456")) {
                assertThat(index.check(pw.toCharArray()).found()).as(pw).isTrue();
            }
        }
    }
}
