package org.passhygiene.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/** The CSV exports: a header row, then one account or login per record, read with FastCSV. */
final class CsvExportReader {

    /** What PowerShell writes for MemberOf when it was not joined: the groups are not in the export. */
    static final String UNJOINED_MEMBER_OF = "Microsoft.ActiveDirectory.Management.ADPropertyValueCollection";

    private CsvExportReader() {
    }

    /** One data row by header name (case-insensitive); empty values are null. */
    static final class Row {
        private final Map<String, Integer> index;
        private CsvRecord record;

        Row(Map<String, Integer> index) {
            this.index = index;
        }

        boolean has(String column) {
            return column != null && index.containsKey(column.toLowerCase(Locale.ROOT));
        }

        String get(String column) {
            if (column == null) {
                return null;
            }
            Integer i = index.get(column.toLowerCase(Locale.ROOT));
            if (i == null || i >= record.getFieldCount()) {
                return null;
            }
            String v = record.getField(i);
            return v.isEmpty() ? null : v;
        }

        /** The first of these columns the header has. */
        String first(String... columns) {
            for (String c : columns) {
                if (has(c)) {
                    return get(c);
                }
            }
            return null;
        }
    }

    @FunctionalInterface
    interface RowMapper {
        ExportRecord map(String file, long line, Row row) throws Fields.BadField;
    }

    /** Splits one record's text into fields, per delimiter; reused, one record at a time. */
    private static final CsvReader.CsvReaderBuilder COMMA = CsvReader.builder().fieldSeparator(',');
    private static final CsvReader.CsvReaderBuilder SEMICOLON = CsvReader.builder().fieldSeparator(';');
    private static final CsvReader.CsvReaderBuilder TAB = CsvReader.builder().fieldSeparator('\t');

    static long read(Path file, ExportFormat format, ColumnMapping mapping, Consumer<ExportRecord> sink,
                     Consumer<SkippedRow> skipped, Consumer<String> notes) throws IOException {
        return read(Files.newInputStream(file), file.toString(), format, mapping, sink, skipped, notes);
    }

    /** Reads {@code in} (closed when done) as the file called {@code name}; no notes. */
    static long read(InputStream in, String name, ExportFormat format, ColumnMapping mapping,
                     Consumer<ExportRecord> sink, Consumer<SkippedRow> skipped) throws IOException {
        return read(in, name, format, mapping, sink, skipped, note -> { });
    }

