package org.passhygiene.audit;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A CSV export's entry in the format registry: the header columns that identify it, the columns it needs, how one
 * of its rows becomes records, and how its file is read ({@link CsvExportReader} does the reading). Built with
 * {@link #accounts}, {@link #generic()} or {@link PasswordManagerLayouts#layout}; header tests with {@link #has},
 * {@link #hasAny} and {@link #within}.
 */
final class CsvLayout implements ExportLayout {

    /** One row → its records: none (passed over), one, or several (a login saved for several sites). */
    @FunctionalInterface
    interface RowMapper {
        void map(String file, long line, CsvRow row, Consumer<ExportRecord> sink) throws Fields.BadField;
    }

    /** A row → at most one record (null: passed over). */
    @FunctionalInterface
    interface OneRecord {
        ExportRecord map(String file, long line, CsvRow row) throws Fields.BadField;
    }

    private final int precedence;
    private final Predicate<Set<String>> signature;
    /** The columns a header must have, given the mapping: one of each list (its names are alternatives). */
    private final Function<ColumnMapping, Collection<List<String>>> required;
    private final Function<ColumnMapping, RowMapper> rows;
    /** Whether a column mapping must be given (the generic format). */
    private final boolean mapped;
    /** Dates in the exporting server's culture: a first pass infers their order. */
    private final boolean cultureDates;
    /** Lines starting with {@code #} are comments (PowerShell's {@code #TYPE}). */
    private final boolean comments;
    private final boolean passwordManager;

    private CsvLayout(int precedence, Predicate<Set<String>> signature,
                      Function<ColumnMapping, Collection<List<String>>> required,
                      Function<ColumnMapping, RowMapper> rows,
                      boolean mapped, boolean cultureDates, boolean comments, boolean passwordManager) {
        this.precedence = precedence;
        this.signature = signature;
        this.required = required;
        this.rows = rows;
        this.mapped = mapped;
        this.cultureDates = cultureDates;
        this.comments = comments;
        this.passwordManager = passwordManager;
    }

    /**
     * An account export (a directory's user list): one record per row, dates in the exporting server's culture.
     *
     * @param key the column naming the account, which the header must have: one of these names
     */
    static CsvLayout accounts(int precedence, Predicate<Set<String>> signature, List<String> key, OneRecord row) {
        return new CsvLayout(precedence, signature, m -> List.of(key), m -> one(row), false, true, false, false);
    }

    /** {@link #accounts(int, Predicate, List, OneRecord)} with one name for the account column. */
    static CsvLayout accounts(int precedence, Predicate<Set<String>> signature, String key, OneRecord row) {
        return accounts(precedence, signature, List.of(key), row);
    }

    /** This layout, reading lines that start with {@code #} as comments (PowerShell's {@code #TYPE} line). */
    CsvLayout withComments() {
        return new CsvLayout(precedence, signature, required, rows, mapped, cultureDates, true, passwordManager);
    }

    /** Any CSV read through a {@link ColumnMapping}: never detected; every mapped column is needed. */
    static CsvLayout generic() {
        return new CsvLayout(NEVER, names -> false, m -> m.columns().values().stream().map(List::of).toList(),
                m -> one((file, line, row) -> AccountRows.generic(file, line, row, m)), true, true, false, false);
    }

    /** A password manager's vault: entries without a password are passed over; dates are not in a culture. */
    static CsvLayout passwordManager(int precedence, Predicate<Set<String>> signature, List<String> required,
                                     RowMapper rows) {
        return new CsvLayout(precedence, signature, m -> required.stream().map(List::of).toList(), m -> rows, false,
                false, false, true);
    }

    /** A header with all of {@code names} (lower-case). */
    static Predicate<Set<String>> has(String... names) {
        List<String> all = List.of(names);
        return header -> header.containsAll(all);
    }

    /** A header with one of {@code names} (lower-case) at least. */
    static Predicate<Set<String>> hasAny(String... names) {
        List<String> any = List.of(names);
        return header -> any.stream().anyMatch(header::contains);
    }

    /** A header with no column but {@code names} (lower-case). */
    static Predicate<Set<String>> within(String... names) {
        Set<String> allowed = Set.of(names);
        return allowed::containsAll;
    }

    private static RowMapper one(OneRecord m) {
        return (file, line, row, sink) -> {
            ExportRecord r = m.map(file, line, row);
            if (r != null) {
                sink.accept(r);
            }
        };
    }

    @Override
    public int precedence() {
        return precedence;
    }

    @Override
    public boolean detects(String line, Set<String> header) {
        return header != null && signature.test(header);
    }

    @Override
    public boolean passwordManager() {
        return passwordManager;
    }

    boolean comments() {
        return comments;
    }

    /**
     * The mapper for a file whose header is {@code header}.
     *
     * @throws ExportFormatException naming the first needed column the header lacks
     */
    RowMapper mapper(String file, ExportFormat format, ColumnMapping mapping, CsvRow header) {
        for (List<String> c : required.apply(mapping)) {
            if (c.stream().noneMatch(header::has)) {
                throw new ExportFormatException(file + ": the header has no '" + String.join("' or '", c)
                        + "' column; expected " + format.expected());
            }
        }
        return rows.apply(mapping);
    }

    /**
     * Formats with dates in the exporting server's culture are read twice: a first pass counts what the dates say
     * about their order ({@link FileDates}), the second reads the rows.
     */
    @Override
    public long read(Source source, String name, ExportFormat format, ColumnMapping mapping, FileDates dates,
                     Consumer<ExportRecord> sink, Consumer<SkippedRow> skipped, Consumer<String> notes)
            throws IOException {
        if (mapped && mapping == null) {
            throw new ExportFormatException(name + ": the " + format.id() + " format needs a column mapping ("
                    + ColumnMapping.KEYS_TEXT + ")");
        }
        Objects.requireNonNull(source, "source");
        if (cultureDates) {
            CsvExportReader.scan(source.open(), name, format, this, mapping, dates, ExportRecord::clear, s -> { },
                    n -> { });
        }
        dates.settle(notes);
        return CsvExportReader.scan(source.open(), name, format, this, mapping, dates, sink, skipped, notes);
    }
}
