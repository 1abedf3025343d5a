package org.passhygiene.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every reader takes UTF-8 with or without a mark, UTF-16 (PowerShell's Unicode and {@code >}) and sniffed delimiters. */
class ExportEncodingTest {

    /** "user line" per record and "line CAUSE" per skipped row. */
    static List<String> read(Path file) throws IOException {
        return read(file, ExportReader.detect(file));
    }

    static List<String> read(Path file, ExportFormat format) throws IOException {
        List<String> out = new ArrayList<>();
        ExportReader.read(file, format, null, r -> {
            out.add(r.username() + (r.displayName() == null ? "" : " (" + r.displayName() + ")") + " " + r.line());
            r.clear();
        }, s -> out.add(s.line() + " " + s.cause()));
        return out;
    }

    static Path real(String name) {
        return AuditFixturesTest.fixture("real/" + name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "powershell/ps51-unicode-en-GB.csv|ad",
        "powershell/ps51-semicolon-de-DE.csv|ad",
        "powershell/ps51-default-en-GB.csv|ad",
        "powershell/ps7-default-en-GB.csv|ad",
        "powershell/excel-resave-en-GB.csv|ad",
        "powershell/ps51-getaduser-properties-all-en-GB.csv|ad"})
    void detectsUtf16AndSemicolonExports(String file, String format) throws IOException {
        assertThat(ExportReader.detect(real(file)).id()).isEqualTo(format);
    }

    @Test
    void utf16PowerShellExportReadsLikeItsAsciiTwin() throws IOException {
        List<String> unicode = read(real("powershell/ps51-unicode-en-GB.csv"));
        List<String> ascii = read(real("powershell/ps51-default-en-GB.csv"));
        assertThat(unicode).hasSize(14).contains("sevans (Si\u00e2n Evans) 13");
        // the 5.1 default is ASCII ('?' for 'â') with a #TYPE line first: one line later
        assertThat(ascii).hasSize(14).contains("sevans (Si?n Evans) 14");
        assertThat(unicode).noneMatch(s -> s.contains("BINARY") || s.contains("NOT_UTF8"));
    }

    @Test
    void utf16RedirectedDumpReadsLikeItsUtf8Twin() throws IOException {
        // the banner lines are the NTLM reader's business; both files must read alike, line for line
        List<String> utf16 = read(real("impacket/dc-justdc-drsuapi-ps51-redirect.txt"), ExportFormat.SECRETSDUMP);
        assertThat(utf16).isEqualTo(read(real("impacket/dc-justdc-drsuapi.txt"), ExportFormat.SECRETSDUMP))
                .anyMatch(s -> s.startsWith("jsmith "));
    }

    @Test
    void semicolonAndTabDelimitersAreSniffedFromTheHeader(@TempDir Path dir) throws IOException {
        Path semicolon = dir.resolve("ad-semicolon.csv");
        Files.writeString(semicolon, "\"SamAccountName\";\"Name\";\"MemberOf\"\r\n\"jsmith\";\"Smith, Jane\";"
                + "\"CN=Staff,DC=x;CN=SLT,DC=x\"\r\n\"bjones\";\"Bob\nJones\";\"\"\r\n");
        assertThat(read(semicolon)).containsExactly("jsmith (Smith, Jane) 2", "bjones (Bob\nJones) 3");
        Path tab = dir.resolve("m365.tsv");
        Files.writeString(tab, "User principal name\tDisplay name\tBlock credential\na@x.org\tA, B\tFalse\n");
        assertThat(read(tab)).containsExactly("a@x.org (A, B) 2");
    }

    @Test
    void utf16BigEndianGoogleExportWithSemicolons(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("google.csv");
        Files.write(f, ("\uFEFFFirst Name [Required];Last Name [Required];Email Address [Required];"
                + "Password [Required]\r\nSi\u00e2n;Evans;sevans@x.org;****\r\n").getBytes(StandardCharsets.UTF_16BE));
        assertThat(read(f)).containsExactly("sevans@x.org (Si\u00e2n Evans) 2");
    }

    @Test
    void windows1252ExcelSaveIsReadWithANote(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("ad-excel.csv");
        Files.write(f, "SamAccountName,Name\r\nsevans,Si\u00e2n Evans\r\njsmith,Jane Smith\r\n"
                .getBytes(Charset.forName("windows-1252")));
        List<String> notes = new ArrayList<>();
        List<String> users = new ArrayList<>();
        ExportReader.read(f, ExportFormat.AD, null, r -> users.add(r.displayName()), s -> users.add("skipped"),
                notes::add);
        assertThat(users).containsExactly("Si\u00e2n Evans", "Jane Smith");
        assertThat(notes).containsExactly(f + ": 1 row(s) were not UTF-8 and were read as Windows-1252 (first: "
                + "line 2), as Excel's \"CSV (Comma delimited)\" writes them; names and passwords with accented "
                + "letters are right only if the file really is Windows-1252: save it as \"CSV UTF-8\" to be sure");
        AuditReport report = Auditor.builder().asOf(AuditFixturesTest.AS_OF).build().audit(List.of(f), null, null);
        assertThat(report.summary().notes()).containsExactlyElementsOf(notes);
        assertThat(report.complete()).isTrue();
    }
}
