package org.passhygiene.breach;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the HIBP downloads are laid out on disk: range files named by their prefix, plain or gzip. */
final class HibpFiles {

    private static final Pattern PREFIX_FILE = Pattern.compile("([0-9A-Fa-f]{5})\\.txt(\\.gz)?");

    private HibpFiles() {
    }

    static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1F && in.read() == 0x8B;
        }
    }

    /**
     * The prefix a range file's name gives its lines ({@code 70CCD.txt} or {@code 70ccd.txt.gz}: 0x70CCD), or -1 when
     * the name is not a range file's.
     */
    static long rangePrefix(Path file) {
        Path name = file.getFileName();
        Matcher m = PREFIX_FILE.matcher(name == null ? "" : name.toString());
        return m.matches() ? Long.parseLong(m.group(1), 16) : -1;
    }

    /** The {@code {PREFIX}.txt} (or {@code .txt.gz}) files of a per-prefix directory, in prefix order. */
    static List<Path> prefixFiles(Path directory) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            for (Path file : stream) {
                if (PREFIX_FILE.matcher(file.getFileName().toString()).matches() && Files.isRegularFile(file)) {
                    files.add(file);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (files.isEmpty()) {
            throw new CorpusFormatException(directory.toString(), 0, "no {PREFIX}.txt files in the directory");
        }
        files.sort((a, b) -> a.getFileName().toString().toUpperCase(Locale.ROOT)
                .compareTo(b.getFileName().toString().toUpperCase(Locale.ROOT)));
        return files;
    }
}
