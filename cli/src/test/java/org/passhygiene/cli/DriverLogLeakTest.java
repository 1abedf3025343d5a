package org.passhygiene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Review item 1: a store password in the JDBC URL never reaches the terminal, also through the PostgreSQL
 * driver's own {@code java.util.logging} output or a {@code --verbose} trace. Runs the real {@code main} in a child
 * JVM, so the JUL console handler writes to the stderr captured here.
 */
class DriverLogLeakTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} verbose={1}")
    @CsvSource({
        "jdbc:postgresql://admin:SECRET@/db, false",
        "jdbc:postgresql://admin:SECRET@/db, true",
        "'jdbc:postgresql://127.0.0.1:1,admin:SECRET@127.0.0.2:1/db', false",
        "'jdbc:postgresql://127.0.0.1:1,admin:SECRET@127.0.0.2:1/db', true",
        "'jdbc:postgresql://127.0.0.1:1,admin:SEC,RET@127.0.0.2:1/db', true",
    })
    void noDriverMessageCarriesTheStorePassword(String storeUrl, boolean verbose) throws Exception {
        for (List<String> command : List.of(List.of("rotation", "due"), List.of("check", "--stdin", "--user", "j",
                "--system", "ad"))) {
            List<String> args = new ArrayList<>();
            if (verbose) {
                args.add("--verbose");
            }
            args.addAll(command);
            args.add("--pepper=" + dir.resolve("pepper.key"));
            String[] r = runMain(storeUrl, args);
            assertThat(r[0]).as(args.toString()).isEqualTo("4");
            assertThat(r[2]).as(args.toString()).startsWith("passhygiene: credential store: ")
                    .contains("***").doesNotContain("SECRET", "SEC,", ",RET");
            assertThat(r[1]).doesNotContain("SECRET");
        }
    }

    /** Exit code, stdout and stderr of {@code passhygiene ARGS} with {@code PASSHYGIENE_STORE=storeUrl}. */
    private String[] runMain(String storeUrl, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("PASSHYGIENE_STORE", storeUrl);
        pb.environment().put("HOME", dir.toString());
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        Process p = pb.start();
        p.getOutputStream().write("Correct-Horse-Battery-1\n".getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String[] {Integer.toString(p.exitValue()),
            java.nio.file.Files.readString(dir.resolve("out.txt")), java.nio.file.Files.readString(dir.resolve("err.txt"))};
    }
}
