package org.passhygiene.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.passhygiene.breach.BreachIndex;
import org.passhygiene.breach.BreachIndexBuilder;
import org.passhygiene.breach.BreachIndexInfo;
import org.passhygiene.breach.BreachResult;
import org.passhygiene.breach.HashKind;
import org.passhygiene.breach.ImportSummary;
import org.passhygiene.output.TerminalText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code passhygiene breach import|info|check}: offline breach indexes of Have I Been Pwned corpora. */
@Command(name = "breach", mixinStandardHelpOptions = true,
        description = "Builds, describes and queries offline breach indexes (HIBP SHA-1 or NTLM corpora).",
        subcommands = {BreachCommand.Import.class, BreachCommand.Info.class, BreachCommand.Check.class})
final class BreachCommand extends CommandGroup {

    /** Wraps checked I/O so the one exception handler maps it to exit 4. */
    static UncheckedIOException io(IOException e) {
        return new UncheckedIOException(e.getMessage(), e);
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Imports HIBP downloads into a compact index: the single file (HASH:COUNT, sorted, CRLF "
                + "or LF), the per-prefix directory ({PREFIX}.txt), unsorted files, gzip, or with --passwords plain "
                + "password lists (hashed on import).",
                "Writes a temporary file beside --out and renames it: an interrupted import leaves the previous "
                    + "index intact and removes its temporary files (SIGINT/SIGTERM); ones a killed import left are "
                    + "removed by the next import into the directory. Input with no hash at all is an error (exit 4)."})
    static final class Import extends LeafCommand {

        /** The SOURCE that stands for standard input, and its name in messages. */
        static final String STDIN = "-";
        static final String STDIN_NAME = "<stdin>";

        @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Files or directories to import; '-' reads "
                + "standard input once (e.g. zcat pwned.txt.gz | passhygiene breach import - --out i.phbi), sorted "
                + "or not, through a temporary sort file of 9 bytes per hash beside --out.")
        private List<Path> sources;

        @Option(names = "--out", required = true, paramLabel = "FILE",
                description = "Index file to write: a new or existing regular file (not '-': the index is binary).")
        private Path out;

        @Option(names = "--kind", defaultValue = "sha1", paramLabel = "KIND", converter = OptionConverters.HashKinds.class,
                description = "sha1 (default) or ntlm: the hashes in SOURCE (or to hash passwords with).")
        private HashKind kind;

        @Option(names = "--memory", defaultValue = "1g", paramLabel = "SIZE", converter = OptionConverters.ByteSizes.class,
                description = "Heap for sorting unsorted input before spilling to disk (default ${DEFAULT-VALUE}).")
        private long memory;

        @Option(names = "--passwords", description = "SOURCE files are plain password lists, one per line.")
        private boolean passwords;

        @Option(names = "--skip-invalid", description = "Skip and count bad lines instead of stopping at the first.")
        private boolean skipInvalid;

        @Option(names = "--description", paramLabel = "TEXT", description = "Source description stored in the "
                + "header (default: the source file names).")
        private String description;

        @Override
        public Integer call() {
            BreachIndexBuilder b = BreachIndex.builder(kind).memoryLimit(memory).skipInvalid(skipInvalid)
                    .description(description != null ? description : describe(sources))
                    .progress(ProgressBar.onTerminal(err()))
                    .notices(note -> {
                        err().println("passhygiene: note: " + TerminalText.escape(note));
                        err().flush();
                    });
            boolean stdinTaken = false;
            for (Path s : sources) {
                if (s.toString().equals(STDIN)) {
                    if (stdinTaken) {
                        throw new ParameterException(spec().commandLine(), "SOURCE - (standard input) given twice: it can be read only once");
                    }
                    stdinTaken = true;
                    InputStream in = PasshygieneCommand.stdin(spec());
                    if (passwords) {
                        b.addPasswords(in, STDIN_NAME);
                    } else {
                        b.addHashes(in, STDIN_NAME);
                    }
                } else if (passwords) {
                    b.addPasswords(s);
                } else {
                    b.addHashes(s);
                }
            }
            ImportSummary summary;
            try {
                summary = b.build(out);
            } catch (IOException e) {
                throw io(e);
            }
            PrintWriter o = out();
            o.printf(Locale.UK, "%s: %,d %s hashes from %,d lines (%,d duplicates, %,d invalid skipped, %,d ignored) "
                    + "in %.1f s, %,.0f lines/s%n", TerminalText.escape(summary.index().toString()), summary.entries(),
                    kind.displayName(),
                    summary.lines(), summary.duplicates(), summary.invalidLines(), summary.ignoredLines(),
                    summary.elapsed().toMillis() / 1000.0, summary.linesPerSecond());
            return ExitCodes.OK;
        }

