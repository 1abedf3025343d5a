package org.passhygiene.breach;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One run of {@link BreachIndexBuilder#build(Path)}: reads every input once in a streaming pass when a single sorted
 * hash input allows it, else (or when the input turns out unsorted) through the external sort, and writes the index
 * into the temporary file; counts what it read.
 */
final class ImportRun {

    /**
     * An input added to the builder: a hash file or directory, or a password list (a file or a URL), or either read
     * once from a stream (standard input) named {@code streamName} in messages.
     */
    record Input(boolean passwords, Path path, URL url, InputStream stream, String streamName) {
        Input(boolean passwords, Path path, URL url) {
            this(passwords, path, url, null, null);
        }

        String name() {
            return path != null ? path.toString() : url != null ? url.toString() : streamName;
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

    private final HashKind kind;
    private final List<Input> inputs;
    private final String description;
    private final long memoryLimit;
    private final boolean skipInvalid;
    private final boolean prevalence;
    private final ImportProgress progress;
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

    /**
     * @param description the header's description, or null for the input names
     * @param temp        the file to write the index into
     * @param work        where the external sort spills runs
     */
    ImportRun(HashKind kind, List<Input> inputs, String description, long memoryLimit, boolean skipInvalid,
              boolean prevalence, ImportProgress progress, Path temp, Path work, ImportTempFiles temps) {
        this.kind = kind;
        this.inputs = inputs;
        this.description = description;
        this.memoryLimit = memoryLimit;
        this.skipInvalid = skipInvalid;
        this.prevalence = prevalence;
        this.progress = progress;
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
        if (inputs.size() != 1 || inputs.get(0).passwords || inputs.get(0).path == null) {
            return -1; // a stream cannot be read twice: it goes through the external sort
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
            } else if (input.stream != null) {
                read(input.name(), input.stream, new LineParser.Hashes(kind, 0, 0), sink);
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
        if (input.stream != null) {
            return input.stream;
        }
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
