package org.passhygiene.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The HIBP hash-line parser, the password-list parser and the range-response parser, fed any bytes: only the
 * documented {@link CorpusFormatException} (a line over 1 MiB, damaged gzip) or, for a range, an {@link IOException}
 * naming the problem; every bad line gets one of the fixed problem messages (never a quote of the line).
 *
 * <p>Long run: {@code JAZZER_FUZZ=1 ./mvnw -o -pl core -am test -Dtest=LineParserFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class LineParserFuzzTest {

    private static final Pattern HASH_PROBLEM = Pattern.compile("empty line|count after ':' must be 1 to 18 decimal "
            + "digits|expected (40|35|32|27) hex digits of (the suffix of )?a (SHA-1|NTLM) hash(, found \\d+ "
            + "(followed by another character|and the end of the line)| then ':' and a count, found another "
            + "character after the hash)");
    private static final Pattern READER_PROBLEM = Pattern.compile("fuzz\\.txt:\\d+: (line longer than 1048576 "
            + "bytes|damaged gzip data \\(.*\\))");

    @FuzzTest(maxExecutions = 10_000)
    void hashLines(byte[] data) {
        checkHashLines(data);
    }

    @FuzzTest(maxExecutions = 10_000)
    void passwordLines(byte[] data) {
        checkPasswordLines(data);
    }

    @FuzzTest(maxExecutions = 10_000)
    void rangeResponse(byte[] data) {
        checkRangeResponse(data);
    }

    @Test
    void mutatedInputsKeepEveryParserWithinItsContract() {
        Random random = new Random(9_0501);
        List<byte[]> hashes = FuzzSeeds.of(getClass(), "hashLines");
        List<byte[]> passwords = FuzzSeeds.of(getClass(), "passwordLines");
        List<byte[]> ranges = FuzzSeeds.of(getClass(), "rangeResponse");
        for (int i = 0; i < 1_500; i++) {
            checkHashLines(FuzzMutations.mutate(hashes.get(random.nextInt(hashes.size())), random));
            checkPasswordLines(FuzzMutations.mutate(passwords.get(random.nextInt(passwords.size())), random));
            checkRangeResponse(FuzzMutations.mutate(ranges.get(random.nextInt(ranges.size())), random));
        }
    }

    static void checkHashLines(byte[] data) {
        assertTimeout(Duration.ofSeconds(5), () -> {
            LineParser[] parsers = {new LineParser.Hashes(HashKind.SHA1, 0, 0),
                new LineParser.Hashes(HashKind.NTLM, 5, 0xABCDEL)};
            for (int p = 0; p < parsers.length; p++) {
                LineParser parser = parsers[p];
                boolean implied = p == 1;
                read(data, (buf, start, end, line) -> {
                    switch (parser.parse(buf, start, end, line)) {
                        case OK -> {
                            assertThat(parser.count).isNotZero().isGreaterThanOrEqualTo(-1);
                            if (implied) {
                                assertThat(parser.hash64 >>> 44).isEqualTo(0xABCDEL);
                            }
                        }
                        case IGNORED -> assertThat(parser.count).isZero();
                        default -> assertThat(parser.problem).matches(HASH_PROBLEM);
                    }
                });
            }
        });
    }

    static void checkPasswordLines(byte[] data) {
        assertTimeout(Duration.ofSeconds(5), () -> {
            LineParser parser = new LineParser.Passwords(HashKind.NTLM);
            read(data, (buf, start, end, line) -> {
                switch (parser.parse(buf, start, end, line)) {
                    case OK -> assertThat(parser.count).isEqualTo(-1);
                    case IGNORED -> assertThat(end - start).isLessThanOrEqualTo(3);
                    default -> assertThat(parser.problem).isEqualTo("not valid UTF-8");
                }
            });
        });
    }

    static void checkRangeResponse(byte[] data) {
        assertTimeout(Duration.ofSeconds(5), () -> {
            RangeResponse.Range range;
            try {
                range = RangeResponse.Range.parse(data, HashKind.SHA1, "ABCDE", null, 0);
            } catch (IOException e) {
                assertThat(e.getMessage()).matches("(malformed|empty) range response.*");
                return;
            }
            for (int i = 0; i < range.suffixes.length; i++) {
                assertThat(range.suffixes[i]).matches("[0-9A-F]{35}");
                assertThat(range.counts[i]).isPositive();
                if (i > 0) {
                    assertThat(range.suffixes[i]).isGreaterThanOrEqualTo(range.suffixes[i - 1]);
                }
            }
        });
    }

    private static void read(byte[] data, LineReader.LineHandler handler) throws IOException {
        try {
            long lines = LineReader.read(new ByteArrayInputStream(data), "fuzz.txt", handler, bytes -> { });
            assertThat(lines).isNotNegative();
        } catch (CorpusFormatException e) {
            assertThat(e.getMessage()).matches(READER_PROBLEM);
        }
    }
}
