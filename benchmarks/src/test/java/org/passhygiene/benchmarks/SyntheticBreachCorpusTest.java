package org.passhygiene.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticBreachCorpusTest {

    @TempDir
    Path dir;

    private static List<String> stdout(String... args) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SyntheticBreachCorpus.run(args, out);
        List<String> lines = List.of(out.toString(StandardCharsets.US_ASCII).split("\r\n", -1));
        assertThat(lines).last().isEqualTo(""); // every line ends in CRLF
        return lines.subList(0, lines.size() - 1);
    }

    @Test
    void linesAreSortedDistinctHibpSha1WithLogUniformCounts() throws IOException {
        List<String> lines = stdout("20000", "-");

        assertThat(lines).hasSize(20000).isSorted().allMatch(l -> l.matches("[0-9A-F]{40}:[1-9][0-9]{0,6}"));
        Set<String> hashes = new HashSet<>();
        long[] counts = new long[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            hashes.add(lines.get(i).substring(0, 40));
            counts[i] = Long.parseLong(lines.get(i).substring(41));
        }
        assertThat(hashes).hasSize(20000);
        Arrays.sort(counts);
        // 1 + floor(2^(20u)), u uniform: from 2 up to 2^20 + 1, median about 2^10 + 1
        assertThat(counts[0]).isBetween(1L, 3L);
        assertThat(counts[counts.length - 1]).isBetween(900_000L, (1L << 20) + 1);
        assertThat(counts[counts.length / 2]).isBetween(800L, 1300L);
    }

    @Test
    void countsFollowTheOldPowFormula() {
        SplittableRandom random = new SplittableRandom(9);
        int differ = 0;
        for (int i = 0; i < 1_000_000; i++) {
            int r = i < 2 ? (i == 0 ? 0 : -1) : random.nextInt();
            long expected = 1 + (long) Math.pow(2, (r & 0xFFFFFFFFL) * 0x1p-32 * 20);
            long count = SyntheticBreachCorpus.Lines.count(r);
            assertThat(Math.abs(count - expected)).as("r=%d", r).isLessThanOrEqualTo(1);
            differ += count == expected ? 0 : 1;
        }
        assertThat(differ).isLessThan(500); // only where 2^(20u) lies within about 10^-8 relative of an integer
    }

    @Test
    void bucketOccupancyIsMultinomialNotStratified() throws IOException {
        int buckets = 1 << 16;
        int[] perBucket = new int[buckets];
        SyntheticBreachCorpus.sortedPrefixes(4L * buckets, 11L, p -> perBucket[(int) (p >>> 48)]++);

        long empty = Arrays.stream(perBucket).filter(c -> c == 0).count();
        double variance = Arrays.stream(perBucket).mapToDouble(c -> (c - 4.0) * (c - 4.0)).sum() / buckets;
        // Poisson(4): e^-4 * 65,536 = 1,200 empty buckets, variance 4 (one hash per slot would give 0 and 0)
        assertThat(empty).isBetween(1000L, 1400L);
        assertThat(variance).isBetween(3.7, 4.3);
        assertThat(Arrays.stream(perBucket).sum()).isEqualTo(4 * buckets);
    }

    @Test
    void prefixesAreSortedUnsignedAcrossTheSignBit() throws IOException {
        List<Long> prefixes = new ArrayList<>();
        SyntheticBreachCorpus.sortedPrefixes(50_000, 3L, prefixes::add);

        assertThat(prefixes).hasSize(50_000);
        for (int i = 1; i < prefixes.size(); i++) {
            assertThat(Long.compareUnsigned(prefixes.get(i - 1), prefixes.get(i))).isLessThanOrEqualTo(0);
        }
        assertThat(prefixes.get(0)).isNotNegative();
        assertThat(prefixes.get(prefixes.size() - 1)).isNegative();
    }

    @Test
    void theFirstMembersReplayTheSeedsSplittableRandom() throws IOException {
        Set<Long> prefixes = new HashSet<>();
        SyntheticBreachCorpus.sortedPrefixes(100_000, 20240601L, prefixes::add);

        SplittableRandom members = new SplittableRandom(20240601L);
        List<Long> missing = new ArrayList<>();
        for (int i = 0; i < SyntheticBreachCorpus.MEMBERS; i++) {
            long member = members.nextLong();
            if (!prefixes.contains(member)) {
                missing.add(member);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void smallAndEmptyCorporaWork() throws IOException {
        assertThat(stdout("0", "-")).isEmpty();
        List<String> three = stdout("3", "-");
        assertThat(three).hasSize(3).isSorted();
        SplittableRandom members = new SplittableRandom(20240601L);
        for (int i = 0; i < 3; i++) {
            String hex = String.format("%016X", members.nextLong());
            assertThat(three).anyMatch(l -> l.startsWith(hex));
        }
    }

    @Test
    void sorterSortsLikeArraysSortIncludingDuplicates() {
        SyntheticBreachCorpus.Sorter sorter = new SyntheticBreachCorpus.Sorter();
        SplittableRandom random = new SplittableRandom(5);
        for (int m : new int[] {0, 1, 2, 31, 32, 33, 1000, 5000, 40_000}) {
            long[] values = sorter.reserve(m);
            long[] expected = new long[m];
            for (int i = 0; i < m; i++) {
                values[i] = i % 7 == 3 && i > 0 ? values[i - 1] : random.nextLong() >>> 16;
                expected[i] = values[i];
            }
            Arrays.sort(expected);
            assertThat(Arrays.copyOf(sorter.sort(m), m)).as("m=%d", m).isEqualTo(expected);
        }
    }

    @Test
    void ntlmModeWritesTheSha1LinesCutTo32HexDigits() throws IOException {
        List<String> sha1 = stdout("1000", "-");
        List<String> ntlm = stdout("1000", "-", "ntlm");

        assertThat(ntlm).hasSize(1000).isSorted().allMatch(l -> l.matches("[0-9A-F]{32}:[1-9][0-9]*"));
        for (int i = 0; i < 1000; i++) {
            String[] n = ntlm.get(i).split(":");
            String[] s = sha1.get(i).split(":");
            assertThat(n[0]).isEqualTo(s[0].substring(0, 32));
            assertThat(n[1]).isEqualTo(s[1]);
        }
    }

    @Test
    void standardOutputIsTheSameAsAFile() throws IOException {
        for (String kind : new String[] {"sha1", "ntlm"}) {
            Path file = dir.resolve(kind + ".txt");
            SyntheticBreachCorpus.run(new String[] {"30000", file.toString(), kind}, OutputStreamHolder.UNUSED);

            assertThat(Files.readAllLines(file, StandardCharsets.US_ASCII))
                    .containsExactlyElementsOf(stdout("30000", "-", kind));
        }
    }

    @Test
    void theIntSignatureWritesTheSameFile() throws IOException {
        Path file = dir.resolve("int.txt");
        int n = 2000;
        SyntheticBreachCorpus.write(file, n, false, 20240601L);

        assertThat(Files.readAllLines(file, StandardCharsets.US_ASCII)).containsExactlyElementsOf(stdout("2000", "-"));
    }

    @Test
    void shuffledHasTheSameLinesInAnotherOrder() throws IOException {
        List<String> sorted = stdout("5000", "-");
        List<String> shuffled = stdout("5000", "-", "shuffled");

        assertThat(shuffled).containsExactlyInAnyOrderElementsOf(sorted).isNotEqualTo(sorted);
    }

    @Test
    void rejectsAnUnknownHashWidth() {
        assertThatThrownBy(() -> SyntheticBreachCorpus.write(new ByteArrayOutputStream(), 1, false, 1L, 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hexDigits");
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
