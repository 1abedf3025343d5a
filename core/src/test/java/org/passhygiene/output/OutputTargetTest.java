package org.passhygiene.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passhygiene.output.OutputPathException.Reason;

class OutputTargetTest {

    @TempDir
    Path dir;

    private static void write(OutputTarget target, String text) throws IOException {
        target.write(out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Asserts the refusal: reason and exact message. */
    private static void refused(OutputTarget.Builder builder, Reason reason, String message) {
        assertThatThrownBy(builder::open).isInstanceOfSatisfying(OutputPathException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    static void mkfifo(Path fifo) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(p.waitFor()).isZero();
    }

    @Test
    void newFileIsWrittenWithMode0600AndNoTemporaryFileRemains() throws IOException {
        Path target = dir.resolve("report.txt");
        write(OutputTarget.builder(target).open(), "hello\n");
        assertThat(Files.readString(target)).isEqualTo("hello\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        assertThat(names()).containsExactly("report.txt");
    }

    @Test
    void existingFileIsReplacedOnlyWhenOverwriteIsAllowed() throws IOException {
        Path target = dir.resolve("policy.yaml");
        Files.writeString(target, "mine\n");
        refused(OutputTarget.builder(target), Reason.EXISTS, target + ": already exists");
        assertThat(Files.readString(target)).isEqualTo("mine\n");
        write(OutputTarget.builder(target).overwrite(true).open(), "new\n");
        assertThat(Files.readString(target)).isEqualTo("new\n");
    }

    @Test
    void fileCreatedAfterTheCheckIsNotReplacedWithoutOverwrite() throws IOException {
        Path target = dir.resolve("late.txt");
        OutputTarget t = OutputTarget.builder(target).open();
        Files.writeString(target, "someone else's\n");
        assertThatThrownBy(() -> write(t, "mine\n")).isInstanceOfSatisfying(OutputPathException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.EXISTS));
        assertThat(Files.readString(target)).isEqualTo("someone else's\n");
        assertThat(names()).containsExactly("late.txt");
    }

    @Test
    void permissionsForANewFileAndKeptForAReplacedOne() throws IOException {
        Path fresh = dir.resolve("fresh.phbi");
        write(OutputTarget.builder(fresh).permissions("rw-r--r--").keepExistingPermissions(true).open(), "x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-r--r--");
        Path old = dir.resolve("old.phbi");
        Files.writeString(old, "old");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r-----"));
        write(OutputTarget.builder(old).overwrite(true).permissions("rw-r--r--").keepExistingPermissions(true)
                .open(), "new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(old))).isEqualTo("rw-r-----");
    }

    @Test
    void failedBodyLeavesTheTargetAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("index.phbi");
        Files.writeString(target, "previous");
        OutputTarget t = OutputTarget.builder(target).overwrite(true).open();
        assertThatThrownBy(() -> t.write(out -> {
            out.write(new byte[100_000]);
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThatThrownBy(() -> t.writeFile(temp -> {
            Files.writeString(temp, "half");
            throw new IllegalStateException("cancelled");
        })).hasMessage("cancelled");
        assertThat(Files.readString(target)).isEqualTo("previous");
        assertThat(names()).containsExactly("index.phbi");
    }

    @Test
    void writeFileGivesTheBodyAnEmptyHiddenTemporaryFileBesideTheTarget() throws IOException {
        Path target = dir.resolve("x.phbi");
        String result = OutputTarget.builder(target).open().writeFile(temp -> {
            assertThat(temp.getParent()).isEqualTo(dir.toAbsolutePath());
            assertThat(temp.getFileName().toString()).startsWith(".x.phbi.").endsWith(".tmp");
            assertThat(Files.size(temp)).isZero();
            Files.writeString(temp, "data");
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(Files.readString(target)).isEqualTo("data");
    }

    @Test
    void characterDeviceIsRefusedAndStaysADevice() throws IOException {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull));
        refused(OutputTarget.builder(devNull).overwrite(true), Reason.NOT_A_REGULAR_FILE,
                "/dev/null: is a character device; the output must be a regular file");
        assertThat(Files.readAttributes(devNull, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther())
                .isTrue();
        assertThat(Files.getAttribute(devNull, "unix:mode")).matches(m -> ((Integer) m & 0170000) == 0020000);
    }

    @Test
    void fifoIsRefusedAndStaysAFifo() throws Exception {
        Path fifo = dir.resolve("pipe");
        mkfifo(fifo);
        refused(OutputTarget.builder(fifo).overwrite(true), Reason.NOT_A_REGULAR_FILE,
                fifo + ": is a FIFO (named pipe); the output must be a regular file");
        assertThat(Files.getAttribute(fifo, "unix:mode")).matches(m -> ((Integer) m & 0170000) == 0010000);
        assertThat(names()).containsExactly("pipe");
    }

    @Test
    void directoryIsRefused() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("reports"));
        refused(OutputTarget.builder(sub).overwrite(true), Reason.NOT_A_REGULAR_FILE,
                sub + ": is a directory; the output must be a regular file");
        refused(OutputTarget.builder(Path.of("/")).overwrite(true), Reason.NOT_A_REGULAR_FILE,
                "/: is a directory; the output must be a regular file");
        assertThat(Files.isDirectory(sub)).isTrue();
    }

    @Test
    void everySymbolicLinkIsRefusedAndLeftAsItIs() throws IOException {
        Path file = Files.writeString(dir.resolve("real.txt"), "real");
        Path toFile = Files.createSymbolicLink(dir.resolve("to-file"), file);
        Path toDir = Files.createSymbolicLink(dir.resolve("to-dir"), dir);
        Path toStdout = Files.createSymbolicLink(dir.resolve("to-stdout"), Path.of("/proc/self/fd/1"));
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nowhere"));
        String advice = "; links are neither followed nor replaced: give the path of a regular file";
        refused(OutputTarget.builder(toFile).overwrite(true), Reason.SYMBOLIC_LINK,
                toFile + ": is a symbolic link to a regular file" + advice);
        refused(OutputTarget.builder(toDir).overwrite(true), Reason.SYMBOLIC_LINK,
                toDir + ": is a symbolic link to a directory" + advice);
        assertThatThrownBy(() -> OutputTarget.builder(toStdout).overwrite(true).open())
                .isInstanceOfSatisfying(OutputPathException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.SYMBOLIC_LINK))
                .hasMessageStartingWith(toStdout + ": is a symbolic link to ");
        refused(OutputTarget.builder(dangling).overwrite(true), Reason.SYMBOLIC_LINK,
                dangling + ": is a symbolic link to a missing file" + advice);
        assertThat(Files.readSymbolicLink(toFile)).isEqualTo(file);
        assertThat(Files.readSymbolicLink(toStdout)).isEqualTo(Path.of("/proc/self/fd/1"));
        assertThat(Files.readString(file)).isEqualTo("real");
        assertThat(Files.exists(dir.resolve("nowhere"))).isFalse();
    }

    @Test
    void inputFileIsRefusedHoweverItIsNamed() throws IOException {
        Path input = Files.writeString(dir.resolve("in.csv"), "username,password\n");
        Path hardLink = Files.createLink(dir.resolve("same.csv"), input);
        Path viaLink = Files.createSymbolicLink(dir.resolve("in-link.csv"), input);
        refused(OutputTarget.builder(input).overwrite(true).input(input), Reason.SAME_AS_INPUT,
                input + ": is the same file as the input " + input + "; write the output elsewhere");
        refused(OutputTarget.builder(hardLink).overwrite(true).inputs(List.of(dir.resolve("other"), input)),
                Reason.SAME_AS_INPUT,
                hardLink + ": is the same file as the input " + input + "; write the output elsewhere");
        refused(OutputTarget.builder(dir.resolve("x/../in.csv")).overwrite(true).input(viaLink),
                Reason.NO_DIRECTORY, dir.resolve("x/../in.csv") + ": directory " + dir.resolve("x/..")
                        + " does not exist");
        refused(OutputTarget.builder(input).overwrite(true).input(viaLink), Reason.SAME_AS_INPUT,
                input + ": is the same file as the input " + viaLink + "; write the output elsewhere");
        assertThat(Files.readString(input)).isEqualTo("username,password\n");
    }

    @Test
    void missingOrNonDirectoryParentIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        refused(OutputTarget.builder(dir.resolve("missing/out.txt")).overwrite(true), Reason.NO_DIRECTORY,
                dir.resolve("missing/out.txt") + ": directory " + dir.resolve("missing") + " does not exist");
        refused(OutputTarget.builder(file.resolve("out.txt")).overwrite(true), Reason.NO_DIRECTORY,
                file.resolve("out.txt") + ": " + file + " is not a directory");
        assertThat(names()).containsExactly("file");
    }

    @Test
    void standardOutputOnlyWhereAllowed() throws IOException {
        refused(OutputTarget.builder(Path.of("-")).overwrite(true), Reason.STANDARD_OUTPUT,
                "-: standard output is not accepted for this output; give a file name");
        OutputTarget stdout = OutputTarget.builder(Path.of("-")).standardOutput(true).open();
        assertThat(stdout.isStandardOutput()).isTrue();
        assertThatThrownBy(() -> write(stdout, "x")).isInstanceOf(IllegalStateException.class);
        assertThat(OutputTarget.builder(dir.resolve("-")).open().isStandardOutput()).isFalse();
    }

    @Test
    void pathThatChangesAfterTheCheckIsCheckedAgainBeforeWriting() throws IOException {
        Path target = dir.resolve("out.txt");
        OutputTarget t = OutputTarget.builder(target).overwrite(true).open();
        Files.createDirectory(target);
        assertThatThrownBy(() -> write(t, "x")).isInstanceOfSatisfying(OutputPathException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_REGULAR_FILE));
        assertThat(Files.isDirectory(target)).isTrue();
        assertThat(names()).containsExactly("out.txt");
    }

    @Test
    void controlCharactersInThePathAreEscapedInTheMessage() {
        Path evil = dir.resolve("no\u001b[31mdir\n/x.txt");
        assertThatThrownBy(() -> OutputTarget.builder(evil).open())
                .isInstanceOf(OutputPathException.class)
                .hasMessageContaining("no\\u001b[31mdir\\n/x.txt: directory ")
                .hasMessageNotContaining("\u001b").hasMessageNotContaining("\n");
    }
}
