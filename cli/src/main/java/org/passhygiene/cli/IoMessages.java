package org.passhygiene.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;

import org.passhygiene.input.IoReason;
import org.passhygiene.output.TerminalText;

import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.ParseResult;

/**
 * The error line for an I/O failure, for {@link ExitCodes}: always a file and a reason. The JDK's file-system
 * exceptions often carry only a path ({@code NoSuchFileException: nosuch.csv}); here they become
 * {@code nosuch.csv: no such file}, {@code x: permission denied} ({@link IoReason}), with the file name escaped.
 */
final class IoMessages {

    /** The whole message of the IOException the JDK throws when reading a directory as a file (Linux, macOS). */
    private static final String IS_A_DIRECTORY = "Is a directory";

    private IoMessages() {
    }

    /**
     * One line naming the file and the reason for an {@link IOException} or {@link UncheckedIOException}.
     *
     * @param parsed the command line, to name the file when the JDK gave only a reason ("Is a directory")
     */
    static String describe(Exception ex, ParseResult parsed) {
        IOException io = ex instanceof UncheckedIOException u ? u.getCause() : (IOException) ex;
        String outer = ex.getMessage();
        if (ex == io || outer == null || outer.equals(io.getMessage()) || outer.equals(io.toString())) {
            if (!(io instanceof FileSystemException) && IS_A_DIRECTORY.equalsIgnoreCase(io.getMessage())) {
                Path directory = directoryArgument(parsed);
                if (directory != null) {
                    return TerminalText.escape(directory.toString()) + ": is a directory, not a file";
                }
            }
            return describe(io);
        }
        // The wrapper adds context ("stdin:3: cannot read: …"); a bare path from the cause still needs its reason.
        if (io instanceof FileSystemException f && f.getReason() == null && outer.endsWith(f.getMessage())) {
            return outer + ": " + IoReason.of(f);
        }
        return outer;
    }

    /** {@code file: reason}, or the message when the exception names no file. */
    static String describe(IOException io) {
        String reason = IoReason.of(io);
        if (io instanceof FileSystemException f) {
            if (f.getFile() == null) {
                return reason;
            }
            String name = TerminalText.escape(f.getFile());
            if (f.getOtherFile() != null) {
                name += " -> " + TerminalText.escape(f.getOtherFile());
            }
            return name + ": " + reason;
        }
        return reason;
    }

    /** The first file argument of the command line that is a directory, or null. */
    private static Path directoryArgument(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            for (ArgSpec arg : p.matchedArgs()) {
                Object value = arg.getValue();
                Collection<?> values = value instanceof Collection<?> c ? c : Collections.singletonList(value);
                for (Object v : values) {
                    if (v instanceof Path path && Files.isDirectory(path)) {
                        return path;
                    }
                }
            }
        }
        return null;
    }

    /**
     * {@code message} as it may be printed: each line escaped with {@link TerminalText#escape} when it holds a
     * control or invisible character that nobody escaped (so no message can drive the terminal), else unchanged (so
     * text escaped where it was built is not escaped twice). Line breaks are kept: some messages list choices on
     * several lines; untrusted text in a message must still be escaped where the message is built.
     */
    static String safe(String message) {
        if (message == null) {
            return "";
        }
        String[] lines = message.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String escaped = TerminalText.escape(lines[i]);
            if (!escaped.replace("\\\\", "\\").equals(lines[i])) {
                lines[i] = escaped;
            }
        }
        return String.join("\n", lines);
    }
}