    /**
     * Reads {@code in} (closed when done) as the file called {@code name}. The field delimiter ({@code ,}
     * {@code ;} or tab) is sniffed from the header line; what the report should know about the file (e.g. rows read
     * as Windows-1252) goes to {@code notes}.
     */
    static long read(InputStream in, String name, ExportFormat format, ColumnMapping mapping,
                     Consumer<ExportRecord> sink, Consumer<SkippedRow> skipped, Consumer<String> notes)
            throws IOException {
        long rows = 0;
        try (RecordScanner scanner = new RecordScanner(in, name, true, format == ExportFormat.AD)) {
            CsvReader.CsvReaderBuilder fields = COMMA;
            Row row = null;
            RowMapper mapper = null;
            int width = 0;
            RecordScanner.Chunk chunk;
            while ((chunk = scanner.next()) != null) {
                if (row == null) {
                    if (!chunk.ok()) {
                        throw new ExportFormatException(name + ":" + chunk.line() + ": no header row: "
                                + chunk.reason() + "; expected " + format.expected());
                    }
                    char delimiter = delimiter(chunk.text());
                    scanner.delimiter(delimiter);
                    fields = builder(delimiter);
                    List<String> header = fields(chunk.text(), delimiter);
                    if (header == null) {
                        throw new ExportFormatException(name + ":" + chunk.line() + ": the header row is not "
                                + "valid CSV; expected " + format.expected());
                    }
                    Map<String, Integer> index = new HashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        index.putIfAbsent(header.get(i).trim().toLowerCase(Locale.ROOT), i);
                    }
                    width = header.size();
                    row = new Row(index);
                    mapper = mapper(name, format, mapping, row);
                    continue;
                }
                if (!chunk.ok()) {
                    rows += chunk.lines();
                    skipped.accept(chunk.skipped(name));
                    continue;
                }
                long line = chunk.line();
                CsvRecord rec = record(fields, chunk.text());
                if (rec == null) {
                    rows += chunk.lines();
                    skipped.accept(new SkippedRow(name, line, chunk.lines(), SkipCause.MALFORMED_CSV,
                            "malformed CSV: a character follows a closing quote"
                                    + RecordScanner.span(chunk.quoteLine(), line + chunk.lines() - 1)));
                    continue;
                }
                if (rec.getFieldCount() != width) {
                    rows += chunk.lines();
                    skipped.accept(new SkippedRow(name, line, chunk.lines(), SkipCause.FIELD_COUNT, "expected "
                            + width + " fields, found " + rec.getFieldCount()
                            + RecordScanner.span(chunk.quoteLine(), line + chunk.lines() - 1)));
                    continue;
                }
                rows++;
                row.record = rec;
                try {
                    ExportRecord mapped = mapper.map(name, line, row);
                    if (mapped != null) {
                        sink.accept(mapped);
                    }
                } catch (Fields.BadField e) {
                    skipped.accept(new SkippedRow(name, line, 1, e.cause(), e.getMessage()));
                }
            }
            if (row == null) {
                throw new ExportFormatException(name + ": empty: no header row; expected " + format.expected());
            }
            String note = scanner.encodingNote();
            if (note != null) {
                notes.accept(note);
            }
        }
        return rows;
    }

    /**
     * The field delimiter of a header line: whichever of {@code ,} {@code ;} and tab occurs most often outside
     * quotes ({@code ,} on a tie or when there is none). PowerShell's {@code -Delimiter ';'} and
     * {@code -UseCulture} on a server whose list separator is {@code ;} (de-DE, fr-FR), Excel in those cultures,
     * and tab-separated exports.
     */
    static char delimiter(String header) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        return tab > comma && tab > semicolon ? '\t' : ',';
    }

    private static CsvReader.CsvReaderBuilder builder(char delimiter) {
        return delimiter == ';' ? SEMICOLON : delimiter == '\t' ? TAB : COMMA;
    }

    /** The fields of a header line (its delimiter sniffed), or null if it is not valid CSV. */
    static List<String> fields(String text) {
        return fields(text, delimiter(text));
    }

    static List<String> fields(String text, char delimiter) {
        CsvRecord r = record(builder(delimiter), text);
        return r == null ? null : r.getFields();
    }

    private static CsvRecord record(CsvReader.CsvReaderBuilder fields, String text) {
        try {
            return fields.ofSingleCsvRecord(text);
        } catch (CsvParseException e) {
            return null;
        }
    }

    private static void require(String file, ExportFormat format, Row row, String... columns) {
        for (String c : columns) {
            if (!row.has(c)) {
                throw new ExportFormatException(file + ": the header has no '" + c + "' column; expected "
                        + format.expected());
            }
        }
    }

    static RowMapper mapper(String file, ExportFormat format, ColumnMapping mapping, Row header) {
        switch (format) {
            case AD:
                require(file, format, header, "SamAccountName");
                return CsvExportReader::activeDirectory;
            case GOOGLE:
                require(file, format, header, "Email Address [Required]");
                return CsvExportReader::google;
            case M365:
                require(file, format, header, "User principal name");
                return CsvExportReader::m365;
            case CHROME:
                require(file, format, header, "url", "username", "password");
                return (f, l, r) -> login(f, l, r.get("username"), r.first("url", "name"), r.get("password"),
                        null, null);
            case FIREFOX:
                // timeLastUsed is when a form was filled in, not an account sign-in: not a last logon
                require(file, format, header, "url", "username", "password");
                return (f, l, r) -> login(f, l, r.get("username"), r.get("url"), r.get("password"),
                        Fields.epochMillis("timePasswordChanged", r.get("timePasswordChanged")), null);
            case BITWARDEN:
                require(file, format, header, "login_username", "login_password");
                return CsvExportReader::bitwarden;
            case GENERIC:
                for (String column : mapping.columns().values()) {
                    require(file, format, header, column);
                }
                return (f, l, r) -> generic(f, l, r, mapping);
            default:
                throw new IllegalArgumentException("not a CSV format: " + format);
        }
    }

    private static String person(String username) {
        String u = username.toLowerCase(Locale.ROOT);
        int at = u.indexOf('@');
        return at > 0 ? u.substring(0, at) : u;
    }

    private static String required(String name, String value) throws Fields.BadField {
        if (value == null || value.isBlank()) {
            throw new Fields.BadField(name + " is empty");
        }
        return value.trim();
    }

    static ExportRecord activeDirectory(String file, long line, Row r) throws Fields.BadField {
        String user = required("SamAccountName", r.get("SamAccountName"));
        String display = r.first("DisplayName", "Name");
        Set<String> groups = new LinkedHashSet<>();
        String memberOf = r.get("MemberOf");
        if (memberOf != null && !memberOf.equals(UNJOINED_MEMBER_OF)) {
            String m = memberOf.startsWith("{") && memberOf.endsWith("}")
                    ? memberOf.substring(1, memberOf.length() - 1) : memberOf;
            for (String dn : m.split(";")) {
                if (!dn.isBlank()) {
                    groups.add(Fields.commonName(dn));
                }
            }
        }
        groups.addAll(Fields.organisationalUnits(r.get("DistinguishedName")));
        LocalDate lastSet = r.has("PasswordLastSet") ? Fields.date("PasswordLastSet", r.get("PasswordLastSet"))
                : Fields.date("pwdLastSet", r.get("pwdLastSet"));
        LocalDate lastLogon = r.has("LastLogonDate") ? Fields.date("LastLogonDate", r.get("LastLogonDate"))
                : Fields.date("lastLogonTimestamp", r.get("lastLogonTimestamp"));
        return ExportRecord.builder(file, line, user).person(person(user)).displayName(display).system("ad")
                .enabled(Fields.bool("Enabled", r.get("Enabled"))).groups(groups).passwordLastSet(lastSet)
                .lastLogon(lastLogon)
                .flag(AccountFlag.PASSWORD_NEVER_EXPIRES,
                        Boolean.TRUE.equals(Fields.bool("PasswordNeverExpires", r.get("PasswordNeverExpires"))))
                .flag(AccountFlag.PASSWORD_NOT_REQUIRED,
                        Boolean.TRUE.equals(Fields.bool("PasswordNotRequired", r.get("PasswordNotRequired"))))
                .build();
    }

    static ExportRecord google(String file, long line, Row r) throws Fields.BadField {
        String user = required("Email Address [Required]", r.get("Email Address [Required]"));
        String first = r.get("First Name [Required]");
        String last = r.get("Last Name [Required]");
        String display = first == null && last == null ? null
                : ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
        Set<String> groups = new LinkedHashSet<>();
        String ou = r.get("Org Unit Path [Required]");
        if (ou != null) {
            for (String part : ou.split("/")) {
                if (!part.isBlank()) {
                    groups.add(part.trim());
                }
            }
        }
        String status = r.get("Status [READ ONLY]");
        Boolean enabled = status == null ? null : !status.trim().equalsIgnoreCase("Suspended");
        String pw = r.get("Password [Required]");
        char[] password = pw == null || pw.chars().allMatch(c -> c == '*') ? null : pw.toCharArray();
        return ExportRecord.builder(file, line, user).person(person(user)).displayName(display).system("google")
                .enabled(enabled).groups(groups)
                .lastLogon(Fields.date("Last Sign In [READ ONLY]", r.get("Last Sign In [READ ONLY]")))
                .password(password).build();
    }

    static ExportRecord m365(String file, long line, Row r) throws Fields.BadField {
        String user = required("User principal name", r.get("User principal name"));
        Boolean blocked = Fields.bool("Block credential", r.get("Block credential"));
        Set<String> groups = new LinkedHashSet<>();
        String roles = r.first("Roles", "Admin roles");
        if (roles != null) {
            for (String role : roles.split("[;+]")) {
                if (!role.isBlank()) {
                    groups.add(role.trim());
                }
            }
        }
        return ExportRecord.builder(file, line, user).person(person(user)).displayName(r.get("Display name"))
                .system("m365").enabled(blocked == null ? null : !blocked).groups(groups)
                .passwordLastSet(Fields.date("Last password change time stamp",
                        r.get("Last password change time stamp")))
                .flag(AccountFlag.PASSWORD_NEVER_EXPIRES,
                        Boolean.TRUE.equals(Fields.bool("Password never expires", r.get("Password never expires"))))
                .build();
    }

    private static ExportRecord login(String file, long line, String username, String url, String password,
                                      LocalDate changed, LocalDate used) throws Fields.BadField {
        String site = Fields.site(url);
        if (site == null) {
            throw new Fields.BadField("no site: url is empty");
        }
        String user = username == null ? "(no username)" : username.trim();
        return ExportRecord.builder(file, line, user).person(Path.of(file).getFileName().toString()).system(site)
                .passwordLastSet(changed).lastLogon(used)
                .password(password == null ? new char[0] : password.toCharArray()).build();
    }

    /** Non-login items (notes, cards, identities) are not accounts: null, passed over. */
    static ExportRecord bitwarden(String file, long line, Row r) throws Fields.BadField {
        String type = r.get("type");
        if (type != null && !type.equalsIgnoreCase("login")) {
            return null;
        }
        String uri = r.get("login_uri");
        return login(file, line, r.get("login_username"), uri != null ? uri : r.get("name"),
                r.get("login_password"), null, null);
    }

    static ExportRecord generic(String file, long line, Row r, ColumnMapping m) throws Fields.BadField {
        String user = required(m.column("username"), r.get(m.column("username")));
        String person = r.get(m.column("person"));
        Set<String> groups = new LinkedHashSet<>();
        String g = r.get(m.column("groups"));
        if (g != null) {
            for (String part : g.split(";")) {
                if (!part.isBlank()) {
                    groups.add(Fields.commonName(part));
                }
            }
        }
        String pw = m.column("password") == null ? null : r.get(m.column("password"));
        char[] password = m.column("password") == null ? null : pw == null ? new char[0] : pw.toCharArray();
        byte[] nt = m.column("nt-hash") == null || r.get(m.column("nt-hash")) == null ? null
                : Fields.hash16("NT hash", r.get(m.column("nt-hash")).trim());
        String system = r.get(m.column("system"));
        return ExportRecord.builder(file, line, user)
                .person(person == null ? person(user) : person.toLowerCase(Locale.ROOT))
                .displayName(r.get(m.column("display-name")))
                .system(system == null ? "generic" : Fields.site(system))
                .enabled(Fields.bool(m.column("enabled"), r.get(m.column("enabled")))).groups(groups)
                .passwordLastSet(Fields.date(m.column("password-last-set"), r.get(m.column("password-last-set"))))
                .lastLogon(Fields.date(m.column("last-logon"), r.get(m.column("last-logon"))))
                .flag(AccountFlag.PASSWORD_NEVER_EXPIRES,
                        Boolean.TRUE.equals(Fields.bool(m.column("never-expires"), r.get(m.column("never-expires")))))
                .flag(AccountFlag.PASSWORD_NOT_REQUIRED,
                        Boolean.TRUE.equals(Fields.bool(m.column("not-required"), r.get(m.column("not-required")))))
                .password(password).ntHash(nt).build();
    }
}
