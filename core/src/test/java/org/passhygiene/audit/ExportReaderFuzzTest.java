package org.passhygiene.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.passhygiene.MutatedInputs;
import org.junit.jupiter.api.Test;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Every export reader and format detection, fed hostile bytes (issue #9: a fuzz suite for every parser). For each
 * input: no exception but {@link ExportFormatException}, bounded time, every row accounted for (read, passed over
 * or skipped), and a file whose rows were all skipped is an incomplete audit.
 *
 * <p>{@code ./mvnw verify} replays the seeds in {@code ExportReaderFuzzTestInputs/<method>/} and runs
 * {@link #mutatedSeedsKeepTheInvariants()}; fuzz for longer with
 * {@code JAZZER_FUZZ=1 ./mvnw -o -pl core -am test -Dtest=ExportReaderFuzzTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ExportReaderFuzzTest {

    static final ColumnMapping MAPPING = ColumnMapping.parse("username=user,password=pass,nt-hash=nt,"
            + "password-last-set=changed,enabled=on,groups=groups,system=site");
    static final Duration BOUND = Duration.ofSeconds(10);

    /** Detection, then a read as every format: the documented exception only, every row accounted for. */
    static void check(byte[] data) {
        long start = System.nanoTime();
        try {
            ExportReader.detect(new ByteArrayInputStream(data), "fuzz.csv");
        } catch (ExportFormatException expected) {
            assertThat(expected.getMessage()).startsWith("fuzz.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (ExportFormat format : ExportFormat.values()) {
            read(data, format);
        }
        leavers(data);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
    }

    static void read(byte[] data, ExportFormat format) {
        // counts entries: the records of a login saved for several sites share its line
        PasswordManagerLayouts.EntryCount delivered = new PasswordManagerLayouts.EntryCount(ExportRecord::clear);
        List<SkippedRow> skipped = new ArrayList<>();
        SkipTally tally = new SkipTally(skipped::add);
        long rows;
        try {
            ByteArrayInputStream in = new ByteArrayInputStream(data);
            rows = format == ExportFormat.SECRETSDUMP
                    ? SecretsdumpReader.read(in, "fuzz.txt", delivered, tally)
                    : CsvExportReader.read(data, "fuzz.csv", format, MAPPING, delivered, tally);
        } catch (ExportFormatException expected) {
            assertThat(expected.getMessage()).matches("(?s)fuzz\\.(csv|txt)(:\\d+)?: .*");
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long skippedRows = skipped.stream().mapToLong(SkippedRow::lines).sum();
        if (PasswordManagerLayouts.covers(format)) {
            // entries without a password (notes, passkeys) passed over
            assertThat(delivered.count() + skippedRows).as(format.id()).isLessThanOrEqualTo(rows);
        } else {
            assertThat(delivered.count() + skippedRows).as(format.id()).isEqualTo(rows);
        }
        for (SkippedRow r : skipped) {
            assertThat(r.reason()).as(format.id()).isNotBlank().hasSizeLessThan(400);
        }
        AuditReport.FileSummary summary = tally.summary("fuzz", format, rows);
        assertThat(summary.skippedRows()).isEqualTo(skippedRows);
        AuditReport report = new AuditReport(new AuditReport.Summary(LocalDate.of(2026, 3, 16), "aup",
                List.of(summary), delivered.count(), null, 0, List.of()), List.of(), skipped);
        if (rows > 0 && delivered.count() == 0 && !PasswordManagerLayouts.covers(format)) {
            assertThat(report.complete()).as("all %d rows of a %s file were skipped", rows, format.id()).isFalse();
        }
        assertThat(report.complete()).isEqualTo(skippedRows == 0 && rows > 0); // no rows: incomplete (review 9)
    }

    /** The same bytes as a leavers list ({@code --leavers}): the documented exception only. */
    static void leavers(byte[] data) {
        try {
            Leavers list = Leavers.read(() -> new ByteArrayInputStream(data), "fuzz.csv", null, null);
            assertThat(list.skipped()).allSatisfy(r -> assertThat(r.reason()).isNotBlank().hasSizeLessThan(400));
        } catch (ExportFormatException expected) {
            assertThat(expected.getMessage()).matches("(?s)fuzz\\.csv(:\\d+)?: .*");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "10s")
    void detectAndEveryReader(byte[] data) {
        check(data);
    }

    static List<byte[]> seeds() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(AuditFixturesTest.fixture("ExportReaderFuzzTestInputs/"
                + "detectAndEveryReader"))) {
            for (Path f : files.sorted().toList()) {
                seeds.add(Files.readAllBytes(f));
            }
        }
        for (String fixture : List.of("ad-uk.csv", "ad-iso.csv", "google.csv", "m365.csv", "secretsdump.txt",
                "bad-secretsdump.txt", "chrome.csv", "firefox.csv", "bitwarden.csv", "generic.csv",
                "real/entra/exportUserRegistrationDetails-download.csv", "real/google/users-download-2sv.csv",
                "real/leavers/leavers.csv", "real/leavers/mis-staff-leavers-uk.csv")) {
            seeds.add(Files.readAllBytes(AuditFixturesTest.fixture(fixture)));
        }
        return seeds;
    }

    /** A bounded deterministic fuzz: a few thousand mutations of the seeds through {@link #check}. */
    @Test
    void mutatedSeedsKeepTheInvariants() throws IOException {
        List<byte[]> seeds = seeds();
        assertThat(seeds).hasSizeGreaterThan(15);
        Random random = new Random(20260316);
        byte[] hostile = {'"', '\0', '\n', '\r', ',', (byte) 0xff, (byte) 0xc3, (byte) 0xef, ':', '#'};
        long start = System.nanoTime();
        for (int i = 0; i < 3000; i++) {
            byte[] d = seeds.get(random.nextInt(seeds.size())).clone();
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                d = mutate(d, random, hostile, i % 500 == 7);
            }
            try {
                check(d);
            } catch (AssertionError | RuntimeException ex) {
                fail("mutation " + i + " of " + d.length + " bytes: " + ex, ex);
            }
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMinutes(3));
    }

    static byte[] mutate(byte[] d, Random random, byte[] hostile, boolean huge) {
        if (huge) { // now and then a run past the record limit, inserted as a token
            byte[] run = new byte[RecordScanner.MAX_RECORD_BYTES + 1 + random.nextInt(100)];
            Arrays.fill(run, random.nextBoolean() ? (byte) '"' : (byte) 'x');
            return MutatedInputs.mutate(d, d, random, 3 << 20, new byte[][] {run});
        }
        byte[][] tokens = new byte[hostile.length][];
        for (int i = 0; i < hostile.length; i++) {
            tokens[i] = new byte[] {hostile[i]};
        }
        return MutatedInputs.mutate(d, d, random, 64 << 10, tokens);
    }
}
