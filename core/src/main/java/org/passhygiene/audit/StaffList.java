package org.passhygiene.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.passhygiene.store.StoreNames;

/**
 * A list of staff to provision (the {@code USERS.csv} of {@code passhygiene provision}), read with the audit's
 * bounded CSV reading ({@link RecordScanner}: records of at most 1 MiB, UTF-8 with or without a byte-order mark,
 * UTF-16, Windows-1252 with a note; {@code ,} {@code ;} or tab sniffed from the header), at most
 * {@value #MAX_ROWS} data rows, and what is kept of a row bounded (a name of at most {@value #MAX_NAME} code
 * points, roles of at most 1024 characters, usernames and roles by {@link StoreNames}, addresses 254), so a
 * hostile list cannot fill the memory.
 *
 * <p>Columns, found in the header case-insensitively, with spaces and underscores read as hyphens
 * ({@code First Name} is {@code first-name}): {@code username}; {@code full-name}, or {@code first-name} and
 * {@code last-name}; optionally {@code email} and {@code roles} (separated by {@code ;}). Other layouts (a SIMS,
 * Arbor or Salamander staff export) name their columns with a {@link Columns} mapping. A header without the username
 * or name columns, or naming a mapped column it does not have, makes the file unreadable
 * ({@link java.io.UncheckedIOException} naming the file and the columns). A PowerShell {@code #TYPE} line before the
 * header is passed over.
 *
 * <p>Each data row is a {@link Person} or a problem ({@link SkippedRow}: file, line, why; never a cell's value other
 * than a username): a row that cannot be read, a wrong number of fields, an empty username or name, a username or
 * role the credential store refuses ({@link StoreNames}), a name or role list too long, a username on several rows (compared as the store does,
 * ignoring case: every such row is a problem), an email address that is not {@code local@domain}, or, when email is
 * required, none.
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 */
public final class StaffList {

    /** The most data rows read; a longer list is refused whole. */
    public static final int MAX_ROWS = 20_000;
    /** The longest full name kept, in code points (a context word, not stored). */
    public static final int MAX_NAME = 256;
    /** The longest role list, as the store keeps it (sorted, comma-joined). */
    static final int MAX_ROLES_TEXT = 1024;

    private static final String KEYS_TEXT = "username, full-name, first-name, last-name, email, roles";

    /**
     * Which header column holds which field, parsed from {@code username=Login,full-name=Name}; {@code username} is
     * required. Keys: {@value #KEYS_TEXT}.
     *
     * @param columns field key → header name (matched case-insensitively)
     */
    public record Columns(Map<String, String> columns) {
        /** @throws IllegalArgumentException for an unknown key or a mapping without {@code username} */
        public Columns {
            columns = ColumnMapping.checked(columns, KEYS_TEXT);
        }

        /**
         * Parses {@code key=Column,key=Column}.
         *
         * @throws IllegalArgumentException naming the bad part
         */
        public static Columns parse(String text) {
            return new Columns(ColumnMapping.pairs(text, KEYS_TEXT));
        }
    }

    /**
     * One person to provision.
     *
     * @param line the row's first line in the file
     * @param username as given, stripped (the store compares it in lower case)
     * @param fullName the full name, or first and last name joined by a space
     * @param email the address, or empty
     * @param roles the roles, stored form (lower case), possibly empty
     */
    public record Person(long line, String username, String fullName, String email, Set<String> roles) {
        /** @throws NullPointerException if a component is null */
        public Person {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(fullName, "fullName");
            Objects.requireNonNull(email, "email");
            roles = Set.copyOf(roles);
        }
    }

    /**
     * What the file held.
     *
     * @param people the valid rows, in file order
     * @param problems the rows that are not, in file order
     * @param notes what to say about the file as a whole (rows read as Windows-1252)
     */
    public record Contents(List<Person> people, List<SkippedRow> problems, List<String> notes) {
        /** @throws NullPointerException if a component is null */
        public Contents {
            people = List.copyOf(people);
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }
    }

    private StaffList() {
    }

