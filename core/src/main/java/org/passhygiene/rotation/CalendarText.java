package org.passhygiene.rotation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;

import org.passhygiene.input.IoReason;
import org.passhygiene.input.LongLines;
import org.passhygiene.input.StrictUtf8;

/**
 * Reads a calendar file as bounded, strictly decoded UTF-8 text: at most {@code maxBytes} are read (so
 * {@code /dev/zero} or a huge file ends in an error naming the limit, not in {@code OutOfMemoryError}), a
 * malformed byte is an error naming its line, and a leading byte-order mark is dropped.
 */
final class CalendarText {

    private CalendarText() {
    }

    /**
     * @throws UncheckedIOException naming the file and the reason ({@code terms.yaml: no such file}) when it cannot
     *                              be read: the CLI maps this to its I/O exit code, as for a missing policy file
     * @throws CalendarException    when it is larger than {@code maxBytes} or not UTF-8
     */
    static String read(Path path, int maxBytes) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + IoReason.cannotRead(e), e);
        }
        if (bytes.length > maxBytes) {
            throw new CalendarException(path + ": larger than " + size(maxBytes) + ": a term calendar is a short"
                    + " list of dates (limit " + maxBytes + " bytes)");
        }
        return decode(path.toString(), bytes);
    }

    /**
     * Strict UTF-8.
     *
     * @throws CalendarException naming file:line of the first byte that is not UTF-8
     */
    static String decode(String file, byte[] bytes) {
        String text;
        try {
            text = StrictUtf8.decode(bytes);
        } catch (StrictUtf8.MalformedException e) {
            throw new CalendarException(file + ":" + e.line() + ": not UTF-8 text (byte " + (e.byteOffset() + 1)
                    + ")");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * @throws CalendarException naming the first physical line longer than {@code maxChars}
     */
    static void checkLineLengths(String file, String text, int maxChars) {
        int line = LongLines.first(text, maxChars);
        if (line > 0) {
            throw new CalendarException(file + ":" + line + ": line longer than " + maxChars + " characters");
        }
    }

    /**
     * A calendar file format: its size and line limits and its parser. The one path every calendar file takes: read
     * bounded and strictly decoded ({@link CalendarText#read}), line lengths checked, then parsed.
     *
     * @param parser turns (file name for messages, checked text) into terms; throws only {@link CalendarException}
     */
    record Format(int maxBytes, int maxLineChars, BiFunction<String, String, List<Term>> parser) {

        /**
         * @throws CalendarException naming file:line and the problem
         * @throws UncheckedIOException if the file cannot be read
         */
        List<Term> read(Path path) {
            return parse(path.toString(), CalendarText.read(path, maxBytes));
        }

        /**
         * @param file the name for messages
         * @param text the file's text, at most {@code maxBytes} bytes
         * @throws CalendarException naming file:line and the problem; nothing else for any text
         */
        List<Term> parse(String file, String text) {
            checkLineLengths(file, text, maxLineChars);
            return parser.apply(file, text);
        }
    }

    private static String size(int bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MiB" : (bytes >> 10) + " KiB";
    }
}
