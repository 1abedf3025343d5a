package org.passhygiene.audit;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Reads the CSV exports, read with FastCSV: a header row, then one account or login per record. What a format's
 * header must hold and how its rows become records is its {@link CsvLayout}; this class splits the file into
 * records ({@link RecordScanner}), sniffs the delimiter and accounts for every row.
 */
final class CsvExportReader {

    private CsvExportReader() {
    }

    /** Splits one record's text into fields, per delimiter; reused, one record at a time. */
    private static final CsvReader.CsvReaderBuilder COMMA = CsvReader.builder().fieldSeparator(',');
    private static final CsvReader.CsvReaderBuilder SEMICOLON = CsvReader.builder().fieldSeparator(';');
    private static final CsvReader.CsvReaderBuilder TAB = CsvReader.builder().fieldSeparator('\t');

    /** Reads the bytes of {@code data} as the file called {@code name}; no date order given, no notes. */
    static long read(byte[] data, String name, ExportFormat format, ColumnMapping mapping,
                     Consumer<ExportRecord> sink, Consumer<SkippedRow> skipped) throws IOException {
        return read(() -> new java.io.ByteArrayInputStream(data), name, format, mapping, null, null, sink, skipped,
                note -> { });
    }

    /** Reads the file {@code source} opens, called {@code name}, as {@code format}: see {@link ExportReader}. */
    static long read(ExportLayout.Source source, String name, ExportFormat format, ColumnMapping mapping,
                     DateOrder dateOrder, String givenBy, Consumer<ExportRecord> sink, Consumer<SkippedRow> skipped,
                     Consumer<String> notes) throws IOException {
        return ExportReader.read(source, name, format, mapping, dateOrder, givenBy, sink, skipped, notes);
    }

    /** One pass over the file: the header, then every record through {@code layout}'s mapper. */
    static long scan(InputStream in, String name, ExportFormat format, CsvLayout layout, ColumnMapping mapping,
                     FileDates dates, Consumer<ExportRecord> sink, Consumer<SkippedRow> skipped,
                     Consumer<String> notes) throws IOException {
        return scan(in, name, format.expected(), layout.comments(), dates, row -> {
            CsvLayout.RowMapper mapper = layout.mapper(name, format, mapping, row);
            return (line, r) -> mapper.map(name, line, r, sink);
        }, skipped, notes);
    }

    /** What to do with each data row of a file, once its header is known. */
    @FunctionalInterface
    interface Rows {
        void row(long line, CsvRow row) throws Fields.BadField;
    }

    /**
     * One pass over any CSV file with a header (an export, a leavers list): the header row gives the columns,
     * {@code onHeader} the handler of the data rows (and may refuse the header with an
     * {@link ExportFormatException}); every row that cannot be read goes to {@code skipped}.
     *
     * @param expected the layout expected, for messages about a missing or broken header
     * @return the number of data rows read, skipped ones included
     */
    static long scan(InputStream in, String name, String expected, boolean comments, FileDates dates,
                     Function<CsvRow, Rows> onHeader, Consumer<SkippedRow> skipped,
                     Consumer<String> notes) throws IOException {
        long rows = 0;
        try (RecordScanner scanner = new RecordScanner(in, name, true, comments)) {
            CsvReader.CsvReaderBuilder fields = COMMA;
            CsvRow row = null;
            Rows handler = null;
            int width = 0;
            RecordScanner.Chunk chunk;
            while ((chunk = scanner.next()) != null) {
                if (row == null) {
                    if (!chunk.ok()) {
                        throw new ExportFormatException(name + ":" + chunk.line() + ": no header row: "
                                + chunk.reason() + "; expected " + expected);
                    }
                    char delimiter = delimiter(chunk.text());
                    scanner.delimiter(delimiter);
                    fields = builder(delimiter);
                    List<String> header = fields(chunk.text(), delimiter);
                    if (header == null) {
                        throw new ExportFormatException(name + ":" + chunk.line() + ": the header row is not "
                                + "valid CSV; expected " + expected);
                    }
                    Map<String, Integer> index = new HashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        index.putIfAbsent(header.get(i).trim().toLowerCase(Locale.ROOT), i);
                    }
                    width = header.size();
                    row = new CsvRow(index, dates);
                    handler = onHeader.apply(row);
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
                row.set(rec, line);
                try {
                    handler.row(line, row);
                } catch (Fields.BadField e) {
                    skipped.accept(new SkippedRow(name, line, 1, e.cause(), e.getMessage()));
                }
            }
            if (row == null) {
                throw new ExportFormatException(name + ": empty: no header row; expected " + expected);
            }
            if (row.unjoinedMemberOf > 0) {
                notes.accept(AccountRows.unjoinedNote(name, row.unjoinedMemberOf));
            }
            row.notes.forEach(notes);
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
}
