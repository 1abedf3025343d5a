package org.passhygiene.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.passhygiene.input.IoReason;

/**
 * The one way passhygiene writes an output file: the path is checked before anything is touched, then the file is
 * written whole or not at all.
 *
 * <pre>{@code
 * OutputTarget target = OutputTarget.builder(Path.of("report.html"))
 *         .overwrite(true).inputs(exportFiles).open();      // throws OutputPathException: nothing touched
 * target.write(out -> ReportFormat.HTML.write(report, out));
 * }</pre>
 *
 * <h2>Which paths are accepted</h2>
 * A regular file that does not exist yet (in an existing directory), or an existing regular file when
 * {@link Builder#overwrite(boolean) overwriting} is allowed; or {@code -} for standard output when the caller
 * {@link Builder#standardOutput(boolean) can stream} (the caller then writes to its own standard output). Refused,
 * with an {@link OutputPathException} naming the path and the reason: character and block devices, FIFOs, sockets,
 * directories; a path that is itself a symbolic link, whatever it points to (a link is neither followed nor
 * replaced: give the file's own path; links among the directories above it are followed); a file that
 * {@link Files#isSameFile is the same file} as one of the {@link Builder#inputs inputs}, or lies inside an input that is
 * a directory (a command reads every file of it, so the output would become input); a path whose parent directory
 * is missing or not a directory; {@code -} when standard output is not allowed.
 *
 * <h2>How it is written</h2>
 * To a hidden temporary file beside the target, {@code .NAME.<random>.tmp}, created with mode 0600 on POSIX file
 * systems; then the data is forced to disk, the final permissions are set ({@link Builder#permissions}, or the
 * replaced file's when {@link Builder#keepExistingPermissions}), the path is checked again, and the temporary file is
 * renamed over the target atomically (without overwriting, via a hard link, when overwriting is not allowed). On any
 * failure the temporary file is deleted and the target is left as it was. Errors name the target, not the temporary
 * file. An instance can write more than once; it is not thread-safe.
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 */
public final class OutputTarget {

    private static final String STANDARD_OUTPUT = "-";

    private final Path path;
    private final Path absolute;
    private final boolean standardOutput;
    private final boolean overwrite;
    private final Set<PosixFilePermission> permissions;
    private final boolean keepExistingPermissions;
    private final TemporaryFiles temporaryFiles;
    private final OutputPathRules rules;

    private OutputTarget(Builder b) {
        this.path = b.path;
        this.standardOutput = STANDARD_OUTPUT.equals(b.path.toString());
        this.absolute = standardOutput ? null : b.path.toAbsolutePath();
        this.overwrite = b.overwrite;
        this.permissions = b.permissions;
        this.keepExistingPermissions = b.keepExistingPermissions;
        this.temporaryFiles = b.temporaryFiles;
        this.rules = new OutputPathRules(path, absolute, standardOutput, b.standardOutput, overwrite,
                List.copyOf(b.inputs));
    }

    /**
     * Starts describing the output at {@code path} ({@code -} means standard output).
     *
     * @throws NullPointerException if {@code path} is null
     */
    public static Builder builder(Path path) {
        return new Builder(Objects.requireNonNull(path, "path"));
    }

    /** Options of an {@link OutputTarget}; {@link #open()} checks the path. */
    public static final class Builder {
        private final Path path;
        private boolean overwrite;
        private boolean standardOutput;
        private final List<Path> inputs = new ArrayList<>();
        private Set<PosixFilePermission> permissions;
        private boolean keepExistingPermissions;
        private TemporaryFiles temporaryFiles;

        private Builder(Path path) {
            this.path = path;
        }

        /** Whether an existing regular file may be replaced; default false. */
        public Builder overwrite(boolean overwrite) {
            this.overwrite = overwrite;
            return this;
        }

        /** Whether {@code -} (standard output) is accepted; default false (e.g. binary output). */
        public Builder standardOutput(boolean allowed) {
            this.standardOutput = allowed;
            return this;
        }

        /**
         * Files the command reads; the output may not be any of them, nor lie inside one that is a directory. Nulls
         * are ignored.
         */
        public Builder inputs(Collection<Path> files) {
            for (Path p : files) {
                input(p);
            }
            return this;
        }

        /** One file the command reads; ignored when null. */
        public Builder input(Path file) {
            if (file != null) {
                inputs.add(file);
            }
            return this;
        }

        /**
         * Final POSIX permissions of the file, e.g. {@code "rw-r--r--"}; default {@code rw-------}. Ignored where
         * the file system has no POSIX permissions.
         *
         * @throws IllegalArgumentException if {@code rwx} is not in {@code ls -l} form
         */
        public Builder permissions(String rwx) {
            this.permissions = PosixFilePermissions.fromString(rwx);
            return this;
        }

        /** Whether a replaced file keeps its permissions (instead of {@link #permissions}); default false. */
        public Builder keepExistingPermissions(boolean keep) {
            this.keepExistingPermissions = keep;
            return this;
        }