    /**
     * Reads a staff list.
     *
     * @param file the CSV file
     * @param columns the column mapping, or null for the standard header names
     * @param requireEmail whether a row without an email address is a problem
     * @throws IOException if the file cannot be read
     * @throws java.io.UncheckedIOException naming the file when its header lacks a needed column, it has no header,
     *                                      or more than {@value #MAX_ROWS} rows
     */
    public static Contents read(Path file, Columns columns, boolean requireEmail) throws IOException {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        List<Person> people = new ArrayList<>();
        List<SkippedRow> problems = new ArrayList<>();
        try (RecordScanner scanner = new RecordScanner(Files.newInputStream(file), name, true, false)) {
            RecordScanner.Chunk chunk = scanner.next();
            if (chunk != null && chunk.ok() && chunk.text().startsWith("#TYPE")) {
                chunk = scanner.next();
            }
            if (chunk == null || !chunk.ok()) {
                throw new ExportFormatException(name + (chunk == null ? ": empty: no header row"
                        : ":" + chunk.line() + ": no header row: " + chunk.reason()) + "; expected " + expected());
            }
            char delimiter = CsvExportReader.delimiter(chunk.text());
            scanner.delimiter(delimiter);
            List<String> header = CsvExportReader.fields(chunk.text(), delimiter);
            if (header == null) {
                throw new ExportFormatException(name + ":" + chunk.line() + ": the header row is not valid CSV");
            }
            Header h = new Header(name, chunk.line(), header, columns);
            long rows = 0;
            while ((chunk = scanner.next()) != null) {
                if (++rows > MAX_ROWS) {
                    throw new ExportFormatException(name + ":" + chunk.line() + ": more than " + MAX_ROWS + " rows:"
                            + " provision at most " + MAX_ROWS + " people per run (split the file)");
                }
                if (!chunk.ok()) {
                    problems.add(chunk.skipped(name));
                    continue;
                }
                List<String> fields = CsvExportReader.fields(chunk.text(), delimiter);
                if (fields == null || fields.size() != header.size()) {
                    problems.add(new SkippedRow(name, chunk.line(), chunk.lines(), fields == null
                            ? SkipCause.MALFORMED_CSV : SkipCause.FIELD_COUNT, fields == null ? "malformed CSV: a"
                            + " character follows a closing quote" : "expected " + header.size() + " fields, found "
                            + fields.size()));
                    continue;
                }
                String problem = h.person(fields, chunk.line(), requireEmail, people);
                if (problem != null) {
                    problems.add(new SkippedRow(name, chunk.line(), chunk.lines(), SkipCause.BAD_VALUE, problem));
                }
            }
            List<String> notes = new ArrayList<>();
            if (scanner.encodingNote() != null) {
                notes.add(scanner.encodingNote());
            }
            return duplicates(name, people, problems, notes);
        }
    }

    /** Every row of a username on several rows becomes a problem naming the other lines. */
    private static Contents duplicates(String name, List<Person> people, List<SkippedRow> problems,
                                       List<String> notes) {
        Map<String, List<Long>> lines = new HashMap<>();
        for (Person p : people) {
            lines.computeIfAbsent(StoreNames.user(p.username()), k -> new ArrayList<>()).add(p.line());
        }
        List<Person> unique = new ArrayList<>();
        List<SkippedRow> all = new ArrayList<>(problems);
        for (Person p : people) {
            List<Long> same = lines.get(StoreNames.user(p.username()));
            if (same.size() == 1) {
                unique.add(p);
            } else {
                List<Long> others = new ArrayList<>(same);
                others.remove(p.line());
                all.add(new SkippedRow(name, p.line(), 1, SkipCause.BAD_VALUE, "username "
                        + StoreNames.user(p.username()) + " is also on line" + (others.size() == 1 ? " " : "s ")
                        + String.join(", ", others.stream().map(String::valueOf).toList())));
            }
        }
        all.sort(java.util.Comparator.comparingLong(SkippedRow::line));
        return new Contents(unique, all, notes);
    }

