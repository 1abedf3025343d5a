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
    void importFromStandardInputGivesTheSameAnswersAsFromTheFile() throws Exception {
        Path index = dir.resolve("stdin.phbi");
        byte[] text = Files.readAllBytes(corpus);
        CliRun r = CliRun.run(text, "breach", "import", "-", "--out", index.toString(), "--memory", "2k");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith(index + ": 202 SHA-1 hashes from 202 lines (0 duplicates, 0 invalid skipped");
        CliRun check = CliRun.run("Tulip!Harbour!88\nnot-in-it-42\n", "breach", "check", "--index",
                index.toString(), "--stdin");
        assertThat(check.out().lines().toList()).containsExactly("line 1: found (seen 1 to 3 times)",
                "line 2: not found");
        assertThat(CliRun.run("", "breach", "info", index.toString()).out()).contains("source:          <stdin>");
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("stdin.phbi", corpus.getFileName().toString());
    }

    @Test
    void passwordsFromStandardInput() {
        Path index = dir.resolve("pw.phbi");
        CliRun r = CliRun.run("Zebra-Quartz-71\nanother\n", "breach", "import", "--passwords", "-", "--out",
                index.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(CliRun.run("Zebra-Quartz-71\n", "breach", "check", "--index", index.toString(), "--stdin").out())
                .isEqualTo("line 1: found\n");
    }

    @Test
    void badLineOnStandardInputIsNamedStdinAndLine() throws Exception {
        Path index = importIndex();
        byte[] before = Files.readAllBytes(index);
        CliRun r = CliRun.run(sha1("a") + ":1\nnot a hash line\n", "breach", "import", "-", "--out",
                index.toString());
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).startsWith("passhygiene: <stdin>:2: expected 40 hex digits");
        assertThat(Files.readAllBytes(index)).isEqualTo(before);
    }

    @Test
    void standardInputTwiceIsAUsageError() {
        CliRun r = CliRun.run("", "breach", "import", "-", "-", "--out", dir.resolve("x.phbi").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("SOURCE - (standard input) given twice");
        assertThat(dir.resolve("x.phbi")).doesNotExist();
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

    /** Issue #9 case 5: 80 bytes claiming 2^61 entries, with a valid header CRC32C. */
    @Test
    void forgedEntryCountIsRefusedByInfoAndCheck() throws Exception {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(80);
        b.put("PHBREACH".getBytes(StandardCharsets.US_ASCII)).putShort((short) 1).put((byte) 1).put((byte) 0)
                .put((byte) 8).put((byte) 4).put((byte) 8).put((byte) 0).putLong(1L << 61).putLong(0).putInt(0);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(b.array(), 0, 72);
        b.putInt(40, (int) crc.getValue());
        Path forged = Files.write(dir.resolve("forged.phbi"), b.array());
        String problem = "passhygiene: " + forged + ": corrupt header: 2305843009213693952 entries of 8 bytes cannot "
                + "fit in a file (80 bytes found)\n";
        CliRun info = CliRun.run("", "breach", "info", forged.toString());
        assertThat(info.exitCode()).isEqualTo(4);
        assertThat(info.err()).isEqualTo(problem);
        assertThat(info.out()).isEmpty();
        CliRun check = CliRun.run("password\n", "breach", "check", "--index", forged.toString(), "--stdin");
        assertThat(check.exitCode()).isEqualTo(4);
        assertThat(check.err()).isEqualTo(problem);
    }

    /** Issue #9 case 9: a description holding escape sequences and a newline is printed escaped. */
    @Test
    void infoEscapesTheDescription() {
        Path index = dir.resolve("esc.phbi");
        CliRun r = CliRun.run("", "breach", "import", corpus.toString(), "--out", index.toString(), "--description",
                "\u001b]0;owned\u0007\u001b[2Jsource\nverified:        FAKE");
        assertThat(r.exitCode()).as(r.err()).isZero();
        CliRun info = CliRun.run("", "breach", "info", index.toString());
        assertThat(info.exitCode()).isZero();
        assertThat(info.out()).contains("source:          \\u001b]0;owned\\u0007\\u001b[2Jsource\\nverified:        FAKE\n")
                .doesNotContain("\u001b").doesNotContain("\nverified:");
    }

    /** Issue #9 case 11: an import that reads no hash writes nothing and fails. */
    @Test
    void importOfNoHashesFailsAndWritesNothing() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path index = dir.resolve("none.phbi");
        CliRun r = CliRun.run("", "breach", "import", empty.toString(), "--out", index.toString());
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).isEqualTo("passhygiene: " + empty + ": no hashes read (0 lines: 0 blank or count-0, 0 "
                + "invalid skipped); nothing written\n");
        assertThat(r.out()).isEmpty();
        assertThat(index).doesNotExist();
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("empty.txt", corpus.getFileName().toString());
    }

    /** Issue #9 case 6: temporary files a killed import left are removed by the next one, with a note. */
    @Test
    void importRemovesTheTemporaryFilesOfAKilledImport() throws Exception {
        Process gone = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).start();
        gone.getInputStream().readAllBytes();
        gone.waitFor();
        Path left = Files.write(dir.resolve(".hibp.phbi.import-" + gone.pid() + "-42.tmp"), new byte[100]);
        Path index = dir.resolve("hibp.phbi");
        CliRun r = CliRun.run("", "breach", "import", corpus.toString(), "--out", index.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEqualTo("passhygiene: note: removed 1 temporary file (100 bytes) left by an interrupted "
                + "import (process " + gone.pid() + " is no longer running): " + left + "\n");
        assertThat(left).doesNotExist();
    }

    /** Issue #10 item 8: the downloader's single file (a BOM before every range block) and a range file by prefix. */
    @Test
    void hibpDownloaderSingleFileAndRangeFileNamedByPrefix() throws Exception {
        String pw1 = sha1("Password1"); // 70CCD...
        String pw2 = sha1("Orbital#Fig#22");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        java.io.ByteArrayOutputStream single = new java.io.ByteArrayOutputStream();
        for (String h : new TreeMap<>(Map.of(pw1, 1, pw2, 2)).keySet()) {
            single.write(bom);
            single.write((h + ":246092\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        Path file = Files.write(dir.resolve("pwnedpasswords.txt"), single.toByteArray());
        Path index = dir.resolve("single.phbi");
        CliRun r = CliRun.run("", "breach", "import", file.toString(), "--out", index.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith(index + ": 2 SHA-1 hashes from 2 lines (0 duplicates, 0 invalid skipped");
        Path range = Files.writeString(dir.resolve(pw1.substring(0, 5) + ".txt"), pw1.substring(5) + ":246092\r\n"
                + "0".repeat(35) + ":0", StandardCharsets.US_ASCII);
        Path rangeIndex = dir.resolve("range.phbi");
        CliRun rr = CliRun.run("", "breach", "import", range.toString(), "--out", rangeIndex.toString());
        assertThat(rr.exitCode()).as(rr.err()).isZero();
        assertThat(rr.out()).contains(": 1 SHA-1 hashes from 2 lines (0 duplicates, 0 invalid skipped, 1 ignored)");
        for (Path i : List.of(index, rangeIndex)) {
            CliRun c = CliRun.run("Password1\npassword1\n", "breach", "check", "--index", i.toString(), "--stdin");
            assertThat(c.out().lines().toList()).as(i.toString()).containsExactly(
                    "line 1: found (seen 65,536 to 262,143 times)", "line 2: not found");
        }
    }
}