        /**
         * Who creates the temporary file in the target's directory (default: {@code .NAME.<random>.tmp}), e.g. a
         * breach import that registers its temporary files for removal if the process is interrupted.
         */
        public Builder temporaryFiles(TemporaryFiles factory) {
            this.temporaryFiles = Objects.requireNonNull(factory, "factory");
            return this;
        }

        /**
         * Checks the path and returns the target; nothing is created or changed.
         *
         * @throws OutputPathException naming the path and why it cannot be written
         */
        public OutputTarget open() {
            OutputTarget target = new OutputTarget(this);
            target.check();
            return target;
        }
    }

    /** Writes the output through a stream. */
    @FunctionalInterface
    public interface StreamBody {
        /** Writes everything to {@code out}; may close it. */
        void write(OutputStream out) throws IOException;
    }

    /** Creates the empty temporary file, owner-only, in the given directory. */
    @FunctionalInterface
    public interface TemporaryFiles {
        Path create(Path directory) throws IOException;
    }

    /** Writes the output into a file (e.g. with random access). */
    @FunctionalInterface
    public interface FileBody<T> {
        /** Writes everything into {@code temporaryFile}, which exists and is empty; returns any result. */
        T write(Path temporaryFile) throws IOException;
    }

    /** Whether the path was {@code -}: the caller writes to its standard output; {@link #write} is not used. */
    public boolean isStandardOutput() {
        return standardOutput;
    }

    /** The path as given. */
    public Path path() {
        return path;
    }

    /**
     * Writes the file atomically through a buffered stream, as described in the class comment.
     *
     * @throws OutputPathException   if the path became unacceptable since {@link Builder#open()}
     * @throws IOException           if the body fails or the file cannot be written; the target is left as it was
     * @throws IllegalStateException for standard output
     */
    public void write(StreamBody body) throws IOException {
        Objects.requireNonNull(body, "body");
        writeFile(temp -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING))) {
                body.write(out);
            }
            return null;
        });
    }

    /**
     * Lets {@code body} fill a temporary file, then syncs it and renames it over the target, as described in the
     * class comment.
     *
     * @return what {@code body} returned
     * @throws OutputPathException   if the path became unacceptable since {@link Builder#open()}
     * @throws IOException           if the body fails or the file cannot be written; the target is left as it was
     * @throws IllegalStateException for standard output
     */
    public <T> T writeFile(FileBody<T> body) throws IOException {
        Objects.requireNonNull(body, "body");
        if (standardOutput) {
            throw new IllegalStateException("standard output is written by the caller");
        }
        check();
        Path directory = absolute.getParent();
        Path temp;
        try {
            temp = temporaryFiles != null ? temporaryFiles.create(directory)
                    : Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw named(e);
        }
        boolean renamed = false;
        try {
            T result = body.write(temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            setPermissions(temp);
            check();
            rename(temp);
            renamed = true;
            syncDirectory(directory);
            return result;
        } finally {
            if (!renamed) {
                deleteQuietly(temp);
            }
        }
    }

    /**
     * Checks the path now (again), without touching it.
     *
     * @throws OutputPathException naming the path and why it cannot be written
     */
    public void check() {
        rules.check();
    }

    private void setPermissions(Path temp) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> wanted = permissions;
        if (keepExistingPermissions) {
            try {
                wanted = Files.getPosixFilePermissions(absolute, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                // a new file: the requested permissions
            }
        }
        if (wanted != null) {
            Files.setPosixFilePermissions(temp, wanted);
        }
    }

    private void rename(Path temp) throws IOException {
        try {
            if (overwrite) {
                try {
                    Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
                }
                return;
            }
            try {
                // A hard link never replaces an existing file: rename-without-overwrite, atomically.
                Files.createLink(absolute, temp);
            } catch (FileAlreadyExistsException e) {
                throw new OutputPathException(path.toString(), OutputPathException.Reason.EXISTS, "already exists");
            } catch (UnsupportedOperationException | FileSystemException e) {
                Files.move(temp, absolute);
                return;
            }
            Files.delete(temp);
        } catch (FileAlreadyExistsException e) {
            throw new OutputPathException(path.toString(), OutputPathException.Reason.EXISTS, "already exists");
        } catch (IOException e) {
            throw named(e);
        }
    }

    /** Makes the rename durable; not every platform can sync a directory, so failures are ignored. */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // the temporary file is hidden and named after the target; nothing more can be done here
        }
    }

    /** An error about the temporary file, reported against the target the user named. */
    private IOException named(IOException e) {
        String target = path.toString();
        IOException named;
        if (e instanceof AccessDeniedException) {
            named = new AccessDeniedException(target, null, "permission denied (cannot create or replace a file in "
                    + rules.shownParent() + ")");
        } else if (e instanceof FileSystemException fse) {
            named = new FileSystemException(target, null, IoReason.of(fse));
        } else {
            named = new IOException(target + ": cannot write: " + IoReason.of(e));
        }
        named.initCause(e);
        return named;
    }
}
