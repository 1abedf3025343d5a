package org.passhygiene.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * secretsdump / pwdump lines: {@code DOMAIN\\user:RID:LMhash:NThash:::} with optional {@code (pwdLastSet=…)} and
 * {@code (status=Enabled|Disabled)} suffixes and {@code user_historyN} lines. impacket's {@code [*]} log lines,
 * Kerberos key lines and blank lines are not accounts and are passed over.
 */
final class SecretsdumpReader {

    /** The LM hash stored when there is none. */
    static final byte[] EMPTY_LM = Fields.hexBytes("aad3b435b51404eeaad3b435b51404ee");

    private SecretsdumpReader() {
    }

    static long read(Path file, Consumer<ExportRecord> sink, Consumer<SkippedRow> skipped, Consumer<String> notes)
            throws IOException {
        return read(Files.newInputStream(file), file.toString(), sink, skipped, notes);
    }

    /** Reads {@code in} (closed when done) as the file called {@code name}; no notes. */
    static long read(InputStream in, String name, Consumer<ExportRecord> sink, Consumer<SkippedRow> skipped)
            throws IOException {
        return read(in, name, sink, skipped, note -> { });
    }

    /**
     * Reads {@code in} (closed when done) as the file called {@code name} (UTF-8 or UTF-16, see
     * {@link RecordScanner}); what the report should know about the file goes to {@code notes}.
     */
    static long read(InputStream in, String name, Consumer<ExportRecord> sink, Consumer<SkippedRow> skipped,
                     Consumer<String> notes) throws IOException {
        long rows = 0;
        try (RecordScanner r = new RecordScanner(in, name, false, false)) {
            RecordScanner.Chunk chunk;
            while ((chunk = r.next()) != null) {
                if (!chunk.ok()) {
                    rows += chunk.lines();
                    skipped.accept(chunk.skipped(name));
                    continue;
                }
                String l = chunk.text().trim();
                if (l.isEmpty() || l.startsWith("[") || isKerberosOrSecretLine(l)) {
                    continue;
                }
                rows++;
                try {
                    sink.accept(parse(name, chunk.line(), l));
                } catch (Fields.BadField e) {
                    skipped.accept(new SkippedRow(name, chunk.line(), 1, e.cause(), e.getMessage()));
                }
            }
            String note = r.encodingNote();
            if (note != null) {
                notes.accept(note);
            }
        }
        return rows;
    }

    private static boolean isKerberosOrSecretLine(String l) {
        int c = l.indexOf(':');
        if (c < 0) {
            return false;
        }
        String second = l.substring(c + 1).toLowerCase(Locale.ROOT);
        return second.startsWith("aes") || second.startsWith("des-") || second.startsWith("rc4")
                || second.startsWith("plain_password_hex") || second.startsWith("dpapi_");
    }

    static ExportRecord parse(String file, long lineNo, String line) throws Fields.BadField {
        int end = line.indexOf(":::");
        String main = end < 0 ? line : line.substring(0, end);
        String rest = end < 0 ? "" : line.substring(end + 3);
        String[] parts = main.split(":", -1);
        if (parts.length != 4 || end < 0) {
            throw new Fields.BadField(SkipCause.LAYOUT, "expected DOMAIN\\user:RID:LMhash:NThash::: (" + parts.length
                    + " fields before ':::'" + (end < 0 ? ", no ':::'" : "") + ")");
        }
        String account = parts[0];
        int slash = account.indexOf('\\');
        String user = slash >= 0 ? account.substring(slash + 1) : account;
        if (user.isEmpty()) {
            throw new Fields.BadField("username is empty");
        }
        if (!Fields.isDigits(parts[1])) {
            throw new Fields.BadField("RID is not a number");
        }
        byte[] lm = Fields.hash16("LM hash", parts[2]);
        byte[] nt;
        try {
            nt = Fields.hash16("NT hash", parts[3]);
        } catch (Fields.BadField e) {
            Arrays.fill(lm, (byte) 0);
            throw e;
        }
        if (Arrays.equals(lm, EMPTY_LM)) {
            lm = null;
        }
        int history = 0;
        int h = user.lastIndexOf("_history");
        if (h > 0 && Fields.isDigits(user.substring(h + 8))) {
            history = Integer.parseInt(user.substring(h + 8)) + 1;
            user = user.substring(0, h);
        }
        LocalDate lastSet = null;
        Boolean enabled = null;
        int p = rest.indexOf("(pwdLastSet=");
        if (p >= 0) {
            int close = rest.indexOf(')', p);
            if (close < 0) {
                throw new Fields.BadField("pwdLastSet: no closing ')'");
            }
            lastSet = Fields.date("pwdLastSet", rest.substring(p + 12, close));
        }
        int s = rest.indexOf("(status=");
        if (s >= 0) {
            int close = rest.indexOf(')', s);
            String status = close < 0 ? "" : rest.substring(s + 8, close);
            if (status.equalsIgnoreCase("Enabled")) {
                enabled = Boolean.TRUE;
            } else if (status.equalsIgnoreCase("Disabled")) {
                enabled = Boolean.FALSE;
            } else {
                throw new Fields.BadField("status is not Enabled or Disabled");
            }
        }
        return ExportRecord.builder(file, lineNo, user).person(user.toLowerCase(Locale.ROOT)).system("ad")
                .enabled(enabled).passwordLastSet(lastSet).history(history).ntHash(nt).lmHash(lm).build();
    }
}
