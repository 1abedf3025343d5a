package org.passhygiene.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BreachIndexTest {

    @TempDir
    Path dir;

    private Path build(TestCorpus corpus) throws IOException {
        Path input = corpus.writeFile(dir.resolve("in.txt"), "\n", false, false);
        Path out = dir.resolve("corpus.phbi");
        BreachIndex.builder(corpus.kind).description("test corpus").addHashes(input).build(out);
        return out;
    }

    static void assertAnswers(BreachIndex index, TestCorpus corpus) {
        for (Map.Entry<String, Long> e : corpus.members.entrySet()) {
            BreachResult r = index.lookup(TestCorpus.bytes(e.getKey()));
            assertThat(r.found()).as(e.getKey()).isTrue();
            assertThat(e.getValue()).as(e.getKey()).isBetween(r.minCount(), r.maxCount());
        }
        for (byte[] h : corpus.nonMembers) {
            assertThat(index.lookup(h).outcome()).as(TestCorpus.HEX.formatHex(h))
                    .isEqualTo(BreachResult.Outcome.NOT_FOUND);
        }
    }

    @Test
    void findsExactlyTheMembersOfSha1AndNtlmCorpora() throws IOException {
        for (HashKind kind : HashKind.values()) {
            TestCorpus corpus = new TestCorpus(kind, 3_000, kind.ordinal());
            try (BreachIndex index = BreachIndex.open(build(corpus), kind)) {
                assertAnswers(index, corpus);
                index.verify();
                BreachIndexInfo info = index.info();
                assertThat(info.kind()).isEqualTo(kind);
                assertThat(info.entryCount()).isEqualTo(3_000);
                assertThat(info.description()).isEqualTo("test corpus");
                assertThat(info.bytesPerEntry()).isEqualTo(5);
                assertThat(info.prevalence()).isTrue();
                assertThat(info.falsePositiveRate()).isLessThanOrEqualTo(1e-9);
            }
        }
    }

    @Test
    void boundaryHashesAllZeroAndAllOnes() throws IOException {
        TestCorpus corpus = new TestCorpus(HashKind.SHA1, 100, 3);
        try (BreachIndex index = BreachIndex.open(build(corpus))) {
            assertThat(index.lookup(TestCorpus.bytes("0".repeat(40))).found()).isTrue();
            assertThat(index.lookup(TestCorpus.bytes("F".repeat(40))).found()).isTrue();
            // 100 hashes: the fingerprint is the first 37 bits (see IndexLayout)
            assertThat(index.info().fingerprintBits()).isEqualTo(37);
            assertThat(index.lookup(TestCorpus.bytes("0".repeat(39) + "1")).found())
                    .as("differs only beyond the fingerprint: a documented false positive").isTrue();
            assertThat(index.lookup(TestCorpus.bytes("0".repeat(8) + "1" + "0".repeat(31))).found()).isFalse();
            assertThat(index.lookup(TestCorpus.bytes("F".repeat(8) + "E" + "F".repeat(31))).found()).isFalse();
        }
    }

    @Test
    void prevalenceBucketsBoundTheCount() throws IOException {
        TestCorpus corpus = new TestCorpus(HashKind.SHA1, 10, 4);
        try (BreachIndex index = BreachIndex.open(build(corpus))) {
            BreachResult zero = index.lookup(TestCorpus.bytes("0".repeat(40))); // count 7
            assertThat(zero).isEqualTo(new BreachResult(BreachResult.Outcome.FOUND, 4, 15));
            BreachResult ones = index.lookup(TestCorpus.bytes("F".repeat(40))); // count 1
            assertThat(ones).isEqualTo(new BreachResult(BreachResult.Outcome.FOUND, 1, 3));
        }
    }

    @Test
    void checkHashesThePassword() throws IOException {
        Path list = Files.writeString(dir.resolve("pw.txt"), "password\nletmein\n");
        Path out = dir.resolve("pw.phbi");
        BreachIndex.builder(HashKind.NTLM).addPasswords(list).build(out);
        try (BreachIndex index = BreachIndex.open(out)) {
            assertThat(index.check("password".toCharArray())).isEqualTo(BreachResult.FOUND_COUNT_UNKNOWN);
            assertThat(index.lookup(TestCorpus.bytes("8846F7EAEE8FB117AD06BDD830B7586C")).found()).isTrue();
            assertThat(index.check("Password".toCharArray()).found()).isFalse();
            assertThatThrownBy(() -> index.lookup(new byte[20]))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("expected a 16-byte NTLM hash, got 20 bytes");
        }
    }

    @Test
    void chunkedMappingGivesTheSameAnswers() throws IOException {
        TestCorpus corpus = new TestCorpus(HashKind.SHA1, 2_000, 5);
        Path file = build(corpus);
        // 64-byte chunks: entries and the shard table straddle chunk boundaries, as they do at 1 GiB in big files
        try (BreachIndex index = BreachIndex.open(file, 6)) {
            assertAnswers(index, corpus);
            index.verify();
        }
    }

    @Test
    void emptyIndex() throws IOException {
        // the builder refuses an import that read no hash (BreachIndexBuilderTest); a 0-entry file still opens
        Path out = Files.createFile(dir.resolve("empty.phbi"));
        try (IndexWriter writer = new IndexWriter(out, HashKind.SHA1, IndexLayout.forEntries(0, true), "empty")) {
            writer.finish(0);
        }
        try (BreachIndex index = BreachIndex.open(out)) {
            assertThat(index.info().entryCount()).isZero();
            assertThat(index.lookup(new byte[20]).found()).isFalse();
            index.verify();
        }
    }

    @Test
    void closedIndexRefusesLookups() throws IOException {
        BreachIndex index = BreachIndex.open(build(new TestCorpus(HashKind.SHA1, 10, 6)));
        index.close();
        assertThatThrownBy(() -> index.lookup(new byte[20])).isInstanceOf(IllegalStateException.class);
    }

    // --- corruption ---------------------------------------------------------------------------------------------

    @Test
    void truncatedFileIsRejectedAtOpen() throws IOException {
        Path file = build(new TestCorpus(HashKind.SHA1, 1_000, 7));
        long size = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size - 1);
        }
        assertThatThrownBy(() -> BreachIndex.open(file))
                .isInstanceOf(BreachIndexException.class)
                .hasMessage(file + ": truncated: expected " + size + " bytes, found " + (size - 1));
    }

    @Test
    void fileShorterThanTheHeader() throws IOException {
        Path file = Files.write(dir.resolve("short.phbi"), new byte[10]);
        assertThatThrownBy(() -> BreachIndex.open(file))
                .isInstanceOf(BreachIndexException.class)
                .hasMessage(file + ": truncated or not an index: 10 bytes, shorter than the 64-byte header");
    }

    @Test
    void wrongMagicIsRejected() throws IOException {
        Path file = build(new TestCorpus(HashKind.SHA1, 10, 8));
        flip(file, 0);
        assertThatThrownBy(() -> BreachIndex.open(file))
                .isInstanceOf(BreachIndexException.class)
                .hasMessage(file + ": not a passhygiene breach index (wrong magic number)");
    }

    @Test
    void flippedByteInHeaderOrShardTableIsCaughtAtOpen() throws IOException {
        Path file = build(new TestCorpus(HashKind.SHA1, 1_000, 9));
        flip(file, IndexFormat.OFF_CREATED + 7);
        assertThatThrownBy(() -> BreachIndex.open(file))
                .isInstanceOf(BreachIndexException.class)
                .hasMessage(file + ": corrupt: header checksum mismatch");
        flip(file, IndexFormat.OFF_CREATED + 7);
        BreachIndex.open(file).close();
        long table = IndexFormat.tableOffset("test corpus".length());
        flip(file, table + 9);
        assertThatThrownBy(() -> BreachIndex.open(file))
                .isInstanceOf(BreachIndexException.class)
                .hasMessage(file + ": corrupt: header checksum mismatch");
    }

    @Test
    void layoutBytesAreReportedUnsigned() throws IOException {
        Path file = build(new TestCorpus(HashKind.SHA1, 10, 12));
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(IndexFormat.OFF_ENTRY_BYTES);
            raf.write(0xFF);
        }
        assertThatThrownBy(() -> BreachIndex.open(file))
                .isInstanceOf(BreachIndexException.class)
                .hasMessageContaining(": corrupt header: invalid layout (")
                .hasMessageContaining(", entry bytes 255, ");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(IndexFormat.OFF_KIND);
            raf.write(0xFE);
        }
        assertThatThrownBy(() -> BreachIndex.open(file))
                .hasMessage(file + ": corrupt header: unknown hash kind code 254");
    }

    @Test
    void flippedDataByteIsCaughtByVerify() throws IOException {
        Path file = build(new TestCorpus(HashKind.SHA1, 1_000, 10));
        flip(file, Files.size(file) - 8 - 2_000);
        try (BreachIndex index = BreachIndex.open(file)) {
            assertThatThrownBy(index::verify)
                    .isInstanceOf(BreachIndexException.class)
                    .hasMessage(file + ": corrupt: entry checksum mismatch");
        }
    }

    @Test
    void wrongKindRequested() throws IOException {
        Path file = build(new TestCorpus(HashKind.SHA1, 10, 11));
        assertThatThrownBy(() -> BreachIndex.open(file, HashKind.NTLM))
                .isInstanceOf(BreachIndexException.class)
                .hasMessage(file + ": holds SHA-1 hashes, NTLM required");
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nope.phbi");
        assertThatThrownBy(() -> BreachIndex.open(file))
                .isInstanceOf(BreachIndexException.class)
                .hasMessage(file + ": no such file");
    }

    static void flip(Path file, long offset) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(offset);
            int b = raf.read();
            raf.seek(offset);
            raf.write(b ^ 0x01);
        }
    }
}
