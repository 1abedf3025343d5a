package org.passhygiene.breach;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files of one import (the index being written and the external sort's runs), named with the
 * importing process's id: {@code .TARGET.import-PID-RANDOM.tmp} and {@code .run}.
 *
 * <ul>
 *   <li>While the import runs, a JVM shutdown hook removes them when the process is stopped (SIGINT, SIGTERM,
 *       {@code System.exit}); the hook is removed when the import ends, which removes them too.</li>
 *   <li>A process killed outright (SIGKILL, power loss) cannot clean up, so {@link #removeLeftovers} runs before
 *       each import: files of a process that is no longer running (or whose id now belongs to a process started
 *       after the file was last written) are removed and reported; files of a running process may belong to an
 *       import in progress and are only named.</li>
 * </ul>
 * Thread-safe.
 */
final class ImportTempFiles implements Closeable {

    static final Pattern NAME = Pattern.compile("\\..+\\.import-(\\d+)-\\d+\\.(?:tmp|run)");

    /** Temporary files of every import running in this JVM (several builders may run at once). */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    private final String prefix;
    private final Set<Path> files = new LinkedHashSet<>();
    private final Thread hook;
    private boolean closed;

    /** Registers the shutdown hook; {@link #close()} removes it and every file. */
    ImportTempFiles(String targetName) {
        this.prefix = "." + targetName + ".import-" + ProcessHandle.current().pid() + "-";
        this.hook = new Thread(this::deleteAll, "passhygiene-import-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * Creates an empty file (0600 where POSIX permissions exist) named with this process's id.
     *
     * @throws InterruptedIOException when the JVM is shutting down
     */
    synchronized Path create(Path directory, String suffix) throws IOException {
        if (closed) {
            throw new InterruptedIOException("import interrupted: the process is stopping");
        }
        Path file = Files.createTempFile(directory, prefix, suffix).toAbsolutePath();
        files.add(file);
        LIVE.add(file);
        return file;
    }

    /** Deletes one file now (a merged run). */
    synchronized void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
        files.remove(file);
        LIVE.remove(file);
    }

    /** Deletes every remaining file; further {@link #create} calls fail. Called by the hook and by close. */
    private synchronized void deleteAll() {
        closed = true;
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // best effort while stopping; the next import names or removes it
            }
            LIVE.remove(file);
        }
        files.clear();
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs (or ran) deleteAll
        }
        deleteAll();
    }

    /**
     * Removes temporary files that interrupted imports left in {@code directories}, and reports them (and the ones
     * kept because their process is still running) to {@code notices}, one message per process.
     */
    static void removeLeftovers(List<Path> directories, String targetName, Consumer<String> notices)
            throws IOException {
        long self = ProcessHandle.current().pid();
        Map<Long, List<Path>> byPid = new TreeMap<>();
        List<Path> unversioned = new ArrayList<>();
        Pattern earlier = Pattern.compile(Pattern.quote("." + targetName + ".") + "\\d+\\.(?:tmp|run)");
        for (Path directory : new LinkedHashSet<>(directories)) {
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
                for (Path file : stream) {
                    Matcher m = NAME.matcher(file.getFileName().toString());
                    if (m.matches() && !LIVE.contains(file.toAbsolutePath()) && Files.isRegularFile(file)) {
                        long pid;
                        try {
                            pid = Long.parseLong(m.group(1));
                        } catch (NumberFormatException e) {
                            pid = -1; // not a process id this code wrote: keep it, named
                        }
                        byPid.computeIfAbsent(pid, p -> new ArrayList<>()).add(file);
                    } else if (earlier.matcher(file.getFileName().toString()).matches() && Files.isRegularFile(file)) {
                        unversioned.add(file);
                    }
                }
            } catch (NoSuchFileException e) {
                // no directory, no leftovers (the import itself reports the missing directory)
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        for (Map.Entry<Long, List<Path>> e : byPid.entrySet()) {
            long pid = e.getKey();
            List<Path> removable = new ArrayList<>();
            List<Path> kept = new ArrayList<>();
            for (Path file : e.getValue()) {
                (pid == self || isStale(pid, lastModified(file)) ? removable : kept).add(file);
            }
            if (!removable.isEmpty()) {
                long bytes = 0;
                List<Path> removed = new ArrayList<>();
                for (Path file : removable) {
                    long size = sizeOf(file);
                    if (Files.deleteIfExists(file)) {
                        bytes += size;
                        removed.add(file);
                    }
                }
                if (!removed.isEmpty()) {
                    boolean running = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                    notices.accept("removed " + count(removed, bytes) + " left by an interrupted import ("
                            + (pid == self ? "an earlier one in this process)" : running ? "process id " + pid
                            + " now belongs to a process started later)" : "process " + pid
                            + " is no longer running)") + list(removed));
                }
            }
            if (!kept.isEmpty()) {
                long bytes = kept.stream().mapToLong(ImportTempFiles::sizeOf).sum();
                notices.accept("kept " + count(kept, bytes) + " of process " + pid + ", which is still running and"
                        + " may be importing (delete them once it has stopped)" + list(kept));
            }
        }
        if (!unversioned.isEmpty()) {
            long bytes = unversioned.stream().mapToLong(ImportTempFiles::sizeOf).sum();
            notices.accept("kept " + count(unversioned, bytes) + " named without a process id, from an import by an"
                    + " earlier version (delete them if no import into this directory is running)"
                    + list(unversioned));
        }
    }

    /** Whether a file written at {@code lastModified} by process {@code pid} can no longer be in use. */
    static boolean isStale(long pid, Instant lastModified) {
        if (pid < 0) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return true;
        }
        // the id was reused: the running process started after the file was last written
        Optional<Instant> started = process.get().info().startInstant();
        return started.isPresent() && lastModified != null && started.get().isAfter(lastModified.plusSeconds(1));
    }

    private static Instant lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return null;
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String count(List<Path> files, long bytes) {
        files.sort(null);
        return files.size() + (files.size() == 1 ? " temporary file (" : " temporary files (")
                + String.format(Locale.ROOT, "%,d", bytes) + " bytes)";
    }

    private static String list(List<Path> files) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < files.size(); i++) {
            sb.append(i == 0 ? ": " : ", ").append(files.get(i));
        }
        return sb.toString();
    }
}