    static String expected() {
        return "a header with username and full-name (or first-name and last-name), optionally email and roles,"
                + " or a mapping such as --columns username=Login,first-name=Forename,last-name=Surname";
    }

    /** Where each field is in the header. */
    private static final class Header {
        private final Map<String, Integer> at = new LinkedHashMap<>();

        Header(String file, long line, List<String> header, Columns columns) {
            Map<String, Integer> byName = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String cell = ExportReader.stripBom(header.get(i)).trim().toLowerCase(Locale.ROOT);
                byName.putIfAbsent(columns == null ? cell.replace(' ', '-').replace('_', '-') : cell, i);
            }
            for (String key : KEYS_TEXT.split(", ")) {
                String column = columns == null ? key : columns.columns().get(key);
                if (column == null) {
                    continue;
                }
                Integer i = byName.get(column.trim().toLowerCase(Locale.ROOT));
                if (i == null && columns != null) {
                    throw new ExportFormatException(file + ":" + line + ": no column '" + column + "' (mapped to "
                            + key + " by --columns); the header has: " + String.join(", ", header));
                }
                if (i != null) {
                    at.put(key, i);
                }
            }
            if (!at.containsKey("username") || !at.containsKey("full-name")
                    && !(at.containsKey("first-name") && at.containsKey("last-name"))) {
                throw new ExportFormatException(file + ":" + line + ": the header has no "
                        + (at.containsKey("username") ? "full-name (or first-name and last-name)" : "username")
                        + " column; expected " + expected() + "; the header has: " + String.join(", ", header));
            }
        }

        private String get(List<String> fields, String key) {
            Integer i = at.get(key);
            return i == null ? "" : fields.get(i).strip();
        }

        /** Adds the row's person to {@code people}, or returns why it cannot be provisioned. */
        String person(List<String> fields, long line, boolean requireEmail, List<Person> people) {
            String username = get(fields, "username");
            if (username.isEmpty()) {
                return "no username";
            }
            try {
                StoreNames.user(username);
            } catch (IllegalArgumentException e) {
                return "username: " + e.getMessage().substring(e.getMessage().indexOf(": ") + 2);
            }
            String fullName = get(fields, "full-name");
            if (fullName.isEmpty()) {
                fullName = (get(fields, "first-name") + " " + get(fields, "last-name")).strip();
            }
            if (fullName.isEmpty()) {
                return "no name (full-name, or first-name and last-name)";
            }
            if (fullName.codePointCount(0, fullName.length()) > MAX_NAME) {
                return "name too long: at most " + MAX_NAME + " characters";
            }
            String email = get(fields, "email");
            if (email.isEmpty() && requireEmail) {
                return "no email address (the gam layout needs one)";
            }
            if (!email.isEmpty() && !emailAddress(email)) {
                return "email: not an address of the form local@domain.example";
            }
            Set<String> roles = new TreeSet<>();
            for (String role : get(fields, "roles").split(";")) {
                if (!role.isBlank()) {
                    try {
                        roles.add(StoreNames.role(role));
                    } catch (IllegalArgumentException e) {
                        return e.getMessage();
                    }
                }
            }
            if (String.join(",", roles).length() > MAX_ROLES_TEXT) {
                return "roles: too many: at most " + MAX_ROLES_TEXT + " characters in all";
            }
            people.add(new Person(line, username, fullName, email, roles));
            return null;
        }
    }

    /** One {@code @}, something before it, a dotted domain after it; no white space or control characters. */
    static boolean emailAddress(String s) {
        int at = s.indexOf('@');
        if (at <= 0 || at != s.lastIndexOf('@') || s.length() > 254) {
            return false;
        }
        String domain = s.substring(at + 1);
        if (domain.indexOf('.') <= 0 || domain.endsWith(".")) {
            return false;
        }
        return s.codePoints().noneMatch(cp -> Character.isWhitespace(cp) || Character.isISOControl(cp)
                || Character.getType(cp) == Character.FORMAT);
    }
}
