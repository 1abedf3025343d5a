package org.passhygiene.breach;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.passhygiene.output.OutputTarget;

/**
 * Imports breach corpora into an index file. Obtain one from {@link BreachIndex#builder(HashKind)}.
 *
 * <pre>{@code
 * ImportSummary s = BreachIndex.builder(HashKind.SHA1)
 *         .addHashes(Path.of("pwnedpasswords.txt"))       // or a directory of {PREFIX}.txt files, or .gz
 *         .description("Pwned Passwords SHA-1, 2025-06")
 *         .progress((phase, done, total) -> bar.update(phase, done, total))
 *         .build(Path.of("pwned-sha1.phbi"));
 * }</pre>
 *
 * <h2>Inputs</h2>
 * <ul>
 *   <li>{@link #addHashes(Path)}: a file of {@code HASH[:COUNT]} lines (the HIBP single-file download: hex in any
 *       case, LF or CRLF, sorted or not, plain or gzip, detected by content, a UTF-8 byte-order mark allowed before
 *       any line, as the downloader writes one before every range block); a single range file named by its prefix
 *       ({@code 70CCD.txt} or {@code 70CCD.txt.gz}) holding {@code SUFFIX[:COUNT]} lines, the prefix taken from the
 *       name (a saved range API response, padded or not); or a directory in the HIBP per-prefix layout of such
 *       files (other files are ignored). Lines with count 0 (range API padding) are ignored: counted in
 *       {@link ImportSummary#ignoredLines()}, never as hashes.</li>
 *   <li>{@link #addHashes(InputStream, String)}: the same lines read once from a stream (standard input).</li>
 *   <li>{@link #addPasswords(Path)} / {@link #addPasswords(URL)}: plain passwords, one per UTF-8 line, hashed on
 *       import (taken as they are: no case folding or trimming); blank lines are ignored.</li>
 * </ul>
 * A single sorted hash file or per-prefix directory is imported in one streaming pass; anything else (several
 * inputs, gzip, password lists, or a file found out of order part-way, which restarts the import) goes through an
 * external sort bounded by {@link #memoryLimit(long)}.
 *
 * <h2>Errors and atomicity</h2>
 * A malformed line fails the import with a {@link CorpusFormatException} ({@code file:line: problem}) unless
 * {@link #skipInvalid(boolean)} is set, in which case it is counted in {@link ImportSummary#invalidLines()}. Inputs
 * that yield no hash at all (empty, only blank or count-0 lines, or only skipped invalid ones) fail the import with a
 * {@link CorpusFormatException} ({@code in.txt: no hashes read (…)}) and write nothing. The
 * index is written to a hidden temporary file next to the target ({@code .NAME.import-PID-N.tmp}, the sort's runs
 * {@code .run}) and renamed over it atomically only when complete: a failed, cancelled (progress callback throws) or
 * interrupted import, or a process stopped by SIGINT/SIGTERM (a shutdown hook), leaves the previous index untouched
 * and removes its temporary files. Files that a killed process (SIGKILL, power loss) left behind are removed by the
 * next import into the same directory, or named when their process is still running (see {@link #notices}).
 *
 * <p>A builder is not thread-safe; {@link #build(Path)} may be called more than once.
 */
public final class BreachIndexBuilder {

    /** Default memory cap of the external sort: 1 GiB, or half the maximum heap if that is smaller. */
    public static final long DEFAULT_MEMORY_LIMIT = Math.min(1L << 30, Runtime.getRuntime().maxMemory() / 2);
    /** Smallest accepted memory cap. */
    public static final long MIN_MEMORY_LIMIT = 1024;

    private final HashKind kind;
    private final List<ImportRun.Input> inputs = new ArrayList<>();
    private String description;
    private long memoryLimit = DEFAULT_MEMORY_LIMIT;
    private boolean skipInvalid;
    private boolean prevalence = true;
    private ImportProgress progress = ImportProgress.NONE;
    private Consumer<String> notices = notice -> { };
    private Path workDirectory;

