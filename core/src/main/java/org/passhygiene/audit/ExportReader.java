package org.passhygiene.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;


/**
 * Streams the accounts of an export file, one {@link ExportRecord} at a time, so a million-row export needs little
 * memory. Rows that cannot be read become {@link SkippedRow}s and reading goes on; no row is lost without one. Every
 * reader is bounded: a line or CSV record is at most 1 MiB (a longer one is skipped), NUL bytes and invalid text
 * make their row skipped, and a quote never closed is one skipped row covering every line it swallowed. Every reader
 * takes UTF-8 (with or without a byte-order mark) and UTF-16LE/BE; a file without a mark whose row is not UTF-8
 * is read as Windows-1252 with a note; CSV readers take {@code ,} {@code ;} or tab, sniffed from the header.
 *
 * <pre>{@code
 * ExportFormat format = ExportReader.detect(file);
 * long rows = ExportReader.read(file, format, null, record -> {
 *     try {
 *         audit(record);
 *     } finally {
 *         record.clear();
 *     }
 * }, skipped::add);
 * }</pre>
 */
final class ExportReader {

    private static final int DETECT_LINES = 50;
    /** The formats that can be detected, in the order they are tried. */
    private static final List<ExportFormat> DETECTION_ORDER = Arrays.stream(ExportFormat.values())
            .filter(f -> f.layout().precedence() != ExportLayout.NEVER)
            .sorted(Comparator.comparingInt(f -> f.layout().precedence())).toList();

    private ExportReader() {
    }

    /**
     * The format of an export, from its first lines: an NTLM dump line, or a CSV header (after an optional
     * {@code #TYPE} line and byte-order mark).
     *
     * @throws ExportFormatException naming the file and listing the formats when none matches
     * @throws IOException           if the file cannot be read
     */
    public static ExportFormat detect(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return detect(Files.newInputStream(file), file.toString());
    }

    /** {@link #detect(Path)} of {@code in} (closed when done), named {@code file} in messages. */
    static ExportFormat detect(InputStream in, String file) throws IOException {
        List<String> lines = new ArrayList<>();
        try (RecordScanner r = new RecordScanner(in, file, false, false)) {
            RecordScanner.Chunk line;
            while (lines.size() < DETECT_LINES && (line = r.next()) != null) {
                if (!line.ok()) {
                    throw new ExportFormatException(file + ":" + line.line() + ": not a known export format: "
                            + line.reason());
                }
                lines.add(line.text());
                if (!skippedByDetect(line.text())) {
                    break; // the first line that is not a preamble decides
                }
            }
        }
        ExportFormat f = detect(lines);
        if (f == null) {
            throw new ExportFormatException(file + ": not a known export format: the first line is neither a "
                    + "known CSV header nor an NTLM dump line; expected one of:\n  " + expectedList()
                    + "\n(or choose the format, e.g. generic with a column mapping)");
        }
        return f;
    }

    static String expectedList() {
        StringBuilder sb = new StringBuilder();
        for (ExportFormat f : ExportFormat.values()) {
            sb.append(sb.length() == 0 ? "" : "\n  ").append(f.id()).append(": ").append(f.expected());
        }
        return sb.toString();
    }

    /** The format of these first lines, or null: the first format, in precedence order, that detects the first line. */
    static ExportFormat detect(List<String> lines) {
        String line = null;
        for (String raw : lines) {
            if (!skippedByDetect(raw)) {
                line = stripBom(raw).trim();
                break;
            }
        }
        if (line == null) {
            return null;
        }
        Set<String> header = header(line);
        for (ExportFormat f : DETECTION_ORDER) {
            if (f.layout().detects(line, header)) {
                return f;
            }
        }
        return null;
    }

    /** The column names of a header line (trimmed, lower-case), or null when it is not valid CSV. */
    private static Set<String> header(String line) {
        try {
            List<String> fields = CsvExportReader.fields(line);
            if (fields == null) {
                return null;
            }
            Set<String> names = new HashSet<>();
            for (String n : fields) {
                names.add(n.trim().toLowerCase(Locale.ROOT));
            }
            return names;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Blank lines, PowerShell's {@code #TYPE} line and impacket's {@code [*]} log lines come before the data (impacket's
     * banner line {@code Impacket v… - Copyright …} decides by itself).
     */
    private static boolean skippedByDetect(String raw) {
        String line = stripBom(raw).trim();
        return line.isEmpty() || line.startsWith("#TYPE") || line.startsWith("[");
    }

    static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    /**
     * Reads every row of {@code file} as {@code format}. The sink owns each record's secrets and must
     * {@link ExportRecord#clear() clear} them when done.
     *
     * @param format  the layout (see {@link #detect}); {@link ExportFormat#GENERIC} needs {@code mapping}
     * @param mapping column mapping for {@link ExportFormat#GENERIC}; ignored (may be null) otherwise
     * @return the number of data rows read, skipped ones included
     * @throws ExportFormatException if the header lacks a column the format needs
     * @throws IOException           if the file cannot be read
     */
    public static long read(Path file, ExportFormat format, ColumnMapping mapping, Consumer<ExportRecord> sink,
                            Consumer<SkippedRow> skipped) throws IOException {
        return read(file, format, mapping, sink, skipped, note -> { });
    }

    /**
     * {@link #read(Path, ExportFormat, ColumnMapping, Consumer, Consumer)}, passing on what a report should say about
     * the file as a whole (e.g. rows read as Windows-1252, group membership not exported) to {@code notes}, each
     * note naming the file.
     */
    public static long read(Path file, ExportFormat format, ColumnMapping mapping, Consumer<ExportRecord> sink,
                            Consumer<SkippedRow> skipped, Consumer<String> notes) throws IOException {
        return read(file, format, mapping, null, sink, skipped, notes);
    }

    /**
     * {@link #read(Path, ExportFormat, ColumnMapping, Consumer, Consumer, Consumer)} with the date order for a file
     * whose dates cannot settle it themselves. Each file's order is inferred from its values (a first part above 12:
     * day-first; a second part above 12: month-first); {@code dateOrder} is used only when every date could be either
     * way, and without it such a file is refused rather than guessed.
     *
     * @param dateOrder the order for ambiguous files, or null
     * @throws ExportFormatException also when a file's day and month cannot be told apart and no order was given
     */
    public static long read(Path file, ExportFormat format, ColumnMapping mapping, DateOrder dateOrder,
                            Consumer<ExportRecord> sink, Consumer<SkippedRow> skipped, Consumer<String> notes)
            throws IOException {
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(skipped, "skipped");
        return read(() -> Files.newInputStream(file), file.toString(), format, mapping, dateOrder, "--date-order",
                sink, skipped, notes);
    }

    /**
     * Reads the file {@code source} opens, called {@code name}, through its format's {@link ExportLayout}.
     *
     * @param givenBy where {@code dateOrder} came from, for messages (null: {@code --date-order})
     */
    static long read(ExportLayout.Source source, String name, ExportFormat format, ColumnMapping mapping,
                     DateOrder dateOrder, String givenBy, Consumer<ExportRecord> sink, Consumer<SkippedRow> skipped,
                     Consumer<String> notes) throws IOException {
        FileDates dates = new FileDates(name, dateOrder, givenBy == null ? "--date-order" : givenBy);
        return format.layout().read(source, name, format, mapping, dates, sink, skipped, notes);
    }
}
