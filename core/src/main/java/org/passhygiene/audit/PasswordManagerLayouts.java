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
 * The password-manager CSV layouts, one {@link Layout} per format: the header that identifies it and how one of its
 * rows becomes saved logins. {@link ExportReader#detect} and {@link CsvExportReader} both ask here, so a layout is
 * described in one place (issue #12: the directory layouts can join the same way).
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
        Login login(CsvExportReader.Row row) throws Fields.BadField;
    }

    /**
     * @param format    the public format id
     * @param signature whether a header (lower-case, trimmed names) is this layout's
     * @param required  columns a header must have when this format is chosen
     * @param reader    row → login
     */
    record Layout(ExportFormat format, Predicate<Set<String>> signature, List<String> required, RowLogin reader) {
    }

    private static final Set<String> CHROME_COLUMNS = Set.of("name", "url", "username", "password", "note");
    private static final Set<String> SAFARI_COLUMNS = Set.of("title", "url", "username", "password", "notes",
            "otpauth");
    /** Where Bitwarden's joined URI list may be split: before a scheme or a host name. */
    private static final Pattern URI_START = Pattern.compile(
            "(?i)([a-z][a-z0-9+.-]*://.*|[a-z0-9-]+(\\.[a-z0-9-]+)+([:/?#].*)?)");

    static final List<Layout> LAYOUTS = List.of(
            new Layout(ExportFormat.BITWARDEN,
                    n -> n.contains("login_username") && n.contains("login_password"),
                    List.of("login_username", "login_password"),
                    r -> {
                        String type = r.get("type");
                        if (type != null && !type.trim().equalsIgnoreCase("login")) {
                            return null; // notes (cards and identities are not exported as CSV)
                        }
                        return new Login(r.get("login_username"), splitUris(r.get("login_uri")), r.get("name"),
                                r.get("login_password"), null);
                    }),
            new Layout(ExportFormat.LASTPASS,
                    n -> n.containsAll(List.of("url", "username", "password", "extra", "name", "grouping")),
                    List.of("url", "username", "password"),
                    r -> {
                        String url = r.get("url");
                        if (url != null && url.trim().equalsIgnoreCase("http://sn")) {
                            return null; // secure note (cards, bank accounts… are notes too)
                        }
                        return new Login(r.get("username"), list(url), r.get("name"), r.get("password"), null);
                    }),
            new Layout(ExportFormat.KEEPASSXC,
                    n -> n.containsAll(List.of("group", "title", "username", "password", "url")),
                    List.of("title", "username", "password", "url"),
                    r -> new Login(r.get("username"), list(r.get("url")), r.get("title"), r.get("password"), null)),
            new Layout(ExportFormat.ONEPASSWORD,
                    n -> n.containsAll(List.of("title", "url", "username", "password"))
                            && (n.contains("archived") || n.contains("favorite") || n.contains("tags")),
                    List.of("title", "url", "username", "password"),
                    r -> new Login(r.get("username"), list(r.get("url")), r.get("title"), r.get("password"), null)),
            new Layout(ExportFormat.SAFARI,
                    n -> n.containsAll(List.of("title", "url", "username", "password"))
                            && SAFARI_COLUMNS.containsAll(n),
                    List.of("title", "url", "username", "password"),
                    r -> new Login(r.get("username"), list(r.get("url")), r.get("title"), r.get("password"), null)),
            new Layout(ExportFormat.FIREFOX,
                    n -> n.containsAll(List.of("url", "username", "password"))
                            && (n.contains("httprealm") || n.contains("formactionorigin")
                            || n.contains("timepasswordchanged")),
                    List.of("url", "username", "password"),
                    // timeLastUsed is when a form was filled in, not an account sign-in: not a last logon
                    r -> new Login(r.get("username"), list(r.get("url")), null, r.get("password"),
                            Fields.epochMillis("timePasswordChanged", r.get("timePasswordChanged")))),
            new Layout(ExportFormat.CHROME,
                    // exactly Chrome's columns: LastPass's header has name,url,username,password too
                    n -> n.containsAll(List.of("name", "url", "username", "password")) && CHROME_COLUMNS.containsAll(n),
                    List.of("url", "username", "password"),
                    r -> new Login(r.get("username"), list(r.get("url")), r.get("name"), r.get("password"), null)));

    private PasswordManagerLayouts() {
    }

    /** The layout of a header (lower-case, trimmed column names), or null. */
    static ExportFormat detect(Set<String> names) {
        for (Layout l : LAYOUTS) {
            if (l.signature().test(names)) {
                return l.format();
            }
        }
        return null;
    }

    /** The layout of {@code format}, or null when it is not a password manager's. */
    static Layout of(ExportFormat format) {
        for (Layout l : LAYOUTS) {
            if (l.format() == format) {
                return l;
            }
        }
        return null;
    }

    /** Whether {@code format} is a password manager's (its entries without a password are passed over). */
    static boolean covers(ExportFormat format) {
        return of(format) != null;
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

    /** Reads rows of {@code layout}: one record per site of each login with a password. */
    static CsvExportReader.RowMapper mapper(Layout layout) {
        return (file, line, row, sink) -> {
            Login login = layout.reader().login(row);
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