    BreachIndexBuilder(HashKind kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /**
     * Adds a hash file (optionally gzipped) or a per-prefix directory.
     *
     * @throws NullPointerException if {@code fileOrDirectory} is null
     */
    public BreachIndexBuilder addHashes(Path fileOrDirectory) {
        inputs.add(new ImportRun.Input(false, Objects.requireNonNull(fileOrDirectory, "fileOrDirectory"), null));
        return this;
    }

    /**
     * Adds hashes read once from a stream, e.g. standard input fed by {@code zcat} or a generator: the same
     * {@code HASH[:COUNT]} lines as a single file (plain or gzip), sorted or not. The stream is read to its end and
     * closed by {@link #build(Path)}; the builder cannot restart it, so it is always imported through the external
     * sort, which writes sorted input as a single run (9 bytes per hash in the work directory) and sorts anything
     * else in runs within {@link #memoryLimit(long)}. {@code name} stands for the stream in messages
     * ({@code <stdin>:LINE: problem}) and in the default description.
     *
     * @throws NullPointerException if an argument is null
     */
    public BreachIndexBuilder addHashes(InputStream stream, String name) {
        inputs.add(new ImportRun.Input(false, null, null, Objects.requireNonNull(stream, "stream"),
                Objects.requireNonNull(name, "name")));
        return this;
    }

    /**
     * Adds a plain password list read once from a stream (UTF-8, one per line, optionally gzipped); closed by
     * {@link #build(Path)}. {@code name} stands for the stream in messages.
     */
    public BreachIndexBuilder addPasswords(InputStream stream, String name) {
        inputs.add(new ImportRun.Input(true, null, null, Objects.requireNonNull(stream, "stream"),
                Objects.requireNonNull(name, "name")));
        return this;
    }

    /** Adds a plain password list (UTF-8, one per line, optionally gzipped). */
    public BreachIndexBuilder addPasswords(Path file) {
        inputs.add(new ImportRun.Input(true, Objects.requireNonNull(file, "file"), null));
        return this;
    }

    /** Adds a plain password list from a URL, e.g. a classpath resource. */
    public BreachIndexBuilder addPasswords(URL resource) {
        inputs.add(new ImportRun.Input(true, null, Objects.requireNonNull(resource, "resource")));
        return this;
    }

    /** A description stored in the header (at most 4,096 UTF-8 bytes); defaults to the input names. */
    public BreachIndexBuilder description(String description) {
        this.description = Objects.requireNonNull(description, "description");
        return this;
    }

    /**
     * Heap the external sort may use for its buffers (18 bytes per hash), default {@link #DEFAULT_MEMORY_LIMIT}.
     *
     * @throws IllegalArgumentException if below {@link #MIN_MEMORY_LIMIT}
     */
    public BreachIndexBuilder memoryLimit(long bytes) {
        if (bytes < MIN_MEMORY_LIMIT) {
            throw new IllegalArgumentException("memory limit " + bytes + " is below the minimum of "
                    + MIN_MEMORY_LIMIT + " bytes");
        }
        this.memoryLimit = bytes;
        return this;
    }

    /** Skip (and count) malformed lines instead of failing; default false. */
    public BreachIndexBuilder skipInvalid(boolean skip) {
        this.skipInvalid = skip;
        return this;
    }

    /** Store a 4-bit prevalence bucket per hash (free at the usual sizes: the entry stays 5 bytes); default true. */
    public BreachIndexBuilder prevalence(boolean prevalence) {
        this.prevalence = prevalence;
        return this;
    }

    /** Progress receiver; see {@link ImportProgress}. */
    public BreachIndexBuilder progress(ImportProgress progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
        return this;
    }

    /**
     * Receives notes for the user that are not errors: temporary files of interrupted imports removed from (or, when
     * their process still runs, kept in) the target and work directories. File names in them are untrusted text.
     */
    public BreachIndexBuilder notices(Consumer<String> notices) {
        this.notices = Objects.requireNonNull(notices, "notices");
        return this;
    }

    /** Where the external sort spills runs; defaults to the target's directory. */
    public BreachIndexBuilder workDirectory(Path directory) {
        this.workDirectory = Objects.requireNonNull(directory, "directory");
        return this;
    }

    /**
     * Imports the inputs and atomically replaces {@code target}.
     *
     * @throws CorpusFormatException         on a malformed line (unless skipping invalid lines)
     * @throws java.io.InterruptedIOException if the thread was interrupted
     * @throws IOException                   on an I/O error
     * @throws IllegalStateException         if no input was added
     * @throws org.passhygiene.output.OutputPathException if {@code target} is not a new or existing regular file
     *         (a device, FIFO, directory, symbolic link, one of the inputs, {@code -}), before anything is read
     */
    public ImportSummary build(Path target) throws IOException {
        Objects.requireNonNull(target, "target");
        if (inputs.isEmpty()) {
            throw new IllegalStateException("no input added");
        }
        long started = System.nanoTime();
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Path work = workDirectory != null ? workDirectory : directory;
        String name = absolute.getFileName().toString();
        List<Path> inputPaths = new ArrayList<>();
        for (ImportRun.Input input : inputs) {
            inputPaths.add(input.path());
        }
        // The index keeps the permissions of the one it replaces, else rw-r--r--. The temporary files are named
        // and registered by ImportTempFiles, so an interrupted import leaves none behind.
        OutputTarget.Builder output = OutputTarget.builder(target).overwrite(true).inputs(inputPaths)
                .permissions("rw-r--r--").keepExistingPermissions(true);
        output.open();
        ImportTempFiles.removeLeftovers(List.of(directory, work.toAbsolutePath()), name, notices);
        try (ImportTempFiles temps = new ImportTempFiles(name)) {
            return output.temporaryFiles(dir -> temps.create(dir, ".tmp")).open().writeFile(temp -> {
                ImportRun job = new ImportRun(kind, List.copyOf(inputs), description, memoryLimit, skipInvalid,
                        prevalence, progress, temp, work, temps);
                job.run();
                return new ImportSummary(target, job.lines, job.entries, job.duplicates, job.invalid, job.ignored,
                        job.sorted, job.runs, Duration.ofNanos(System.nanoTime() - started));
            });
        }
    }
}
