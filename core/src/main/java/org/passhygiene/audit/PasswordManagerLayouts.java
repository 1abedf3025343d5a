package org.passhygiene.audit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The password-manager CSV layouts: how a row of each manager's vault becomes saved logins, and the rules common to
 * every manager. Each manager's entry in {@link ExportFormat} ({@link #layout}) names its header and its row reader.
 *
 * <p>Rules common to every layout:
 * <ul>
 *   <li>An entry without a password (passkey-only login, secure note, card, identity, folder) is passed over: not a
 *       record, not a skipped row. The auditor counts these per file in a note.</li>
 *   <li>A login with several URIs (Bitwarden joins them with {@code ,} in one cell) is one record per distinct site,
 *       all with the row's line; the auditor treats them as one entry (no reuse between its own sites).</li>
 *   <li>The site is the URL's host ({@code www.} dropped); an Android or iOS app credential
 *       ({@code android://HASH@com.example.app/}, {@code androidapp://com.example.app}) is
 *       {@code android:com.example.app}; with no URL, the entry's title or name.</li>
 *   <li>The person is the export file: a personal vault is one person's.</li>
 * </ul>
 * KeePassXC writes the Recycle Bin group too: its entries are audited like the others, since deleting an entry from
 * the vault does not change the password on the site.
 */
final class PasswordManagerLayouts {

    /** One saved login as a layout reads it; null password = passed over. */
    record Login(String username, List<String> urls, String title, String password, LocalDate changed) {
    }

    @FunctionalInterface
    interface RowLogin {
        /** The row's login, or null when the row is not a login (a note, a card): passed over. */
        Login login(CsvRow row) throws Fields.BadField;
    }

    /** Where Bitwarden's joined URI list may be split: before a scheme or a host name. */
    private static final Pattern URI_START = Pattern.compile(
            "(?i)([a-z][a-z0-9+.-]*://.*|[a-z0-9-]+(\\.[a-z0-9-]+)+([:/?#].*)?)");

    private PasswordManagerLayouts() {
    }

    /**
     * A password manager's entry in the format registry.
     *
     * @param precedence see {@link ExportLayout#precedence()}
     * @param signature  whether a header (lower-case, trimmed names) is this manager's
     * @param required   columns a header must have when this format is chosen
     * @param reader     row → login
     */
    static CsvLayout layout(int precedence, Predicate<Set<String>> signature, List<String> required,
                            RowLogin reader) {
        return CsvLayout.passwordManager(precedence, signature, required, mapper(reader));
    }

    /** Bitwarden: notes are passed over (cards and identities are not exported as CSV); URIs joined in one cell. */
    static Login bitwarden(CsvRow r) {
        String type = r.get("type");
        if (type != null && !type.trim().equalsIgnoreCase("login")) {
            return null;
        }
        return new Login(r.get("login_username"), splitUris(r.get("login_uri")), r.get("name"),
                r.get("login_password"), null);
    }

    /** LastPass: secure notes (cards, bank accounts… are notes too) have the url {@code http://sn}. */
    static Login lastPass(CsvRow r) {
        String url = r.get("url");
        if (url != null && url.trim().equalsIgnoreCase("http://sn")) {
            return null;
        }
        return new Login(r.get("username"), list(url), r.get("name"), r.get("password"), null);
    }

    /** KeePassXC, 1Password and Safari: Title, URL, Username, Password. */
    static Login titled(CsvRow r) {
        return new Login(r.get("username"), list(r.get("url")), r.get("title"), r.get("password"), null);
    }

    /** Firefox: timeLastUsed is when a form was filled in, not an account sign-in, so not a last logon. */
    static Login firefox(CsvRow r) throws Fields.BadField {
        return new Login(r.get("username"), list(r.get("url")), null, r.get("password"),
                Fields.epochMillis("timePasswordChanged", r.get("timePasswordChanged")));
    }

    /** Chrome and Edge: name, url, username, password. */
    static Login chrome(CsvRow r) {
        return new Login(r.get("username"), list(r.get("url")), r.get("name"), r.get("password"), null);
    }

    /** Whether {@code format} is a password manager's (its entries without a password are passed over). */
    static boolean covers(ExportFormat format) {
        return format.layout().passwordManager();
    }

    /** Passes records on and counts entries: the records of one saved login (its sites) share its line. */
    static final class EntryCount implements Consumer<ExportRecord> {
        private final Consumer<ExportRecord> sink;
        private long count;
        private long lastLine = -1;

        EntryCount(Consumer<ExportRecord> sink) {
            this.sink = sink;
        }

        @Override
        public void accept(ExportRecord r) {
            if (r.line() != lastLine) {
                count++;
                lastLine = r.line();
            }
            sink.accept(r);
        }

        long count() {
            return count;
        }
    }

    /**
     * The report note for a password-manager file whose rows read held fewer entries with a password, or null.
     *
     * @param entries entries read from the file ({@link EntryCount#count()})
     */
    static String passedOverNote(AuditReport.FileSummary file, long entries) {
        long passedOver = file.readRows() - entries;
        if (!covers(file.format()) || passedOver <= 0) {
            return null;
        }
        return file.file() + ": " + passedOver + (passedOver == 1 ? " entry" : " entries")
                + " without a password (passkey-only logins, secure notes) passed over: not findings";
    }

    /** Reads rows with {@code reader}: one record per site of each login with a password. */
    private static CsvLayout.RowMapper mapper(RowLogin reader) {
        return (file, line, row, sink) -> {
            Login login = reader.login(row);
            if (login != null && login.password() != null && !login.password().isEmpty()) {
                emit(file, line, login, sink);
            }
        };
    }

    private static void emit(String file, long line, Login login, Consumer<ExportRecord> sink)
            throws Fields.BadField {
        Set<String> sites = new LinkedHashSet<>();
        for (String url : login.urls()) {
            String site = site(url);
            if (site != null) {
                sites.add(site);
            }
        }
        if (sites.isEmpty() && login.title() != null && !login.title().isBlank()) {
            sites.add(login.title().trim());
        }
        if (sites.isEmpty()) {
            throw new Fields.BadField("no site: url and name are empty");
        }
        String user = login.username() == null || login.username().isBlank() ? "(no username)"
                : login.username().trim();
        String person = Path.of(file).getFileName().toString();
        for (String site : sites) {
            sink.accept(ExportRecord.builder(file, line, user).person(person).system(site)
                    .passwordLastSet(login.changed()).password(login.password().toCharArray()).build());
        }
    }

    /** The site of a URL: its host, or {@code android:PACKAGE} / {@code ios:BUNDLE} for an app credential. */
    static String site(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.trim();
        String lower = u.toLowerCase(Locale.ROOT);
        for (String[] app : new String[][] {{"android://", "android:"}, {"androidapp://", "android:"},
                {"iosapp://", "ios:"}}) {
            if (lower.startsWith(app[0])) {
                String rest = u.substring(app[0].length());
                rest = rest.substring(rest.lastIndexOf('@') + 1); // android://CERT_HASH@package/
                int end = rest.indexOf('/');
                String pkg = (end < 0 ? rest : rest.substring(0, end)).trim();
                return pkg.isEmpty() ? null : app[1] + pkg.toLowerCase(Locale.ROOT);
            }
        }
        return Fields.site(u);
    }

    private static List<String> list(String url) {
        return url == null ? List.of() : List.of(url);
    }

    /**
     * Bitwarden writes an item's URIs as one cell joined with {@code ,} (papaparse's array {@code toString()}).
     * Split where the next part starts a URI or a host name, so a comma inside a URL's query stays in it.
     */
    static List<String> splitUris(String cell) {
        List<String> out = new ArrayList<>();
        if (cell == null) {
            return out;
        }
        for (String part : cell.split(",", -1)) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            if (out.isEmpty() || URI_START.matcher(p).matches()) {
                out.add(p);
            } else {
                int last = out.size() - 1;
                out.set(last, out.get(last) + "," + part);
            }
        }
        return out;
    }
}
