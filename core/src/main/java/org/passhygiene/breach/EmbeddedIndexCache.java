package org.passhygiene.breach;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;

import org.passhygiene.input.IoReason;
import org.passhygiene.output.OutputPathException;
import org.passhygiene.output.OutputTarget;

/**
 * The on-disk copy of an embedded index that lives inside the jar (an index is memory-mapped, so it needs a file). The
 * cache directory is ours: a damaged copy (wrong size, bad header, entry checksum) and a symbolic link or other
 * non-file in place of the copy are replaced, never reported as the user's problem. When the cache directory cannot be
 * created or written, the copy goes to a private directory (0700) under {@code java.io.tmpdir}, removed on exit; only
 * when that fails too is it an error, naming the cache directory and {@code XDG_CACHE_HOME}.
 */
final class EmbeddedIndexCache {

    private static Path temporaryDirectory;

    private EmbeddedIndexCache() {
    }

    /**
     * The open, verified copy of {@code url} in {@code cacheDirectory}, or in a private temporary directory when the
     * cache cannot be used.
     *
     * @throws BreachIndexException when the embedded index itself is damaged
     * @throws IOException          naming the cache directory and {@code XDG_CACHE_HOME} when no copy can be written
     */
    static BreachIndex open(URL url, HashKind kind, Path cacheDirectory) throws IOException {
        return open(url, kind, cacheDirectory, EmbeddedIndexCache::temporaryDirectory);
    }

    /** Where the copy goes when the cache cannot be used (a parameter for tests). */
    interface Fallback {
        Path directory() throws IOException;
    }

    static BreachIndex open(URL url, HashKind kind, Path cacheDirectory, Fallback fallback) throws IOException {
        long size = url.openConnection().getContentLengthLong();
        String name = "common-passwords-" + size + "." + kind.name().toLowerCase(Locale.ROOT) + ".phbi";
        Exception cacheFailure;
        try {
            return openIn(cacheDirectory, name, url, size, kind);
        } catch (BreachIndexException e) {
            throw e;
        } catch (IOException | OutputPathException e) {
            cacheFailure = e;
        }
        try {
            Path directory = fallback.directory();
            // Registered after the directory, so deleted before it: the directory is empty when its turn comes.
            directory.resolve(name).toFile().deleteOnExit();
            return openIn(directory, name, url, size, kind);
        } catch (BreachIndexException e) {
            throw e;
        } catch (IOException | OutputPathException e) {
            FileSystemException failure = new FileSystemException(cacheDirectory.toString(), null,
                    "cannot write the embedded breach index cache (" + reason(cacheFailure) + "), nor a temporary copy ("
                    + reason(e) + "); set XDG_CACHE_HOME to a writable directory");
            failure.initCause(e);
            failure.addSuppressed(cacheFailure);
            throw failure;
        }
    }

    /** The verified copy in {@code directory}: the one there if it is sound, else a fresh one. */
    private static BreachIndex openIn(Path directory, String name, URL url, long size, HashKind kind)
            throws IOException {
        Files.createDirectories(directory);
        Path target = directory.resolve(name);
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.size(target) == size) {
            try {
                return verified(target, kind);
            } catch (BreachIndexException damaged) {
                // a damaged copy: replaced below
            }
        } else if (Files.isSymbolicLink(target)) {
            Files.delete(target); // the link only, not what it points to; the cache is ours
        }
        OutputTarget.builder(target).overwrite(true).open().write(out -> {
            try (InputStream in = url.openStream()) {
                in.transferTo(out);
            }
        });
        return verified(target, kind);
    }

    private static BreachIndex verified(Path file, HashKind kind) throws IOException {
        BreachIndex index = BreachIndex.open(file, kind);
        index.verify();
        return index;
    }

    /** This process's private directory under {@code java.io.tmpdir} (0700), deleted with its files on exit. */
    private static synchronized Path temporaryDirectory() throws IOException {
        if (temporaryDirectory == null) {
            Path base = Path.of(System.getProperty("java.io.tmpdir"));
            Path dir;
            try {
                dir = Files.createTempDirectory(base, "passhygiene-",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (UnsupportedOperationException notPosix) {
                dir = Files.createTempDirectory(base, "passhygiene-");
            }
            dir.toFile().deleteOnExit();
            temporaryDirectory = dir;
        }
        return temporaryDirectory;
    }

    /** "file: reason" for a file-system failure ({@link IoReason}), else the exception's message. */
    private static String reason(Exception e) {
        if (e instanceof IOException io) {
            String reason = IoReason.of(io);
            return io instanceof FileSystemException f && f.getFile() != null ? f.getFile() + ": " + reason : reason;
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
