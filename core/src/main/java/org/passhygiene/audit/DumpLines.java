package org.passhygiene.audit;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Section-aware classification of the lines of an NTLM dump as impacket's {@code secretsdump.py} prints them to its
 * terminal (banner, {@code [*]}/{@code [+]}/{@code [!]}/{@code [-]} log lines, with or without {@code -ts}
 * timestamps) and as DSInternals' export views write them. The sections follow {@code secretsdump.py}'s headers:
 * local SAM, cached domain logons, LSA secrets, domain credentials (NTDS), Kerberos keys, cleartext passwords. A file
 * with no header is read as domain credentials (a bare pwdump or HashcatNT file).
 *
 * <p>Only account lines, {@code CLEARTEXT} lines and the two LSA secrets that hold a user's plaintext password
 * ({@code _SC_<service>}, {@code DefaultPassword}) are rows; everything else impacket prints (cached {@code $DCC2$}
 * hashes, Kerberos keys, {@code $MACHINE.ACC}, {@code DPAPI_SYSTEM}, {@code NL$KM} and its hexdump) is passed over,
 * neither read nor skipped.
 */
final class DumpLines {

    /** What one line is. */
    enum Kind {
        /** Not a row: passed over without counting. */
        IGNORE,
        /** An account line of the local SAM: {@code user:RID:LM:NT:::}. */
        SAM_ACCOUNT,
        /** An account line of the domain (NTDS), pwdump or HashcatNT. */
        DOMAIN_ACCOUNT,
        /** {@code DOMAIN\\user:CLEARTEXT:password}: a password stored with reversible encryption. */
        CLEARTEXT,
        /** {@code account:plaintext} of an LSA secret; {@link #secret()} names the secret. */
        LSA_SECRET
    }

    private enum Section { NONE, SAM, CACHED, LSA, NTDS, KERBEROS, CLEARTEXT }

    private static final Pattern TIMESTAMP = Pattern.compile("^\\[\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d] ");
    /** impacket's {@code hexdump()}: offset, three spaces, hex bytes. */
    private static final Pattern HEXDUMP = Pattern.compile("^[0-9A-Fa-f]{4} {3}[0-9A-Fa-f]{2}( {1,2}[0-9A-Fa-f]{2})*"
            + "( .*)?$");

    private Section section = Section.NONE;
    /** Name of the LSA secret whose value comes next ({@code _SC_x}, {@code DefaultPassword}, …), else null. */
    private String secret;
    /** Whether the current LSA secret's value line was read already (a value is one line). */
    private boolean secretRead;
    /** The dumped host, from {@code $MACHINE.ACC}'s {@code DOMAIN\\HOST$:…} lines, once seen. */
    private String host;

    /**
     * @param sam whether the file holds a local SAM without headers: {@code secretsdump.py -outputfile NAME} writes the
     *            SAM's lines to {@code NAME.sam} and the domain's to {@code NAME.ntds}
     */
    DumpLines(boolean sam) {
        section = sam ? Section.SAM : Section.NONE;
    }

    /** The LSA secret of the last {@link Kind#LSA_SECRET} line. */
    String secret() {
        return secret;
    }

    /** The host whose SAM this is, from {@code $MACHINE.ACC}, or null while unknown. */
    String host() {
        return host;
    }

    /** Whether the last line began the domain credentials section. */
    boolean inDomainSection() {
        return section == Section.NTDS;
    }

    /** Classifies {@code line} (trimmed), updating the section. */
    Kind classify(String line) {
        if (line.isEmpty() || line.startsWith("Impacket v")) {
            return Kind.IGNORE;
        }
        if (line.startsWith("[")) {
            String log = TIMESTAMP.matcher(line).replaceFirst("");
            if (log.startsWith("[*] ")) {
                header(log.substring(4).trim());
            }
            return Kind.IGNORE; // [-] [+] [!] and other [*] lines: messages, not rows
        }
        if (HEXDUMP.matcher(line).matches()) {
            return Kind.IGNORE;
        }
        int c = line.indexOf(':');
        String first = c < 0 ? line : line.substring(0, c);
        String second = c < 0 ? "" : line.substring(c + 1);
        int c2 = second.indexOf(':');
        String field2 = c2 < 0 ? second : second.substring(0, c2);
        switch (section) {
            case CACHED:
                return Kind.IGNORE; // DOMAIN/user:$DCC2$…: salted with the name, not an NT hash
            case LSA:
                return lsa(first);
            case KERBEROS:
                return field2.equals("CLEARTEXT") ? Kind.CLEARTEXT : Kind.IGNORE;
            default:
                break;
        }
        if (field2.equals("CLEARTEXT")) {
            return Kind.CLEARTEXT;
        }
        if (notAnAccount(first, field2)) {
            return Kind.IGNORE;
        }
        return section == Section.SAM ? Kind.SAM_ACCOUNT : Kind.DOMAIN_ACCOUNT;
    }

    /** Lines of the secret kinds when they appear outside their sections (e.g. a dump with its headers cut). */
    private static boolean notAnAccount(String first, String field2) {
        String f = field2.toLowerCase(Locale.ROOT);
        String name = first.toLowerCase(Locale.ROOT);
        return f.startsWith("aes") || f.startsWith("des-") || f.startsWith("dec-") || f.startsWith("rc4")
                || f.equals("plain_password_hex") || f.startsWith("$dcc") || name.startsWith("dpapi_")
                || name.equals("nl$km");
    }

    private Kind lsa(String first) {
        if ("$MACHINE.ACC".equals(secret)) {
            int slash = first.indexOf('\\');
            if (host == null && slash >= 0 && first.endsWith("$") && first.length() > slash + 2) {
                host = first.substring(slash + 1, first.length() - 1);
            }
            return Kind.IGNORE;
        }
        if (secret != null && !secretRead
                && (secret.startsWith("_SC_") || secret.equalsIgnoreCase("DefaultPassword"))) {
            secretRead = true;
            return Kind.LSA_SECRET;
        }
        return Kind.IGNORE;
    }

    private void header(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.startsWith("dumping local sam hashes")) {
            section = Section.SAM;
        } else if (t.startsWith("dumping cached domain logon")) {
            section = Section.CACHED;
        } else if (t.startsWith("dumping lsa secrets")) {
            section = Section.LSA;
            secret = null;
        } else if (t.startsWith("dumping domain credentials")) {
            section = Section.NTDS;
        } else if (t.startsWith("kerberos keys")) {
            section = Section.KERBEROS;
        } else if (t.startsWith("cleartext password")) {
            section = Section.CLEARTEXT;
        } else if (section == Section.LSA) {
            secret = text; // "[*] _SC_Spooler ", "[*] DPAPI_SYSTEM ", "[*] Cleaning up... "
            secretRead = false;
        }
    }
}
