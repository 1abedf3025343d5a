package org.passhygiene.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BreachIndexBuilderTest {

    @TempDir
    Path dir;

    private ImportSummary importAndCheck(TestCorpus corpus, BreachIndexBuilder builder) throws IOException {
        Path out = dir.resolve("out.phbi");
        ImportSummary summary = builder.build(out);
        try (BreachIndex index = BreachIndex.open(out, corpus.kind)) {
            BreachIndexTest.assertAnswers(index, corpus);
            index.verify();
            assertThat(index.info().entryCount()).isEqualTo(corpus.members.size());
        }
        assertThat(summary.entries()).isEqualTo(corpus.members.size());
        assertThat(summary.invalidLines()).isZero();
        return summary;
    }

    @ParameterizedTest
    @CsvSource({"SHA1, LF", "SHA1, CRLF", "NTLM, LF", "NTLM, CRLF"})
    void sortedSingleFileIsImportedInOnePass(HashKind kind, String eol) throws IOException {
        TestCorpus corpus = new TestCorpus(kind, 2_000, 20);
        Path file = corpus.writeFile(dir.resolve("hibp.txt"), eol.equals("LF") ? "\n" : "\r\n", false, false);
        ImportSummary s = importAndCheck(corpus, BreachIndex.builder(kind).addHashes(file));
        assertThat(s.sorted()).isTrue();
        assertThat(s.runs()).isZero();
        assertThat(s.lines()).isEqualTo(2_000);
    }

    @Test
    void perPrefixDirectory() throws IOException {
        for (HashKind kind : HashKind.values()) {
            TestCorpus corpus = new TestCorpus(kind, 2_000, 21);
            Path d = corpus.writeDirectory(dir.resolve("ranges-" + kind));
            Files.writeString(d.resolve("README.md"), "not a range file");
            ImportSummary s = importAndCheck(corpus, BreachIndex.builder(kind).addHashes(d));
            assertThat(s.sorted()).isTrue();
        }
    }

    @Test
    void unsortedInputWithATinyMemoryCapSpillsSeveralRuns() throws IOException {
        TestCorpus corpus = new TestCorpus(HashKind.SHA1, 3_000, 22);
        Path file = corpus.writeFile(dir.resolve("shuffled.txt"), "\r\n", true, false);
        ImportSummary s = importAndCheck(corpus, BreachIndex.builder(HashKind.SHA1).memoryLimit(1024)
                .addHashes(file));
        assertThat(s.sorted()).isFalse();
        assertThat(s.runs()).isGreaterThanOrEqualTo(3_000 / (1024 / ExternalSorter.BYTES_PER_RECORD));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("shuffled.txt",
                    "out.phbi");
        }
    }

    @Test
    void unsortedInputInMemory() throws IOException {
        TestCorpus corpus = new TestCorpus(HashKind.NTLM, 3_000, 23);
        Path file = corpus.writeFile(dir.resolve("shuffled.txt"), "\n", true, false);
        ImportSummary s = importAndCheck(corpus, BreachIndex.builder(HashKind.NTLM).addHashes(file));
        assertThat(s.sorted()).isFalse();
        assertThat(s.runs()).isZero();
    }

    @Test
    void gzipInputIsDetectedByContent() throws IOException {
        TestCorpus corpus = new TestCorpus(HashKind.SHA1, 2_000, 24);
        Path file = corpus.writeFile(dir.resolve("hibp.txt.gz"), "\r\n", false, true);
        importAndCheck(corpus, BreachIndex.builder(HashKind.SHA1).addHashes(file).memoryLimit(4096));
    }

    @Test
    void severalInputsAreMergedAndDuplicatesCounted() throws IOException {
        TestCorpus corpus = new TestCorpus(HashKind.SHA1, 2_000, 25);
        Path a = corpus.writeFile(dir.resolve("a.txt"), "\n", false, false);
        Path b = corpus.writeFile(dir.resolve("b.txt"), "\n", true, false);
        ImportSummary s = importAndCheck(corpus, BreachIndex.builder(HashKind.SHA1).addHashes(a).addHashes(b));
        assertThat(s.duplicates()).isEqualTo(2_000);
        assertThat(s.lines()).isEqualTo(4_000);
    }

    @Test
    void plainPasswordListsAreHashedOnImport() throws IOException {
        Path list = Files.write(dir.resolve("common.txt"),
                "\uFEFFpassword\r\n123456\n\nqwerty\nmot de passe\n€uro\n".getBytes(StandardCharsets.UTF_8));
        for (HashKind kind : HashKind.values()) {
            Path out = dir.resolve("common-" + kind + ".phbi");
            ImportSummary s = BreachIndex.builder(kind).addPasswords(list.toUri().toURL()).build(out);
            assertThat(s.entries()).isEqualTo(5);
            assertThat(s.ignoredLines()).isEqualTo(1);
            try (BreachIndex index = BreachIndex.open(out)) {
                for (String pw : List.of("password", "123456", "qwerty", "mot de passe", "€uro")) {
                    assertThat(index.check(pw.toCharArray()).found()).as(pw).isTrue();
                }
                assertThat(index.check("Password".toCharArray()).found()).isFalse();
                assertThat(index.check(new char[0]).found()).isFalse();
                assertThat(index.info().description()).isEqualTo(list.toUri().toURL().toString());
            }
        }
    }

    @Test
    void newIndexIsWorldReadableAndAReplacementKeepsThePermissions() throws IOException {
        Path file = Files.writeString(dir.resolve("h.txt"), GOOD + "\n");
        Path out = dir.resolve("perm.phbi");
        BreachIndex.builder(HashKind.SHA1).addHashes(file).build(out);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-r--r--");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-rw----"));
        BreachIndex.builder(HashKind.SHA1).addHashes(file).build(out);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-rw----");
    }

    @Test
    void zeroCountPaddingLinesAreIgnored() throws IOException {
        Path file = Files.writeString(dir.resolve("padded.txt"),
                "0000000000000000000000000000000000000001:0\n5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8:10\n");
        ImportSummary s = BreachIndex.builder(HashKind.SHA1).addHashes(file).build(dir.resolve("o.phbi"));
        assertThat(s.entries()).isEqualTo(1);
        assertThat(s.ignoredLines()).isEqualTo(1);
    }

    // --- bad lines ----------------------------------------------------------------------------------------------

    private static final String GOOD = "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8:3";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ZZAA61E4C9B93F3F0682250B6CF8331B7EE68FD8:3  | expected 40 hex digits of a SHA-1 hash, found 0 followed by"
            + " another character",
        "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD:3   | expected 40 hex digits of a SHA-1 hash, found 39 followed by"
            + " another character",
        "5BAA61E4C9B93F3F0682250B6CF8331B7EE68F      | expected 40 hex digits of a SHA-1 hash, found 38 and the end"
            + " of the line",
        "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8;3  | expected 40 hex digits of a SHA-1 hash then ':' and a count,"
            + " found another character after the hash",
        "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8:   | count after ':' must be 1 to 18 decimal digits",
        "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8:1x | count after ':' must be 1 to 18 decimal digits",
        "''                                          | empty line",
    })
    void badHashLineNamesFileAndLine(String line, String problem) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.txt"), GOOD + "\n" + GOOD + "\r\n" + line + "\r\n" + GOOD);
        Path out = dir.resolve("bad.phbi");
        assertThatThrownBy(() -> BreachIndex.builder(HashKind.SHA1).addHashes(file).build(out))
                .isInstanceOf(CorpusFormatException.class)
                .hasMessage(file + ":3: " + problem)
                .satisfies(e -> assertThat(((CorpusFormatException) e).line()).isEqualTo(3));
        assertThat(out).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void badLineInPerPrefixDirectoryNamesThatFile() throws IOException {
        Path d = Files.createDirectory(dir.resolve("ranges"));
        Files.writeString(d.resolve("00000.txt"), "0005AD76BD555C1D6D771DE417A4B87E4B4:10\r\n");
        Path bad = Files.writeString(d.resolve("00001.txt"), "0005AD76BD555C1D6D771DE417A4B87E4B4:10\r\nxyz\r\n");
        assertThatThrownBy(() -> BreachIndex.builder(HashKind.SHA1).addHashes(d).build(dir.resolve("o.phbi")))
                .hasMessage(bad + ":2: expected 35 hex digits of the suffix of a SHA-1 hash, found 0 followed by"
                        + " another character");
    }

    @Test
    void invalidUtf8InPasswordList() throws IOException {
        Path list = Files.write(dir.resolve("pw.txt"), new byte[] {'a', '\n', (byte) 0xC3, '(', '\n'});
        assertThatThrownBy(() -> BreachIndex.builder(HashKind.SHA1).addPasswords(list).build(dir.resolve("o")))
                .isInstanceOf(CorpusFormatException.class)
                .hasMessage(list + ":2: not valid UTF-8");
    }

    @Test
    void skipInvalidCountsBadLines() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.txt"), GOOD + "\nnot a hash\n\n" + GOOD.replace('5', '6'));
        ImportSummary s = BreachIndex.builder(HashKind.SHA1).skipInvalid(true).addHashes(file)
                .build(dir.resolve("o.phbi"));
        assertThat(s.invalidLines()).isEqualTo(2);
        assertThat(s.entries()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                                             | 0 lines: 0 blank or count-0, 0 invalid skipped",
        "0000000000000000000000000000000000000001:0{LF} | 1 lines: 1 blank or count-0, 0 invalid skipped",
        "not a hash{LF}{LF}                            | 2 lines: 0 blank or count-0, 2 invalid skipped",
    })
    void importThatReadsNoHashIsAnErrorAndWritesNothing(String content, String counts) throws IOException {
        Path file = Files.writeString(dir.resolve("empty.txt"), content.replace("{LF}", "\n"));
        Path out = dir.resolve("o.phbi");
        assertThatThrownBy(() -> BreachIndex.builder(HashKind.SHA1).skipInvalid(true).addHashes(file).build(out))
                .isInstanceOf(CorpusFormatException.class)
                .hasMessage(file + ": no hashes read (" + counts + "); nothing written");
        Path list = Files.writeString(dir.resolve("blank.txt"), "\n\r\n");
        assertThatThrownBy(() -> BreachIndex.builder(HashKind.SHA1).skipInvalid(true).addPasswords(list).addHashes(file)
                .build(out))
                .hasMessageStartingWith(list + ", " + file + ": no hashes read (");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(file, list);
        }
    }

    @Test
    void emptyPerPrefixDirectory() throws IOException {
        Path d = Files.createDirectory(dir.resolve("empty"));
        assertThatThrownBy(() -> BreachIndex.builder(HashKind.SHA1).addHashes(d).build(dir.resolve("o.phbi")))
                .isInstanceOf(CorpusFormatException.class)
                .hasMessage(d + ": no {PREFIX}.txt files in the directory");
    }

    @Test
    void builderValidatesItsSettings() {
        assertThatThrownBy(() -> BreachIndex.builder(HashKind.SHA1).memoryLimit(10))
                .hasMessage("memory limit 10 is below the minimum of 1024 bytes");
        assertThatThrownBy(() -> BreachIndex.builder(HashKind.SHA1).build(dir.resolve("o")))
                .isInstanceOf(IllegalStateException.class).hasMessage("no input added");
    }

    // --- interruption -------------------------------------------------------------------------------------------

    @Test
    void cancelledImportLeavesThePreviousIndexAndNoTemporaryFiles() throws IOException {
        TestCorpus old = new TestCorpus(HashKind.SHA1, 500, 26);
        Path out = dir.resolve("pwned.phbi");
        Path oldInput = old.writeFile(dir.resolve("old.txt"), "\n", false, false);
        BreachIndex.builder(HashKind.SHA1).addHashes(oldInput).build(out);
        byte[] before = Files.readAllBytes(out);

        TestCorpus big = new TestCorpus(HashKind.SHA1, 200_000, 27);
        Path input = big.writeFile(dir.resolve("new.txt"), "\n", true, false);
        List<ImportProgress.Phase> seen = new ArrayList<>();
        for (ImportProgress.Phase stopAt : ImportProgress.Phase.values()) {
            assertThatThrownBy(() -> BreachIndex.builder(HashKind.SHA1).addHashes(input).memoryLimit(1 << 20)
                    .progress((phase, done, total) -> {
                        seen.add(phase);
                        if (phase == stopAt) {
                            throw new IllegalStateException("cancelled in " + phase);
                        }
                    }).build(out)).hasMessage("cancelled in " + stopAt);
            assertThat(Files.readAllBytes(out)).isEqualTo(before);
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .containsExactlyInAnyOrder("pwned.phbi", "old.txt", "new.txt");
            }
        }
        assertThat(seen).contains(ImportProgress.Phase.values());
        try (BreachIndex index = BreachIndex.open(out)) {
            BreachIndexTest.assertAnswers(index, old);
        }
    }

    @Test
    void interruptedThreadStopsTheImport() throws IOException {
        TestCorpus corpus = new TestCorpus(HashKind.SHA1, 100_000, 28);
        Path input = corpus.writeFile(dir.resolve("in.txt"), "\n", false, false);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> BreachIndex.builder(HashKind.SHA1).addHashes(input)
                    .build(dir.resolve("o.phbi"))).isInstanceOf(InterruptedIOException.class)
                    .hasMessage("import interrupted");
        } finally {
            Thread.interrupted();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(input);
        }
    }

    @Test
    void progressReportsInputBytes() throws IOException {
        TestCorpus corpus = new TestCorpus(HashKind.SHA1, 100_000, 29);
        Path input = corpus.writeFile(dir.resolve("in.txt"), "\n", false, false);
        long size = Files.size(input);
        List<long[]> reading = new ArrayList<>();
        BreachIndex.builder(HashKind.SHA1).addHashes(input).progress((phase, done, total) -> {
            if (phase == ImportProgress.Phase.READING) {
                reading.add(new long[] {done, total});
            }
        }).build(dir.resolve("o.phbi"));
        assertThat(reading).hasSizeGreaterThan(1);
        assertThat(reading.get(reading.size() - 1)).containsExactly(size, size);
    }
}
