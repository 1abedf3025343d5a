package org.passhygiene.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #9 case 6: no temporary file of an import outlives it, whether it is stopped or killed. */
class ImportTempFilesTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void sigtermDuringAnImportRemovesItsTemporaryFiles() throws Exception {
        TestCorpus corpus = new TestCorpus(HashKind.SHA1, 20_000, 40);
        Path input = corpus.writeFile(dir.resolve("in.txt"), "\n", true, false);
        Path out = dir.resolve("killed.phbi");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                ImportUntilStopped.class.getName(), input.toString(), out.toString())
                .redirectErrorStream(true).start();
        try {
            List<String> output = new ArrayList<>();
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                BufferedReader reader = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null && !line.equals("merging")) {
                    output.add(line);
                }
                assertThat(line).as("child output: %s", output).isEqualTo("merging");
            });
            String own = ".killed.phbi.import-" + child.pid() + "-";
            assertThat(names()).as("the child's temporary index and sort runs exist before it is stopped")
                    .anyMatch(n -> n.startsWith(own) && n.endsWith(".tmp"))
                    .anyMatch(n -> n.startsWith(own) && n.endsWith(".run"));
            child.destroy(); // SIGTERM
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).isEqualTo(128 + 15);
            assertThat(names()).containsExactly("in.txt");
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void nextImportRemovesLeftoversOfADeadProcessAndNamesTheOthers() throws Exception {
        Process gone = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).start();
        gone.getInputStream().readAllBytes();
        assertThat(gone.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long dead = gone.pid();
        long running = ProcessHandle.current().parent().orElseThrow().pid();
        Path deadTmp = Files.write(dir.resolve(".o.phbi.import-" + dead + "-123.tmp"), new byte[1000]);
        Path deadRun = Files.write(dir.resolve(".other.phbi.import-" + dead + "-456.run"), new byte[24]);
        Path liveTmp = Files.write(dir.resolve(".o.phbi.import-" + running + "-789.tmp"), new byte[5]);
        Path reused = Files.write(dir.resolve(".o.phbi.import-" + running + "-790.run"), new byte[7]);
        Files.setLastModifiedTime(reused, FileTime.from(Instant.parse("2000-01-01T00:00:00Z")));
        Path earlier = Files.write(dir.resolve(".o.phbi.8812345678.tmp"), new byte[3]);
        Path input = Files.writeString(dir.resolve("in.txt"), "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8:3\n");

        List<String> notices = new ArrayList<>();
        BreachIndex.builder(HashKind.SHA1).addHashes(input).notices(notices::add).build(dir.resolve("o.phbi"));

        assertThat(notices).containsExactlyInAnyOrder(
                "removed 2 temporary files (1,024 bytes) left by an interrupted import (process " + dead
                        + " is no longer running): " + deadTmp + ", " + deadRun,
                "removed 1 temporary file (7 bytes) left by an interrupted import (process id " + running
                        + " now belongs to a process started later): " + reused,
                "kept 1 temporary file (5 bytes) of process " + running + ", which is still running and may be"
                        + " importing (delete them once it has stopped): " + liveTmp,
                "kept 1 temporary file (3 bytes) named without a process id, from an import by an earlier version"
                        + " (delete them if no import into this directory is running): " + earlier);
        assertThat(names()).containsExactly(earlier.getFileName().toString(), liveTmp.getFileName().toString(),
                "in.txt", "o.phbi");
    }

    @Test
    void aProcessIdInUseByAProcessStartedLaterIsStale() {
        long running = ProcessHandle.current().parent().orElseThrow().pid();
        assertThat(ImportTempFiles.isStale(running, Instant.now())).isFalse();
        assertThat(ImportTempFiles.isStale(running, Instant.parse("2000-01-01T00:00:00Z"))).isTrue();
        assertThat(ImportTempFiles.isStale(-1, Instant.EPOCH)).isFalse();
    }
}
