package org.passhygiene.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Files and directories the store creates: directories 0700, files 0600 (before any driver writes to them). SQLite
 * gives its {@code -wal}, {@code -shm} and {@code -journal} files the database file's permissions, so creating the
 * database file 0600 first covers them.
 */
final class StoreFiles {
    private StoreFiles() {
    }

    /** Whether the file system {@code path} is (or would be created) on has POSIX permissions. */
    static boolean posix(Path path) throws IOException {
        Path existing = path.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return Files.getFileStore(existing != null ? existing : Path.of(".").toAbsolutePath())
                .supportsFileAttributeView("posix");
    }

    /** Creates every missing directory of {@code dir}, each owner-only where the file system has permissions. */
    static void createDirectories(Path dir, boolean posix) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = dir.toAbsolutePath(); p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.push(p);
        }
        while (!missing.isEmpty()) {
            Path p = missing.pop();
            try {
                if (posix) {
                    Files.createDirectory(p, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectory(p);
                }
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(p)) {
                    throw e;
                }
            }
        }
    }

    /** Creates {@code file} empty and owner-only (0600) unless it exists. */
    static void createOwnerOnlyFile(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        boolean posix = posix(file);
        if (dir != null && !Files.isDirectory(dir)) {
            createDirectories(dir, posix);
        }
        try {
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            syncDirectory(dir);
        } catch (FileAlreadyExistsException e) {
            // another process created it first, or it is there already
        }
    }

    /** Makes a new directory entry durable; a no-op where directories cannot be opened (not POSIX). */
    static void syncDirectory(Path dir) {
        if (dir == null) {
            return;
        }
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: not every platform can fsync a directory
        }
    }
}
