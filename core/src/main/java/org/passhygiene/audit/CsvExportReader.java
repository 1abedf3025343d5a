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

    /** Opens the file again for each pass (dates are inferred in a first pass). */
    @FunctionalInterface
    interface Source {
        InputStream open() throws IOException;
    }

    /** One data row by header name (case-insensitive); empty values are null. */
    static final class Row {
        private final Map<String, Integer> index;
        private final FileDates dates;
        private CsvRecord record;
        private long line;
        /** Rows whose MemberOf was exported without -join. */
        private long unjoinedMemberOf;

        Row(Map<String, Integer> index, FileDates dates) {
            this.index = index;
            this.dates = dates;
        }

        /** The day in {@code column} (null column or empty value: null), read in the file's date order. */
        LocalDate date(String column) throws Fields.BadField {
            return column == null ? null : dates.date(column, get(column), line);
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

    /** One row → its records: none (passed over), one, or several (a login saved for several sites). */
    @FunctionalInterface
    interface RowMapper {
        void map(String file, long line, Row row, Consumer<ExportRecord> sink) throws Fields.BadField;
    }

    /** A row → at most one record (null: passed over). */
    @FunctionalInterface
    interface OneRecord {
        ExportRecord map(String file, long line, Row row) throws Fields.BadField;
    }

    private static RowMapper one(OneRecord m) {
        return (file, line, row, sink) -> {
            ExportRecord r = m.map(file, line, row);
            if (r != null) {
                sink.accept(r);
            }
        };
    }

    /** Splits one record's text into fields, per delimiter; reused, one record at a time. */
    private static final CsvReader.CsvReaderBuilder COMMA = CsvReader.builder().fieldSeparator(',');
    private static final CsvReader.CsvReaderBuilder SEMICOLON = CsvReader.builder().fieldSeparator(';');
    private static final CsvReader.CsvReaderBuilder TAB = CsvReader.builder().fieldSeparator('\t');

    static long read(Path file, ExportFormat format, ColumnMapping mapping, DateOrder dateOrder, String givenBy,
                     Consumer<ExportRecord> sink, Consumer<SkippedRow> skipped, Consumer<String> notes)
            throws IOException {
        return read(() -> Files.newInputStream(file), file.toString(), format, mapping, dateOrder, givenBy, sink,
                skipped, notes);
    }

    /** Reads the bytes of {@code data} as the file called {@code name}; no date order given, no notes. */
    static long read(byte[] data, String name, ExportFormat format, ColumnMapping mapping,
                     Consumer<ExportRecord> sink, Consumer<SkippedRow> skipped) throws IOException {
        return read(() -> new java.io.ByteArrayInputStream(data), name, format, mapping, null, null, sink, skipped,
                note -> { });
    }

    /**
     * Reads the file {@code source} opens, called {@code name}. The field delimiter ({@code ,} {@code ;} or tab) is
     * sniffed from the header line. Formats with dates in the exporting server's culture are read twice: a first
     * pass counts what the dates say about their order ({@link FileDates}), the second reads the rows. What the
     * report should know about the file (e.g. rows read as Windows-1252) goes to {@code notes}.
     *
     * @param dateOrder the order for a file whose dates cannot settle it, or null
     * @param givenBy   where {@code dateOrder} came from, for messages
     * @throws ExportFormatException also when day and month cannot be told apart and no order was given
     */
    static long read(Source source, String name, ExportFormat format, ColumnMapping mapping, DateOrder dateOrder,
                     String givenBy, Consumer<ExportRecord> sink, Consumer<SkippedRow> skipped,
                     Consumer<String> notes) throws IOException {
        FileDates dates = new FileDates(name, dateOrder, givenBy == null ? "--date-order" : givenBy);
        if (format == ExportFormat.AD || format == ExportFormat.GOOGLE || format == ExportFormat.M365
                || format == ExportFormat.GENERIC) {
            scan(source.open(), name, format, mapping, dates, r -> r.clear(), s -> { }, n -> { });
        }
        dates.settle(notes);
        return scan(source.open(), name, format, mapping, dates, sink, skipped, notes);
    }

    private static long scan(InputStream in, String name, ExportFormat format, ColumnMapping mapping,
                             FileDates dates, Consumer<ExportRecord> sink, Consumer<SkippedRow> skipped,
                             Consumer<String> notes) throws IOException {
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
                    row = new Row(index, dates);
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
                row.line = line;
                try {
                    mapper.map(name, line, row, sink);
                } catch (Fields.BadField e) {
                    skipped.accept(new SkippedRow(name, line, 1, e.cause(), e.getMessage()));
                }
            }
            if (row == null) {
                throw new ExportFormatException(name + ": empty: no header row; expected " + format.expected());
            }
            if (row.unjoinedMemberOf > 0) {
                notes.accept(unjoinedNote(name, row.unjoinedMemberOf));
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
        PasswordManagerLayouts.Layout layout = PasswordManagerLayouts.of(format);
        if (layout != null) {
            require(file, format, header, layout.required().toArray(String[]::new));
            return PasswordManagerLayouts.mapper(layout);
        }
        switch (format) {
            case AD:
                require(file, format, header, "SamAccountName");
                return one(CsvExportReader::activeDirectory);
            case GOOGLE:
                require(file, format, header, "Email Address [Required]");
                return one(CsvExportReader::google);
            case M365:
                require(file, format, header, "User principal name");
                return one(CsvExportReader::m365);
            case GENERIC:
                for (String column : mapping.columns().values()) {
                    require(file, format, header, column);
                }
                return one((f, l, r) -> generic(f, l, r, mapping));
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

    /** What the report says when MemberOf was not joined: the groups are not in the export. */
    static String unjoinedNote(String file, long rows) {
        return file + ": group membership is missing for " + rows + " account(s): MemberOf was exported without "
                + "-join (its cells read " + UNJOINED_MEMBER_OF + "), so the privileged checks by group could not "
                + "run (ROTATION_OVERDUE and DISABLED_PRIVILEGED for members of privileged groups; OUs in "
                + "DistinguishedName still count). Export it joined: Select-Object …,@{n='MemberOf';e={$_.MemberOf "
                + "-join ';'}}";
    }

    /** userAccountControl bits (MS-ADTS 2.2.16) and the flag each means. */
    private static final long ACCOUNTDISABLE = 0x2;
    private static final long[][] UAC_BITS = {
        {0x20, AccountFlag.PASSWORD_NOT_REQUIRED.ordinal()},
        {0x80, AccountFlag.REVERSIBLE_ENCRYPTION.ordinal()},
        {0x10000, AccountFlag.PASSWORD_NEVER_EXPIRES.ordinal()},
        {0x100000, AccountFlag.NOT_DELEGATED.ordinal()},
        {0x200000, AccountFlag.DES_ONLY.ordinal()},
        {0x400000, AccountFlag.PREAUTH_NOT_REQUIRED.ordinal()}};
    /** The Get-ADUser property for each flag (-Properties * exports them besides userAccountControl). */
    private static final Map<AccountFlag, String> FLAG_PROPERTIES = Map.of(
            AccountFlag.PASSWORD_NEVER_EXPIRES, "PasswordNeverExpires",
            AccountFlag.PASSWORD_NOT_REQUIRED, "PasswordNotRequired",
            AccountFlag.REVERSIBLE_ENCRYPTION, "AllowReversiblePasswordEncryption",
            AccountFlag.PREAUTH_NOT_REQUIRED, "DoesNotRequirePreAuth",
            AccountFlag.DES_ONLY, "UseDESKeyOnly",
            AccountFlag.NOT_DELEGATED, "AccountNotDelegated");

    static ExportRecord activeDirectory(String file, long line, Row r) throws Fields.BadField {
        String user = required("SamAccountName", r.get("SamAccountName"));
        String display = r.get("DisplayName") != null ? r.get("DisplayName") : r.get("Name");
        Set<String> groups = new LinkedHashSet<>();
        String memberOf = r.get("MemberOf");
        if (memberOf != null && memberOf.trim().equals(UNJOINED_MEMBER_OF)) {
            r.unjoinedMemberOf++;
        } else if (memberOf != null) {
            String m = memberOf.startsWith("{") && memberOf.endsWith("}")
                    ? memberOf.substring(1, memberOf.length() - 1) : memberOf;
            for (String dn : m.split(";")) {
                if (!dn.isBlank()) {
                    groups.add(Fields.commonName(dn));
                }
            }
        }
        groups.addAll(Fields.organisationalUnits(r.get("DistinguishedName")));
        LocalDate lastSet = r.has("PasswordLastSet") ? r.date("PasswordLastSet") : r.date("pwdLastSet");
        LocalDate lastLogon = r.has("LastLogonDate") ? r.date("LastLogonDate") : r.date("lastLogonTimestamp");
        Boolean enabled = Fields.bool("Enabled", r.get("Enabled"));
        ExportRecord.Builder b = ExportRecord.builder(file, line, user).person(person(user)).displayName(display)
                .system("ad").groups(groups).passwordLastSet(lastSet).lastLogon(lastLogon);
        String uac = r.get("userAccountControl");
        if (uac != null) {
            String u = uac.trim();
            if (!Fields.isDigits(u) || u.length() > 10) {
                throw new Fields.BadField("userAccountControl: not a number");
            }
            long bits = Long.parseLong(u);
            for (long[] bit : UAC_BITS) {
                b.flag(AccountFlag.values()[(int) bit[1]], (bits & bit[0]) != 0);
            }
            if (enabled == null) {
                enabled = (bits & ACCOUNTDISABLE) == 0;
            }
        }
        for (Map.Entry<AccountFlag, String> e : FLAG_PROPERTIES.entrySet()) {
            b.flag(e.getKey(), Boolean.TRUE.equals(Fields.bool(e.getValue(), r.get(e.getValue()))));
        }
        return b.enabled(enabled).build();
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
                .lastLogon(r.date("Last Sign In [READ ONLY]"))
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
                .passwordLastSet(r.date("Last password change time stamp"))
                .flag(AccountFlag.PASSWORD_NEVER_EXPIRES,
                        Boolean.TRUE.equals(Fields.bool("Password never expires", r.get("Password never expires"))))
                .build();
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
                .passwordLastSet(r.date(m.column("password-last-set")))
                .lastLogon(r.date(m.column("last-logon")))
                .flag(AccountFlag.PASSWORD_NEVER_EXPIRES,
                        Boolean.TRUE.equals(Fields.bool(m.column("never-expires"), r.get(m.column("never-expires")))))
                .flag(AccountFlag.PASSWORD_NOT_REQUIRED,
                        Boolean.TRUE.equals(Fields.bool(m.column("not-required"), r.get(m.column("not-required")))))
                .password(password).ntHash(nt).build();
    }
}
