package org.passhygiene.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The leavers list an audit checks accounts against ({@link Auditor.Builder#leavers}, {@code audit --leavers FILE}):
 * a CSV with a header naming a {@code username} or {@code email} column (or both) and a {@code leaving-date} column,
 * header names in any case, dates ISO ({@code 2026-07-22}) or UK ({@code 22/07/2026}, with or without a time). Other
 * layouts (an MIS export) name their columns: {@code username=Login,leaving-date=Date Left}. An account still
 * enabled after its leaving date is {@link FindingCode#LEAVER_ENABLED}.
 *
 * <p>A leaver matches an account when their username, e-mail address or the part of it before the {@code @} is the
 * account's name or its name without the domain, in any case ({@code jsmith@school.org} matches the AD account
 * {@code jsmith} and the Google account {@code jsmith@school.org}). Rows without a leaving date are passed over
 * (not a leaver yet) and counted in a note; a person listed twice keeps the later date. The file is read like an
 * export: bounded records, UTF-8 or UTF-16, {@code ,} {@code ;} or tab, and each row that cannot be read is a
 * {@link SkippedRow} naming file and line.
 */
public final class Leavers {

    static final String KEYS_TEXT = "username, email, leaving-date";
    private static final List<String> KEYS = List.of(KEYS_TEXT.split(", "));
    /** The most leavers one list may hold (a school has tens a year). */
    static final int MAX_LEAVERS = 1_000_000;
    static final String EXPECTED = "a leavers list: a header with username or email and leaving-date (any case), "
            + "dates 2026-07-22 or 22/07/2026; or name the columns: username=COLUMN,email=COLUMN,leaving-date=COLUMN";

    /** One leaver: as the list names them, their leaving date, and the lower-case names they are known by. */
    record Leaver(String name, LocalDate leavingDate, List<String> keys) {
    }

    /** The most leavers an unmatched-leavers note names (the rest are counted). */
    static final int NAMED_IN_NOTE = 10;
    /** The most characters of a leaver's name a note quotes. */
    private static final int NAME_IN_NOTE = 64;

    private final Map<String, Leaver> byKey;
    private final List<Leaver> all;
    private final List<SkippedRow> skipped;
    private final List<String> readNotes;
    private final String file;
    private final long undated;

    private Leavers(String file, Map<String, Leaver> byKey, List<Leaver> all, long undated,
                    List<SkippedRow> skipped, List<String> readNotes) {
        this.file = file;
        this.byKey = Map.copyOf(byKey);
        this.all = List.copyOf(all);
        this.undated = undated;
        this.skipped = List.copyOf(skipped);
        this.readNotes = List.copyOf(readNotes);
    }

    /**
     * Reads a leavers list.
     *
     * @param columns null for the header names {@code username}/{@code email} and {@code leaving-date}, else the
     *                list's own column names by key ({@link #columns(String)})
     * @throws IllegalArgumentException if {@code columns} is not such a mapping
     * @throws ExportFormatException    if the header lacks a column, or the list holds more than a million leavers
     * @throws IOException              if the file cannot be read
     */
    public static Leavers read(Path file, Map<String, String> columns) throws IOException {
        return read(file, columns, null);
    }

    /**
     * Reads a leavers list whose dates, if every one could be day-first or month-first ({@code 1/12/2026}), are in
     * {@code dateOrder} ({@code audit --date-order}); null reads them day-first (UK) with a note saying so. Dates
     * that show their order (a part above 12) are read that way whatever is given.
     *
     * @see #read(Path, Map)
     */
    public static Leavers read(Path file, Map<String, String> columns, DateOrder dateOrder) throws IOException {
        Objects.requireNonNull(file, "file");
        return read(() -> Files.newInputStream(file), file.toString(), columns, dateOrder);
    }

    static Leavers read(ExportLayout.Source source, String name, Map<String, String> columns, DateOrder dateOrder)
            throws IOException {
        Map<String, String> mapping = columns == null ? null : checked(new LinkedHashMap<>(columns));
        // UK lists: day-first unless the file's own dates say month-first or --date-order says so
        FileDates dates = dateOrder == null ? new FileDates(name, DateOrder.DMY, "the leavers list's default")
                : new FileDates(name, dateOrder, "--date-order");
        List<SkippedRow> skipped = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        CsvExportReader.scan(source.open(), name, EXPECTED, false, dates, row -> {
            String date = column(name, row, mapping, "leaving-date", "leaving-date", "leaving date");
            return (line, r) -> r.date(date);
        }, s -> { }, n -> { });
        dates.settle(notes::add);
        if (dates.assumed() && dateOrder == null) {
            notes.add(name + ": every leaving date could be day-first or month-first (1/12/2026): read day-first "
                    + "(dd/mm/yyyy, UK); if the list is month-first (m/d/yyyy, a US-set Excel), pass --date-order mdy");
        }
        Map<String, Leaver> byKey = new HashMap<>();
        List<Leaver> all = new ArrayList<>();
        long[] undated = {0};
        CsvExportReader.scan(source.open(), name, EXPECTED, false, dates, row -> {
            String date = column(name, row, mapping, "leaving-date", "leaving-date", "leaving date");
            String user = optional(name, row, mapping, "username", "username", "user name");
            String email = optional(name, row, mapping, "email", "email", "e-mail", "email address");
            if (user == null && email == null) {
                throw new ExportFormatException(name + ": the header has no 'username' or 'email' column; expected "
                        + EXPECTED);
            }
            return (line, r) -> {
                String u = r.get(user);
                String e = r.get(email);
                if (u == null && e == null) {
                    throw new Fields.BadField("username and email are both empty");
                }
                String raw = r.get(date);
                if (raw != null && Fields.isDigits(raw.trim())) { // 20260722 or a spreadsheet serial, not a FILETIME
                    throw new Fields.BadField(SkipCause.BAD_DATE, date + ": not a date (expected 2026-07-22 or "
                            + "22/07/2026)");
                }
                LocalDate left = r.date(date);
                if (left == null) {
                    undated[0]++;
                    return;
                }
                if (all.size() == MAX_LEAVERS) {
                    throw new ExportFormatException(name + ":" + line + ": more than " + MAX_LEAVERS + " leavers: "
                            + "not a leavers list");
                }
                List<String> keys = keys(u, e);
                Leaver leaver = new Leaver((u != null ? u : e).trim(), left, keys);
                all.add(leaver);
                for (String key : keys) {
                    byKey.merge(key, leaver, (a, b) -> a.leavingDate().isAfter(b.leavingDate()) ? a : b);
                }
            };
        }, skipped::add, notes::add);
        return new Leavers(name, byKey, all, undated[0], skipped, notes);
    }

    /**
     * Parses a leavers list's column names: {@code username=COLUMN,email=COLUMN,leaving-date=COLUMN}, with
     * {@code leaving-date} and one of the others, e.g. {@code email=Work Email,leaving-date=Date of Leaving}.
     *
     * @return key → column name (names match the header in any case)
     * @throws IllegalArgumentException naming the bad part
     */
    public static Map<String, String> columns(String text) {
        return checked(ColumnMapping.pairs(text, KEYS_TEXT));
    }

    private static Map<String, String> checked(Map<String, String> m) {
        for (String key : m.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown leavers column key '" + key + "'; keys: " + KEYS_TEXT);
            }
        }
        if (!m.containsKey("leaving-date") || !(m.containsKey("username") || m.containsKey("email"))) {
            throw new IllegalArgumentException("a leavers column mapping needs leaving-date=COLUMN and username=COLUMN "
                    + "or email=COLUMN");
        }
        return Map.copyOf(m);
    }

    /** The header's column for {@code key}: the mapped one, else the first of {@code names} it has. */
    private static String column(String file, CsvRow header, Map<String, String> mapping, String key,
                                 String... names) {
        String c = mapping != null ? mapping.get(key) : null;
        if (c == null && mapping == null) {
            for (String n : names) {
                if (header.has(n)) {
                    return n;
                }
            }
            c = names[0];
        }
        if (!header.has(c)) {
            throw new ExportFormatException(file + ": the header has no '" + c + "' column; expected " + EXPECTED);
        }
        return c;
    }

    /** The column for {@code key} if the header has it (mapped: it must), else the first of {@code names}, or null. */
    private static String optional(String file, CsvRow header, Map<String, String> mapping, String key,
                                   String... names) {
        if (mapping != null) {
            String c = mapping.get(key);
            if (c != null && !header.has(c)) {
                throw new ExportFormatException(file + ": the header has no '" + c + "' column; expected " + EXPECTED);
            }
            return c;
        }
        for (String n : names) {
            if (header.has(n)) {
                return n;
            }
        }
        return null;
    }

    /** Lower-case names a leaver is known by: username, e-mail address, and the address before the @. */
    private static List<String> keys(String username, String email) {
        List<String> keys = new ArrayList<>(3);
        if (username != null) {
            keys.add(username.trim().toLowerCase(Locale.ROOT));
        }
        if (email != null) {
            String e = email.trim().toLowerCase(Locale.ROOT);
            keys.add(e);
            int at = e.indexOf('@');
            if (at > 0) {
                keys.add(e.substring(0, at));
            }
        }
        return List.copyOf(keys);
    }

    /** How many leavers (rows with a leaving date) the list holds. */
    public int size() {
        return all.size();
    }

    /** The rows that could not be read. */
    public List<SkippedRow> skipped() {
        return skipped;
    }

    /** The leaver who is the account of {@code r} (by its name, or its name without the domain), or null. */
    Leaver find(ExportRecord r) {
        Leaver l = byKey.get(r.username().toLowerCase(Locale.ROOT));
        return l != null ? l : byKey.get(r.person());
    }

    /** What the report should say about the list on {@code asOf}: rows passed over, leavers not yet gone. */
    List<String> notes(LocalDate asOf) {
        List<String> notes = new ArrayList<>(readNotes);
        if (undated > 0) {
            notes.add(file + ": " + undated + " row(s) have no leaving date and were passed over");
        }
        long future = all.stream().filter(l -> !l.leavingDate().isBefore(asOf)).count();
        if (future > 0) {
            notes.add(file + ": " + future + " leaver(s) leave on or after " + asOf + ": not judged until then");
        }
        return notes;
    }

    /**
     * What the report says of the leavers who matched no account of the exports ({@code found}: the leavers
     * {@link #find} returned), or null if every leaver matched. Their accounts may have been deleted already (as they
     * should be), or the list names people otherwise than the exports do: when none matched, that is the likely cause
     * and the note says so first. Names at most {@value #NAMED_IN_NOTE} leavers, as the list writes them.
     */
    String unmatchedNote(Set<Leaver> found) {
        Map<String, String> unmatched = new LinkedHashMap<>();
        for (Leaver l : all) {
            boolean matched = l.keys().stream().anyMatch(k -> found.contains(byKey.get(k)));
            if (!matched) {
                unmatched.putIfAbsent(l.name().toLowerCase(Locale.ROOT), l.name());
            }
        }
        if (unmatched.isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String n : unmatched.values()) {
            if (names.size() == NAMED_IN_NOTE) {
                names.add("and " + (unmatched.size() - NAMED_IN_NOTE) + " more");
                break;
            }
            names.add(n.length() > NAME_IN_NOTE ? n.substring(0, NAME_IN_NOTE) + "…" : n);
        }
        long people = all.stream().map(l -> l.name().toLowerCase(Locale.ROOT)).distinct().count();
        if (unmatched.size() == people) {
            return file + ": none of the " + people + " leaver(s) on the list matches an account in the exports ("
                    + String.join(", ", names) + "): check that the list's username or email column holds the "
                    + "names the exports use (jsmith, or jsmith@school.org), or name other columns (username=COLUMN, "
                    + "email=COLUMN); leavers whose accounts were deleted are not in the exports either";
        }
        return file + ": " + unmatched.size() + " of the " + people + " leaver(s) on the list match no account in "
                + "the exports (" + String.join(", ", names) + "): their accounts were deleted, or the list names "
                + "them otherwise than the exports do: check the list's username or email column for them";
    }
}
