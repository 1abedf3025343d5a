package org.passhygiene.audit;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * NTLM dumps: impacket {@code secretsdump.py} output as captured from the terminal, pwdump files, and DSInternals'
 * {@code PWDump}, {@code PWDumpHistory} and {@code HashcatNT} views. Which lines are rows is decided by
 * {@link DumpLines}; this class reads them:
 * <ul>
 * <li>{@code [DOMAIN\\]user:RID:LM:NT:::} with optional {@code (pwdLastSet=YYYY-MM-DD HH:MM[:SS]|never|N/A)},
 * {@code (status=Enabled|Disabled|N/A)} (NTDS) or {@code (Enabled=True|False) (Locked=…) (Admin=…)} (SAM);
 * {@code N/A} is "unknown", never a bad row; DSInternals' {@code NO LM-HASH***…} means no LM hash and
 * {@code NO NT-HASH***…} no NT hash stored, which DSInternals' {@code Test-PasswordQuality} counts as an empty
 * password, and so do we; {@code user_historyN} lines are history.</li>
 * <li>HashcatNT {@code user:NT}, and {@code user:} (no NT hash stored: an empty password, as above).</li>
 * <li>{@code DOMAIN\\user:CLEARTEXT:password}: the account's password stored with reversible encryption, read as a
 * second record of the same account carrying the plaintext and {@link AccountFlag#REVERSIBLE_ENCRYPTION}.</li>
 * <li>LSA secrets {@code _SC_<service>} ({@code account:password} of a service) and {@code DefaultPassword}
 * (auto-logon): plaintext records of the account, system {@code service <name>} or {@code autologon}.</li>
 * </ul>
 * Local SAM accounts are named {@code HOST\\user} ({@code HOST} from the same dump's {@code $MACHINE.ACC} secret, else
 * {@code local\\user}), domain accounts by their bare {@code sAMAccountName} (impacket prefixes the UPN suffix or
 * nothing, so the prefix is dropped): the SAM's {@code Guest} and the domain's are two accounts.
 */
final class SecretsdumpReader {

    /** The LM hash stored when there is none. */
    static final byte[] EMPTY_LM = Fields.hexBytes("aad3b435b51404eeaad3b435b51404ee");
    /** The NT hash of the empty password. */
    static final byte[] EMPTY_NT = Fields.hexBytes("31d6cfe0d16ae931b73c59d7e0c089c0");
    static final String NO_LM = "NO LM-HASH**********************";
    static final String NO_NT = "NO NT-HASH**********************";
    /** SAM accounts held until the host's name is known; a SAM has a few dozen, so more is flushed as local. */
    static final int MAX_PENDING = 10_000;
    static final String LAYOUT = "expected DOMAIN\\user:RID:LMhash:NThash::: (or user:NThash)";
    /** impacket/pwdump {@code user:RID:LM:NT:::}, with DSInternals' {@code NO LM-HASH***…} placeholders. */
    static final Pattern NTLM_LINE = Pattern.compile("^[^:]+:\\d+:([0-9A-Fa-f]{32}|NO LM-HASH\\*{22}):"
            + "([0-9A-Fa-f]{32}|NO NT-HASH\\*{22}):.*");
    /** DSInternals' HashcatNT view {@code user:NT}. */
    static final Pattern HASHCAT_LINE = Pattern.compile("^[^:,;\\t\"]+:[0-9A-Fa-f]{32}$");

    private SecretsdumpReader() {
    }

    /**
     * The NTLM dumps' entry in the format registry: detected from impacket's banner, a pwdump line or a HashcatNT
     * line (the preamble of {@code [*]} log lines passed over), read by this class.
     */
    static ExportLayout layout(int precedence) {
        return new ExportLayout() {
            @Override
            public int precedence() {
                return precedence;
            }

            @Override
            public boolean detects(String line, Set<String> header) {
                return line.startsWith("Impacket v") || NTLM_LINE.matcher(line).matches()
                        || HASHCAT_LINE.matcher(line).matches();
            }

            @Override
            public long read(Source source, String name, ExportFormat format, ColumnMapping mapping,
                             FileDates dates, Consumer<ExportRecord> sink, Consumer<SkippedRow> skipped,
                             Consumer<String> notes) throws IOException {
                return SecretsdumpReader.read(source.open(), name, sink, skipped, notes);
            }
        };
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
        DumpLines lines = new DumpLines(name.toLowerCase(Locale.ROOT).endsWith(".sam"));
        List<Function<String, ExportRecord>> pending = new ArrayList<>();
        try (RecordScanner r = new RecordScanner(in, name, false, false)) {
            RecordScanner.Chunk chunk;
            while ((chunk = r.next()) != null) {
                if (!chunk.ok()) {
                    rows += chunk.lines();
                    skipped.accept(chunk.skipped(name));
                    continue;
                }
                String l = ExportReader.stripBom(chunk.text()).trim();
                DumpLines.Kind kind = lines.classify(l);
                if (!pending.isEmpty() && (lines.host() != null || lines.inDomainSection()
                        || pending.size() >= MAX_PENDING)) {
                    flush(pending, lines.host(), sink);
                }
                if (kind == DumpLines.Kind.IGNORE) {
                    continue;
                }
                rows++;
                try {
                    switch (kind) {
                        case SAM_ACCOUNT -> pending.add(account(name, chunk.line(), l, true));
                        case DOMAIN_ACCOUNT -> sink.accept(account(name, chunk.line(), l, false).apply(null));
                        case CLEARTEXT -> sink.accept(cleartext(name, chunk.line(), l));
                        default -> sink.accept(lsaSecret(name, chunk.line(), l, lines.secret()));
                    }
                } catch (Fields.BadField e) {
                    skipped.accept(new SkippedRow(name, chunk.line(), 1, e.cause(), e.getMessage()));
                }
            }
            flush(pending, lines.host(), sink);
            String note = r.encodingNote();
            if (note != null) {
                notes.accept(note);
            }
        } finally {
            for (Function<String, ExportRecord> p : pending) {
                p.apply(null).clear(); // only when the sink failed: the hashes still held
            }
        }
        return rows;
    }

    private static void flush(List<Function<String, ExportRecord>> pending, String host,
                              Consumer<ExportRecord> sink) {
        while (!pending.isEmpty()) {
            sink.accept(pending.remove(0).apply(host == null ? "local" : host));
        }
    }

    /** A function of the SAM qualifier (the host, null for a domain account) so SAM names can wait for the host. */
    static Function<String, ExportRecord> account(String file, long lineNo, String line, boolean sam)
            throws Fields.BadField {
        int end = line.indexOf(":::");
        String main = end < 0 ? line : line.substring(0, end);
        String rest = end < 0 ? "" : line.substring(end + 3);
        String[] parts = main.split(":", -1);
        boolean hashcat = end < 0 && parts.length == 2;
        if (!hashcat && (parts.length != 4 || end < 0)) {
            throw new Fields.BadField(SkipCause.LAYOUT, LAYOUT + " (" + parts.length + " fields before ':::'"
                    + (end < 0 ? ", no ':::'" : "") + ")");
        }
        String user = userName(parts[0]);
        if (!hashcat && !Fields.isDigits(parts[1])) {
            throw new Fields.BadField("RID is not a number");
        }
        String ntText = hashcat ? parts[1] : parts[3];
        byte[] nt = ntText.isEmpty() && hashcat || ntText.equals(NO_NT) ? EMPTY_NT.clone()
                : Fields.hash16("NT hash", ntText);
        byte[] lm = null;
        if (!hashcat && !parts[2].equals(NO_LM)) {
            try {
                lm = Fields.hash16("LM hash", parts[2]);
            } catch (Fields.BadField e) {
                Arrays.fill(nt, (byte) 0);
                throw e;
            }
            if (Arrays.equals(lm, EMPTY_LM)) {
                lm = null;
            }
        }
        int history = 0;
        int h = user.lastIndexOf("_history");
        if (h > 0 && Fields.isDigits(user.substring(h + 8))) {
            history = Integer.parseInt(user.substring(h + 8)) + 1;
            user = user.substring(0, h);
        }
        LocalDate lastSet;
        Boolean enabled;
        try {
            lastSet = lastSet(suffix(rest, "pwdLastSet"));
            enabled = enabled(suffix(rest, "status"), suffix(rest, "Enabled"));
        } catch (Fields.BadField e) {
            Arrays.fill(nt, (byte) 0);
            if (lm != null) {
                Arrays.fill(lm, (byte) 0);
            }
            throw e;
        }
        String u = user;
        byte[] ntHash = nt;
        byte[] lmHash = lm;
        int hist = history;
        return host -> {
            String label = host == null ? u : host + "\\" + u;
            return ExportRecord.builder(file, lineNo, label).person(label.toLowerCase(Locale.ROOT))
                    .system(sam ? "sam" : "ad").enabled(enabled).passwordLastSet(lastSet).history(hist)
                    .ntHash(ntHash).lmHash(lmHash).build();
        };
    }

    /** {@code DOMAIN\\user:CLEARTEXT:password}: the account, its plaintext and the reversible-encryption flag. */
    static ExportRecord cleartext(String file, long lineNo, String line) throws Fields.BadField {
        int c = line.indexOf(":CLEARTEXT:");
        if (c < 0) {
            throw new Fields.BadField(SkipCause.LAYOUT, "expected DOMAIN\\user:CLEARTEXT:password");
        }
        String user = userName(line.substring(0, c));
        return ExportRecord.builder(file, lineNo, user).person(user.toLowerCase(Locale.ROOT)).system("ad")
                .flag(AccountFlag.REVERSIBLE_ENCRYPTION, true)
                .password(line.substring(c + ":CLEARTEXT:".length()).toCharArray()).build();
    }

    /** {@code account:password} after {@code [*] _SC_<service>} or {@code [*] DefaultPassword}. */
    static ExportRecord lsaSecret(String file, long lineNo, String line, String secret) throws Fields.BadField {
        int c = line.indexOf(':');
        if (c <= 0) {
            throw new Fields.BadField(SkipCause.LAYOUT, "LSA secret " + secret + ": expected account:password");
        }
        String account = line.substring(0, c);
        String system = secret.startsWith("_SC_") ? "service " + secret.substring(4) : "autologon";
        int slash = account.indexOf('\\');
        return ExportRecord.builder(file, lineNo, account)
                .person(account.substring(slash + 1).toLowerCase(Locale.ROOT)).system(system)
                .password(line.substring(c + 1).toCharArray()).build();
    }

    private static String userName(String account) throws Fields.BadField {
        int slash = account.indexOf('\\');
        String user = slash >= 0 ? account.substring(slash + 1) : account;
        if (user.isEmpty()) {
            throw new Fields.BadField("username is empty");
        }
        return user;
    }

    /** The value of {@code (key=value)} in the text after {@code :::}, or null. */
    private static String suffix(String rest, String key) throws Fields.BadField {
        int p = rest.indexOf("(" + key + "=");
        if (p < 0) {
            return null;
        }
        int close = rest.indexOf(')', p);
        if (close < 0) {
            throw new Fields.BadField(key + ": no closing ')'");
        }
        return rest.substring(p + key.length() + 2, close).trim();
    }

    /** impacket writes {@code YYYY-MM-DD HH:MM} (NTDS) or {@code YYYY-MM-DD HH:MM:SS} (SAM), {@code never}, N/A. */
    private static LocalDate lastSet(String v) throws Fields.BadField {
        if (v == null || v.equalsIgnoreCase("never") || v.equalsIgnoreCase("N/A")) {
            return null;
        }
        if (v.matches("\\d{4}-\\d\\d-\\d\\d( \\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?([+-]\\d\\d:\\d\\d)?)?")) {
            try {
                return LocalDate.parse(v.substring(0, 10));
            } catch (DateTimeParseException e) {
                // out of range: below
            }
        }
        throw new Fields.BadField(SkipCause.BAD_DATE, "pwdLastSet: not a date (expected YYYY-MM-DD HH:MM[:SS], "
                + "never or N/A)");
    }

    private static Boolean enabled(String status, String enabled) throws Fields.BadField {
        return status != null ? yesNo(status, "enabled", "disabled", "status is not Enabled, Disabled or N/A")
                : enabled != null ? yesNo(enabled, "true", "false", "Enabled is not True, False or N/A") : null;
    }

    /** {@code yes}: true, {@code no}: false, {@code N/A}: null (any case); else the bad field {@code problem}. */
    private static Boolean yesNo(String value, String yes, String no, String problem) throws Fields.BadField {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.equals(yes) || v.equals(no)) {
            return v.equals(yes);
        }
        if (v.equals("n/a")) {
            return null;
        }
        throw new Fields.BadField(problem);
    }
}