        private static String describe(List<Path> sources) {
            StringBuilder sb = new StringBuilder();
            for (Path p : sources) {
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append(p.toString().equals(STDIN) ? STDIN_NAME : p.getFileName());
            }
            return sb.length() > 200 ? sb.substring(0, 200) : sb.toString();
        }
    }

    @Command(name = "info", mixinStandardHelpOptions = true,
            description = "Describes an index (header facts) after checking it is whole; --verify reads every entry.")
    static final class Info extends LeafCommand {

        @Parameters(paramLabel = "FILE", description = "Index file.")
        private Path file;

        @Option(names = "--verify", description = "Also check the data checksum and order (reads the whole file).")
        private boolean verify;

        @Override
        public Integer call() {
            try (BreachIndex index = BreachIndex.open(file)) {
                if (verify) {
                    index.verify();
                }
                BreachIndexInfo i = index.info();
                PrintWriter o = out();
                o.println("file:            " + TerminalText.escape(file.toString()));
                o.println("hash kind:       " + i.kind().displayName());
                o.printf(Locale.UK, "entries:         %,d%n", i.entryCount());
                o.println("source:          " + TerminalText.escape(i.description()));
                o.println("created:         " + i.created());
                o.printf(Locale.UK, "size:            %,d bytes (%.2f bytes/hash)%n", i.fileSize(), i.bytesPerHash());
                o.println("fingerprint:     " + i.fingerprintBits() + " bits (" + i.prefixBits()
                        + " implied by shard)");
                o.println("prevalence:      " + (i.prevalence() ? "yes (log-4 buckets)" : "no"));
                o.printf(Locale.UK, "false positives: %.1e per lookup%n", i.falsePositiveRate());
                o.println("format version:  " + i.formatVersion());
                if (verify) {
                    o.println("verified:        data checksum and order OK");
                }
                return ExitCodes.OK;
            } catch (IOException e) {
                throw io(e);
            }
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Looks passwords up in an index: found / not found and the prevalence, never the password.",
                "Without --stdin, prompts for one password without echo. Exit 1 when any is found."})
    static final class Check extends LeafCommand {

        @Option(names = "--index", required = true, paramLabel = "FILE", description = "Index file.")
        private Path indexFile;

        @Mixin
        private PasswordInput passwords;

        @Override
        public Integer call() {
            PrintWriter o = out();
            boolean noneFound;
            try (BreachIndex index = BreachIndex.open(indexFile)) {
                noneFound = passwords.each(index::check, (r, line) -> {
                    o.println(line == 0 ? describe(r) : "line " + line + ": " + describe(r));
                    return !r.found();
                });
            } catch (IOException e) {
                throw io(e);
            }
            o.flush();
            return noneFound ? ExitCodes.OK : ExitCodes.REJECTED;
        }

        static String describe(BreachResult r) {
            if (!r.found()) {
                return "not found";
            }
            if (!r.countKnown()) {
                return "found";
            }
            if (r.maxCount() == Long.MAX_VALUE) {
                return String.format(Locale.UK, "found (seen at least %,d times)", r.minCount());
            }
            return String.format(Locale.UK, "found (seen %,d to %,d times)", r.minCount(), r.maxCount());
        }
    }
}
