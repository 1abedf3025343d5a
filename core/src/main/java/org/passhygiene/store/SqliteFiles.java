package org.passhygiene.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The SQLite store's file before the driver opens it: created owner-only, or checked for a read-only open. */
final class SqliteFiles {

    private SqliteFiles() {
    }

    /**
     * Read-only: the file must exist; in a directory this process cannot write, where SQLite could not create
     * the WAL index ({@code -shm}) a reader needs, and with no pending WAL, it is opened {@code immutable}.
     * Otherwise: create it 0600 (directories 0700) before the driver does.
     *
     * @return the URL to connect with
     */
    static String prepare(String url, boolean readOnly, boolean existing) {
        String spec = url.substring("jdbc:sqlite:".length());
        if (spec.isEmpty() || spec.startsWith(":") || spec.startsWith("file:")) {
            return url;
        }
        int q = spec.indexOf('?');
        Path file = Path.of(q < 0 ? spec : spec.substring(0, q)).toAbsolutePath();
        if ((readOnly || existing) && !Files.isRegularFile(file)) {
            throw new StoreException(Migrations.noStore(StoreUrl.redact(url)));
        }
        if (readOnly) {
            return q < 0 && needsImmutable(file) ? "jdbc:sqlite:" + file.toUri() + "?immutable=1" : url;
        }
        if (!Files.exists(file)) {
            try {
                StoreFiles.createOwnerOnlyFile(file);
            } catch (IOException e) {
                throw new StoreException(StoreUrl.redact(url) + ": cannot create " + file + ": " + e);
            }
        }
        return url;
    }

    /**
     * Whether the read-only SQLite store at {@code url} is a plain file that this process could write, in a
     * directory it could write: then it is read through normal connections made read-only by {@code PRAGMA
     * query_only}, not SQLite's read-only open. A read-only connection to a WAL database creates the
     * {@code -wal} and {@code -shm} files it needs and, unable to checkpoint, leaves them behind; a normal
     * connection removes them on closing when it is the last one (as every writer does). With a read-only
     * file or directory, SQLite's read-only open (or {@code immutable}) is used; it cannot create them there.
     */
    static boolean writableFile(String url) {
        String spec = url.substring("jdbc:sqlite:".length());
        if (spec.isEmpty() || spec.startsWith(":") || spec.startsWith("file:") || spec.indexOf('?') >= 0) {
            return false;
        }
        Path file = Path.of(spec).toAbsolutePath();
        Path dir = file.getParent();
        return Files.isRegularFile(file) && Files.isWritable(file) && dir != null && Files.isWritable(dir);
    }

    /** No -shm and no way to create one (read-only directory), and no WAL content the file would lack. */
    static boolean needsImmutable(Path file) {
        Path dir = file.getParent();
        Path shm = file.resolveSibling(file.getFileName() + "-shm");
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        try {
            return dir != null && !Files.isWritable(dir) && !Files.exists(shm)
                    && (!Files.exists(wal) || Files.size(wal) == 0);
        } catch (IOException e) {
            return false;
        }
    }
}
