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
    private final List<Input> inputs = new ArrayList<>();
    private String description;
    private long memoryLimit = DEFAULT_MEMORY_LIMIT;
    private boolean skipInvalid;
    private boolean prevalence = true;
    private ImportProgress progress = ImportProgress.NONE;
    private Consumer<String> notices = notice -> { };
    private Path workDirectory;

    private record Input(boolean passwords, Path path, URL url) {
        String name() {
            return path != null ? path.toString() : url.toString();
        }
    }

    BreachIndexBuilder(HashKind kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /**
     * Adds a hash file (optionally gzipped) or a per-prefix directory.
     *
     * @throws NullPointerException if {@code fileOrDirectory} is null
     */
    public BreachIndexBuilder addHashes(Path fileOrDirectory) {
        inputs.add(new Input(false, Objects.requireNonNull(fileOrDirectory, "fileOrDirectory"), null));
        return this;
    }

    /** Adds a plain password list (UTF-8, one per line, optionally gzipped). */
    public BreachIndexBuilder addPasswords(Path file) {
        inputs.add(new Input(true, Objects.requireNonNull(file, "file"), null));
        return this;
    }

    /** Adds a plain password list from a URL, e.g. a classpath resource. */
    public BreachIndexBuilder addPasswords(URL resource) {
        inputs.add(new Input(true, null, Objects.requireNonNull(resource, "resource")));
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
        for (Input input : inputs) {
            inputPaths.add(input.path);
        }
        // The index keeps the permissions of the one it replaces, else rw-r--r--. The temporary files are named
        // and registered by ImportTempFiles, so an interrupted import leaves none behind.
        OutputTarget.Builder output = OutputTarget.builder(target).overwrite(true).inputs(inputPaths)
                .permissions("rw-r--r--").keepExistingPermissions(true);
        output.open();
        ImportTempFiles.removeLeftovers(List.of(directory, work.toAbsolutePath()), name, notices);
        try (ImportTempFiles temps = new ImportTempFiles(name)) {
            return output.temporaryFiles(dir -> temps.create(dir, ".tmp")).open().writeFile(temp -> {
                Import job = new Import(temp, work, temps);
                job.run();
                return new ImportSummary(target, job.lines, job.entries, job.duplicates, job.invalid, job.ignored,
                        job.sorted, job.runs, Duration.ofNanos(System.nanoTime() - started));
            });
        }
    }

    /** Record consumer of the reading phase. */
    private interface Sink {
        /** Returns false when the record is out of order (streaming only). */
        boolean accept(long hash64, int bucket) throws IOException;
    }

    /** Thrown inside the streaming pass when the input turns out not to be sorted. */
    private static final class NotSorted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotSorted() {
            super(null, null, false, false);
        }
    }

    /** One run of {@link #build(Path)}. */
    private final class Import {
        private final Path temp;
        private final Path work;
        private final ImportTempFiles temps;
        long lines;
        long entries;
        long duplicates;
        long invalid;
        long ignored;
        boolean sorted;
        int runs;
        private long bytesBefore;
        private long totalBytes;

        Import(Path temp, Path work, ImportTempFiles temps) {
            this.temp = temp;
            this.work = work;
            this.temps = temps;
        }

        String description() {
            if (description != null) {
                return description;
            }
            StringBuilder sb = new StringBuilder();
            for (Input input : inputs) {
                String name = input.path != null && input.path.getFileName() != null
                        ? input.path.getFileName().toString() : input.name();
                if (sb.length() + name.length() + 2 > IndexFormat.MAX_DESCRIPTION_BYTES / 4) {
                    sb.append(", …");
                    break;
                }
                sb.append(sb.length() == 0 ? "" : ", ").append(name);
            }
            return sb.toString();
        }

        void run() throws IOException {
            totalBytes = totalInputBytes();
            long estimate = streamingEstimate();
            if (estimate >= 0) {
                try (IndexWriter writer = new IndexWriter(temp, kind, IndexLayout.forEntries(estimate, prevalence),
                        description())) {
                    try {
                        readAll(writer::add);
                        sorted = true;
                        finish(writer);
                        return;
                    } catch (NotSorted e) {
                        resetCounts();
                    }
                }
            }
            try (ExternalSorter sorter = new ExternalSorter(memoryLimit, work, temps)) {
                readAll((hash64, bucket) -> {
                    sorter.add(hash64, bucket);
                    return true;
                });
                runs = sorter.runCount();
                long total = sorter.total();
                try (SortedSource source = sorter.finish(memoryLimit);
                     IndexWriter writer = new IndexWriter(temp, kind, IndexLayout.forEntries(total, prevalence),
                             description())) {
                    long merged = 0;
                    while (source.next()) {
                        writer.add(source.hash64(), source.bucket());
                        if ((++merged & (LineReader.TICK_LINES - 1)) == 0) {
                            tick(ImportProgress.Phase.SORTING, merged, total);
                        }
                    }
                    progress.update(ImportProgress.Phase.SORTING, merged, total);
                    finish(writer);
                }
            }
        }

        private void tick(ImportProgress.Phase phase, long done, long total) throws IOException {
            if (Thread.currentThread().isInterrupted()) {
                throw new java.io.InterruptedIOException("import interrupted");
            }
            progress.update(phase, done, total);
        }

        private void finish(IndexWriter writer) throws IOException {
            if (writer.entries() == 0) {
                throw new CorpusFormatException(inputNames(), 0, "no hashes read (" + lines + " lines: " + ignored
                        + " blank or count-0, " + invalid + " invalid skipped); nothing written");
            }
            writer.finish(System.currentTimeMillis());
            entries = writer.entries();
            duplicates = writer.duplicates();
            progress.update(ImportProgress.Phase.WRITING, entries, entries);
        }

        private String inputNames() {
            StringBuilder sb = new StringBuilder();
            for (Input input : inputs) {
                sb.append(sb.length() == 0 ? "" : ", ").append(input.name());
            }
            return sb.toString();
        }

        private void resetCounts() {
            lines = 0;
            invalid = 0;
            ignored = 0;
            bytesBefore = 0;
        }

        /** Upper bound of the entry count when one sorted pass may work, else -1. */
        private long streamingEstimate() throws IOException {
            if (inputs.size() != 1 || inputs.get(0).passwords) {
                return -1;
            }
            Path path = inputs.get(0).path;
            if (Files.isDirectory(path)) {
                long estimate = 0;
                for (Path file : HibpFiles.prefixFiles(path)) {
                    if (HibpFiles.isGzip(file)) {
                        return -1; // compressed sizes say nothing of the line count
                    }
                    estimate += Files.size(file) / (kind.hexLength() - 5 + 1) + 1;
                }
                return estimate;
            }
            if (HibpFiles.isGzip(path)) {
                return -1;
            }
            return Files.size(path) / (kind.hexLength() - (HibpFiles.rangePrefix(path) < 0 ? 0 : 5) + 1) + 1;
        }

        private long totalInputBytes() throws IOException {
            long total = 0;
            for (Input input : inputs) {
                if (input.path == null) {
                    return -1;
                }
                if (Files.isDirectory(input.path)) {
                    for (Path file : HibpFiles.prefixFiles(input.path)) {
                        total += Files.size(file);
                    }
                } else {
                    total += Files.size(input.path);
                }
            }
            return total;
        }

        private void readAll(Sink sink) throws IOException {
            for (Input input : inputs) {
                if (input.passwords) {
                    read(input.name(), open(input), new LineParser.Passwords(kind), sink);
                } else if (Files.isDirectory(input.path)) {
                    for (Path file : HibpFiles.prefixFiles(input.path)) {
                        read(file.toString(), Files.newInputStream(file),
                                new LineParser.Hashes(kind, 5, HibpFiles.rangePrefix(file)), sink);
                    }
                } else {
                    long prefix = HibpFiles.rangePrefix(input.path);
                    read(input.name(), open(input), prefix < 0 ? new LineParser.Hashes(kind, 0, 0)
                            : new LineParser.Hashes(kind, 5, prefix), sink);
                }
            }
            progress.update(ImportProgress.Phase.READING, bytesBefore, totalBytes);
        }

        private InputStream open(Input input) throws IOException {
            return input.path != null ? Files.newInputStream(input.path) : input.url.openStream();
        }

        private void read(String source, InputStream in, LineParser parser, Sink sink) throws IOException {
            long base = bytesBefore;
            long[] last = new long[1];
            lines += LineReader.read(in, source, (buf, start, end, lineNumber) -> {
                switch (parser.parse(buf, start, end, lineNumber)) {
                    case OK:
                        if (!sink.accept(parser.hash64, Prevalence.bucket(parser.count))) {
                            throw new NotSorted();
                        }
                        break;
                    case IGNORED:
                        ignored++;
                        break;
                    default:
                        if (!skipInvalid) {
                            throw new CorpusFormatException(source, lineNumber, parser.problem);
                        }
                        invalid++;
                }
            }, rawBytes -> {
                last[0] = rawBytes;
                progress.update(ImportProgress.Phase.READING, base + rawBytes, totalBytes);
            });
            bytesBefore = base + last[0];
        }
    }
}
