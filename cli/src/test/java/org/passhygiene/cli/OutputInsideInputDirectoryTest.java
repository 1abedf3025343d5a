package org.passhygiene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 9 item 9: {@code breach import hibp/ --out=hibp/ABCDE.txt} wrote the binary index into the directory it
 * reads, so every later import of it failed. An output inside an input directory is refused (exit 2, naming both),
 * and nothing is written there.
 */
class OutputInsideInputDirectoryTest {

    @TempDir
    Path dir;

    private Path hibp;

    private Path rangeDirectory() throws IOException {
        hibp = Files.createDirectories(dir.resolve("hibp"));
        Files.writeString(hibp.resolve("00000.txt"), "0005AD76BD555C1D6D771DE417A4B87E4B4:10\r\n"
                + "000A8DAE4228F821FB418F59826079BF368:4\r\n", StandardCharsets.US_ASCII);
        Files.writeString(hibp.resolve("00001.txt"), "0015AD76BD555C1D6D771DE417A4B87E4B4:3\r\n",
                StandardCharsets.US_ASCII);
        return hibp;
    }

    private static String listing(Path d) throws IOException {
        try (Stream<Path> files = Files.walk(d)) {
            return files.map(p -> d.relativize(p) + ":" + p.toFile().length()).sorted().toList().toString();
        }
    }

    @Test
    void anIndexInsideTheHibpDirectoryIsRefusedAndNothingIsWritten() throws IOException {
        Path in = rangeDirectory();
        String before = listing(in);
        for (Path out : new Path[] {in.resolve("ABCDE.txt"), in.resolve("00000.txt"),
            dir.resolve("hibp/./y.phbi")}) {
            CliRun r = CliRun.run("", "breach", "import", in + "/", "--out", out.toString());
            assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("passhygiene: " + out + ": is inside the input directory " + in
                    + ", whose files are all read as input; write the output elsewhere\n");
            assertThat(r.out()).isEmpty();
            assertThat(listing(in)).isEqualTo(before);
        }
    }

    @Test
    void anIndexBesideTheDirectoryIsWrittenAndTheImportRepeats() throws IOException {
        Path in = rangeDirectory();
        Path out = dir.resolve("hibp.phbi");
        for (int i = 0; i < 2; i++) {
            CliRun r = CliRun.run("", "breach", "import", in.toString(), "--out", out.toString());
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).startsWith(out + ": 3 SHA-1 hashes from 3 lines");
        }
    }
}
