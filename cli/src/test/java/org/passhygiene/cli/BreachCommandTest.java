package org.passhygiene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passhygiene.crypto.PasswordHashes;

class BreachCommandTest {

    @TempDir
    Path dir;

    private Path corpus;

    /** A tiny HIBP single-file download: SHA-1 HASH:COUNT, sorted, CRLF, with two known passwords. */
    @BeforeEach
    void writeCorpus() throws Exception {
        Map<String, Integer> lines = new TreeMap<>();
        lines.put(sha1("Tulip!Harbour!88"), 3);
        lines.put(sha1("Orbital#Fig#22"), 5000);
        for (int i = 0; i < 200; i++) {
            lines.put(sha1("filler-" + i), i + 1);
        }
        List<String> out = new ArrayList<>();
        lines.forEach((h, c) -> out.add(h + ":" + c));
        corpus = dir.resolve("pwned-passwords-sha1-ordered-by-hash.txt");
        Files.writeString(corpus, String.join("\r\n", out) + "\r\n");
    }

    private static String sha1(String password) {
        return HexFormat.of().withUpperCase().formatHex(PasswordHashes.sha1(password.toCharArray()));
    }

    private Path importIndex() {
        Path index = dir.resolve("hibp.phbi");
        CliRun r = CliRun.run("", "breach", "import", corpus.toString(), "--out", index.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith(index + ": 202 SHA-1 hashes from 202 lines (0 duplicates, 0 invalid skipped");
        return index;
    }

    @Test
    void importThenCheckFindsExactlyTheCorpus() {
        Path index = importIndex();
        CliRun r = CliRun.run("Tulip!Harbour!88\nOrbital#Fig#22\nnot-in-it-42\n", "breach", "check", "--index",
                index.toString(), "--stdin");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out().lines().toList()).containsExactly(
                "line 1: found (seen 1 to 3 times)",
                "line 2: found (seen 4,096 to 16,383 times)",
                "line 3: not found");
        assertThat(CliRun.run("not-in-it-42\n", "breach", "check", "--index", index.toString(), "--stdin")
                .exitCode()).isZero();
    }

    @Test
    void infoDescribesTheIndex() {
        Path index = importIndex();
        CliRun r = CliRun.run("", "breach", "info", index.toString(), "--verify");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("hash kind:       SHA-1", "entries:         202",
                "source:          pwned-passwords-sha1-ordered-by-hash.txt", "prevalence:      yes",
                "verified:        data checksum and order OK");
    }

    @Test
    void checkCommandUsesTheIndex() {
        Path index = importIndex();
        CliRun r = CliRun.run("Orbital#Fig#22\nOrbital#Fig#23\n", "check", "--stdin", "--preset", "ncsc",
                "--breach-index", index.toString(), "--format", "json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out().lines().toList()).containsExactly(
                "{\"line\":1,\"accepted\":false,\"violations\":[{\"code\":\"BREACHED\",\"message\":\"has appeared in "
                        + "a data breach (seen 4,096 to 16,383 times)\",\"clause\":\"NCSC: not a password that has "
                        + "appeared in a breach\"}]}",
                "{\"line\":2,\"accepted\":true,\"violations\":[]}");
    }

    @Test
    void ntlmPasswordListImport() throws Exception {
        Path list = dir.resolve("leaked.txt");
        Files.writeString(list, "Zebra-Quartz-71\nOrbital#Fig#22\n\n");
        Path index = dir.resolve("nt.phbi");
        CliRun r = CliRun.run("", "breach", "import", "--passwords", "--kind", "ntlm", list.toString(), "--out",
                index.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(CliRun.run("", "breach", "info", index.toString()).out()).contains("hash kind:       NTLM");
        assertThat(CliRun.run("Zebra-Quartz-71\n", "breach", "check", "--index", index.toString(), "--stdin").out())
                .isEqualTo("line 1: found\n");
    }

    @Test
    void badLineStopsTheImportNamingFileAndLineAndKeepsTheOldIndex() throws Exception {
        Path index = importIndex();
        byte[] before = Files.readAllBytes(index);
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, sha1("a") + ":1\nnot a hash line\n");
        CliRun r = CliRun.run("", "breach", "import", bad.toString(), "--out", index.toString());
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).startsWith("passhygiene: " + bad + ":2: ");
        assertThat(Files.readAllBytes(index)).isEqualTo(before);
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("hibp.phbi", "bad.txt",
                corpus.getFileName().toString());
        CliRun skipped = CliRun.run("", "breach", "import", bad.toString(), "--out", index.toString(),
                "--skip-invalid");
        assertThat(skipped.exitCode()).isZero();
        assertThat(skipped.out()).contains("1 invalid skipped");
    }

    @Test
    void truncatedIndexIsDetectedAtOpen() throws Exception {
        Path index = importIndex();
        byte[] bytes = Files.readAllBytes(index);
        Files.write(index, java.util.Arrays.copyOf(bytes, bytes.length - 7));
        CliRun r = CliRun.run("x\n", "breach", "check", "--index", index.toString(), "--stdin");
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).startsWith("passhygiene: " + index + ": truncated");
        CliRun c = CliRun.run("x\n", "check", "--stdin", "--breach-index", index.toString());
        assertThat(c.exitCode()).isEqualTo(4);
        assertThat(c.err()).startsWith("passhygiene: " + index + ": truncated");
    }

    @Test
    void wrongKindIsAUsageError() {
        CliRun r = CliRun.run("", "breach", "import", corpus.toString(), "--out", "x.phbi", "--kind", "md5");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(new String(r.err().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .startsWith("passhygiene: invalid value for option --kind: must be sha1 or ntlm\n")
                .doesNotContain("md5");
    }
}
