package org.passhygiene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue #10 item 1's property: for every reader, a file whose rows were all skipped exits non-zero (5, incomplete)
 * and its report says so. Files are generated from a fixed seed: a valid header, then 1-12 rows each broken one of
 * several ways (wrong field count or layout, NUL byte, not UTF-8, over-long line, unclosed quote, a bad value).
 */
class AllRowsSkippedPropertyTest {

    static final int FILES_PER_FORMAT = 6;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ad|SamAccountName,Name,Enabled",
        "google|Email Address [Required],First Name [Required],Last Sign In [READ ONLY]",
        "m365|User principal name,Display name,Block credential",
        "chrome|name,url,username,password",
        "firefox|url,username,password,httpRealm,timePasswordChanged",
        "bitwarden|folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,"
                + "login_totp",
        "generic|Login,Secret,Changed",
        "secretsdump|"})
    void everyRowSkippedMeansExitFive(String format, String header, @TempDir Path dir)
            throws IOException {
        Random random = new Random(format.hashCode());
        for (int n = 0; n < FILES_PER_FORMAT; n++) {
            Path file = dir.resolve(format + n + (format.equals("secretsdump") ? ".ntds" : ".csv"));
            int rows = 1 + random.nextInt(12);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int width = header == null ? 0 : header.split(",").length;
            if (header != null) {
                out.write((header + (random.nextBoolean() ? "\r\n" : "\n")).getBytes(StandardCharsets.UTF_8));
            }
            List<String> kinds = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                int kind = random.nextInt(i == rows - 1 && header != null ? 6 : 5);
                if (kind == 3 && n != 0) {
                    kind = 0; // one file per format has an over-long line: 1 MiB each is slow to write
                }
                kinds.add(String.valueOf(kind));
                out.write(badRow(kind, format, width, random));
            }
            Files.write(file, out.toByteArray());
            List<String> args = new ArrayList<>(List.of("audit", "--as-of", "2026-03-16", "--report", "json",
                    "--format-in", format, file.toString()));
            if (format.equals("generic")) {
                args.addAll(List.of("--columns", "username=Login,password=Secret,password-last-set=Changed"));
            }
            CliRun r = CliRun.run("", args.toArray(String[]::new));
            String what = format + " file " + n + " with row kinds " + kinds;
            assertThat(r.exitCode()).as(what + ": " + r.err()).isEqualTo(ExitCodes.INCOMPLETE);
            assertThat(r.out()).as(what).contains("\"accounts\":0,", "\"complete\":false",
                    "\"rows\":" + rows + ",\"rowsRead\":0,\"rowsSkipped\":" + rows + ",");
            assertThat(r.err()).as(what).isEqualTo("passhygiene: " + file + ": " + rows + " of " + rows
                    + " rows could not be read; the audit is incomplete\n");
        }
    }

    /** One broken row (with its line break, except an unclosed quote, which must be last: it runs to the end). */
    static byte[] badRow(int kind, String format, int width, Random random) {
        String word = "w" + Integer.toString(random.nextInt(1 << 20), 36);
        String line = switch (kind) {
            case 0 -> format.equals("secretsdump") ? "OAKFIELD\\" + word + ":" + random.nextInt(9999)
                    : fields(width + 1 + random.nextInt(3), word);
            case 1 -> word + "\0" + word;
            case 2 -> word + "\u0081"; // as ISO-8859-1: neither UTF-8 nor Windows-1252
            case 3 -> "x".repeat((1 << 20) + 1);
            case 4 -> badValue(format, width, word);
            default -> fields(width - 1, word) + ",\"" + word;
        };
        byte[] bytes = line.getBytes(kind == 2 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        if (kind == 5) {
            return bytes;
        }
        byte[] withBreak = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, withBreak, 0, bytes.length);
        withBreak[bytes.length] = '\n';
        return withBreak;
    }

    static String fields(int count, String word) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(i == 0 ? "" : ",").append(word).append(i);
        }
        return sb.toString();
    }

    /** A row of the right width with one value the format cannot read. */
    static String badValue(String format, int width, String word) {
        return switch (format) {
            case "ad" -> word + ",Name,maybe";
            case "google" -> word + "@x.example,First,3rd of May";
            case "m365" -> word + "@x.example,Name,perhaps";
            case "chrome" -> word + ",,user,pw";
            case "firefox" -> "https://x.example," + word + ",pw,,soon";
            case "bitwarden" -> ",,login,,,,0,," + word + ",pw,";
            case "generic" -> word + ",pw,later";
            default -> "OAKFIELD\\" + word + ":1001:aad3b435b51404eeaad3b435b51404ee:nothex:::";
        };
    }
}
