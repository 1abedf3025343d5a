package org.passhygiene.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BreachBenchDataTest {

    @TempDir
    Path dir;

    @Test
    void scanParsesEveryLineOfFortyHexDigitsAcrossBufferBoundariesAndTheLastLineWithoutNewline() throws IOException {
        SyntheticBreachCorpus.write(dir.resolve("c.txt"), 300_000, false, 5L); // 14 MB: spans several 8 MB reads
        Path text = dir.resolve("c.txt");
        Files.writeString(text, "short:1\n" + "A".repeat(40), StandardOpenOption.APPEND);
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(text, StandardCharsets.US_ASCII)) {
            if (line.length() >= 40) {
                expected.add(line.substring(0, 40));
            }
        }
        List<String> seen = new ArrayList<>();

        long lines = BreachBenchData.scanHashes(text, h -> seen.add(HexFormat.of().formatHex(h).toUpperCase(Locale.ROOT)));

        assertThat(lines).isEqualTo(300_001);
        assertThat(seen).isEqualTo(expected);
    }

    @Test
    void samplesDistinctWholeLinesOfTheFile() throws IOException {
        Path text = dir.resolve("s.txt");
        SyntheticBreachCorpus.write(text, 1_000, false, 9L);
        List<String> lines = Files.readAllLines(text, StandardCharsets.US_ASCII);
        byte[][] out = new byte[4096][];

        int got;
        try (FileChannel ch = FileChannel.open(text, StandardOpenOption.READ)) {
            got = BreachBenchData.sampleHashes(ch, ch.size(), out, 4096);
        }

        assertThat(got).isEqualTo(1_000); // more offsets than lines: every line once
        for (int i = 0; i < got; i++) {
            assertThat(HexFormat.of().formatHex(out[i]).toUpperCase(Locale.ROOT))
                    .isEqualTo(lines.get(i).substring(0, 40));
        }
    }
}
