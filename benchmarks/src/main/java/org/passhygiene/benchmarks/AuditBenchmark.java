package org.passhygiene.benchmarks;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.audit.AuditReport;
import org.passhygiene.audit.Auditor;
import org.passhygiene.audit.ExportFormat;
import org.passhygiene.audit.FindingCode;
import org.passhygiene.audit.ReportFormat;
import org.passhygiene.audit.WeakHashes;
import org.passhygiene.breach.BreachIndex;
import org.passhygiene.breach.HashKind;
import org.passhygiene.crypto.PasswordHashes;
import org.passhygiene.dictionary.ShippedLists;

/**
 * How long does a whole audit of a 100,000-account secretsdump file take against an N-hash NTLM breach index and the
 * shipped dictionaries, compared with the way DSInternals' {@code Test-PasswordQuality} does the same job?
 *
 * <p>Same dump, same breach corpus, same weak-password candidates, same run:
 * <ul>
 *   <li>{@code auditor}: {@link Auditor} with the {@code aup} preset and the NTLM {@link BreachIndex}: reads the dump,
 *       builds the weak NT-hash set (top 100,000 common passwords + en-gb, first-names, uk-places, football-clubs with
 *       case forms and suffixes), judges every account (weak, breached, empty, LM, shared, account flags) on both
 *       cores, and writes the JSON report to a null writer. A fresh {@code Auditor} per run, so the weak set is
 *       built every time (as in one CLI run).</li>
 *   <li>{@code dsinternalsBaseline}: DSInternals' method, single-threaded as the cmdlet is: NT-hash every candidate
 *       into a {@code HashSet<String>} of hex hashes ({@code -WeakPasswordsFile}), then per account a set lookup, a
 *       binary search by byte offset in the sorted HIBP NTLM text file ({@code -WeakPasswordHashesSortedFile}) and a
 *       {@code HashMap} from hash to accounts for shared passwords. It reports less (no account flags, no rotation,
 *       no report writing), so the comparison flatters the baseline.</li>
 * </ul>
 * The policy is built once per trial (it is the same for both); everything from reading the dump to the finished
 * report is timed. Both methods' counts are printed at setup and must agree.
 *
 * <pre>
 * ./mvnw -B -ntp -q -pl benchmarks -am package -DskipTests
 * java -Xmx3g -Dbreach.bench.dir=/work/bench-audit -jar benchmarks/target/benchmarks.jar AuditBenchmark \
 *     -p n=100000000 -f 1 -wi 1 -i 5
 * </pre>
 * Data is generated on first use into {@code -Dbreach.bench.dir} (default {@code $TMPDIR/passhygiene-bench}): the
 * synthetic NTLM corpus ({@link SyntheticBreachCorpus}, 32-hex {@code HASH:COUNT} lines, about 41 bytes per hash), its
 * index, and the dump: 100,000 accounts, 4 % weak (NT hashes of common passwords and of dictionary words with
 * suffixes), 3 % in the breach corpus, 1 % in pairs sharing a password, one empty password, the rest random.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 1)
@Measurement(iterations = 5)
public class AuditBenchmark {

    static final int ACCOUNTS = 100_000;
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 16);
    private static final String EMPTY_LM = "aad3b435b51404eeaad3b435b51404ee";
    private static final String EMPTY_NT = "31d6cfe0d16ae931b73c59d7e0c089c0";

    @Param("100000000")
    public int n;

    private PasswordPolicy policy;
    private BreachIndex index;
    private Path dump;
    private Path corpus;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        corpus = BreachBenchData.dir().resolve("ntlm-" + n + ".txt");
        if (!Files.exists(corpus)) {
            long t = System.nanoTime();
            SyntheticBreachCorpus.write(corpus, n, false, 20240602L, 32);
            System.out.printf("%n[audit] wrote %s in %.1f s%n", corpus, (System.nanoTime() - t) / 1e9);
        }
        Path indexFile = corpus.resolveSibling("ntlm-" + n + ".phbi");
        if (!Files.exists(indexFile)) {
            long t = System.nanoTime();
            BreachIndex.builder(HashKind.NTLM).addHashes(corpus).build(indexFile);
            System.out.printf("%n[audit] built %s in %.1f s%n", indexFile, (System.nanoTime() - t) / 1e9);
        }
        index = BreachIndex.open(indexFile);
        dump = corpus.resolveSibling("secretsdump-" + ACCOUNTS + "-" + n + ".txt");
        if (!Files.exists(dump)) {
            writeDump(dump, corpus);
        }
        policy = PasswordPolicy.defaults();
        AuditReport ours = auditor();
        Counts base = dsinternalsBaseline();
        System.out.printf("%n[audit] n=%d accounts=%d; auditor: weak=%d breached=%d shared-groups=%d empty=%d; "
                        + "baseline: weak=%d breached=%d shared-groups=%d empty=%d%n", n, ours.summary().records(),
                ours.counts().getOrDefault(FindingCode.WEAK_PASSWORD, 0),
                ours.counts().getOrDefault(FindingCode.BREACHED_PASSWORD, 0),
                ours.counts().getOrDefault(FindingCode.SHARED_PASSWORD, 0),
                ours.counts().getOrDefault(FindingCode.EMPTY_PASSWORD, 0), base.weak, base.breached, base.sharedGroups,
                base.empty);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        index.close();
    }

    /** Our audit, end to end, report included. */
    @Benchmark
    public AuditReport auditor() throws IOException {
        AuditReport report = Auditor.builder().policy(policy).breachIndex(index).asOf(AS_OF).build()
                .audit(List.of(dump), ExportFormat.SECRETSDUMP, null);
        ReportFormat.JSON.write(report, Writer.nullWriter());
        return report;
    }

    /** What the baseline found (counts only). */
    record Counts(int weak, int breached, int sharedGroups, int empty) {
    }

    /** DSInternals' Test-PasswordQuality method, single-threaded. */
    @Benchmark
    public Counts dsinternalsBaseline() throws IOException {
        HexFormat hex = HexFormat.of();
        Set<String> weakSet = new HashSet<>();
        for (String candidate : candidates()) {
            weakSet.add(hex.formatHex(PasswordHashes.ntlm(candidate.toCharArray())));
        }
        int weak = 0;
        int breached = 0;
        int empty = 0;
        Map<String, List<String>> byHash = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(dump, StandardCharsets.UTF_8);
             FileChannel text = FileChannel.open(corpus, StandardOpenOption.READ)) {
            long size = text.size();
            ByteBuffer buf = ByteBuffer.allocate(128);
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(":");
                if (f.length < 4 || f[0].endsWith("$")) {
                    continue;
                }
                String nt = f[3].toLowerCase(Locale.ROOT);
                if (nt.equals(EMPTY_NT)) {
                    empty++;
                    continue;
                }
                if (weakSet.contains(nt)) {
                    weak++;
                }
                if (BreachBenchData.sortedFileContains(text, size, buf, nt.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
                    breached++;
                }
                byHash.computeIfAbsent(nt, h -> new ArrayList<>(1)).add(f[0]);
            }
        }
        int shared = (int) byHash.values().stream().filter(l -> l.size() > 1).count();
        return new Counts(weak, breached, shared, empty);
    }

    /** The auditor's candidates: top 100,000 common passwords and the preset's lists with case forms and suffixes. */
    static List<String> candidates() {
        List<String> suffixes = new ArrayList<>(List.of("1", "123", "!", "1!"));
        for (int y = AS_OF.getYear(); y > AS_OF.getYear() - 3; y--) {
            suffixes.add(Integer.toString(y));
            suffixes.add(y + "!");
        }
        List<String> out = new ArrayList<>(4_000_000);
        ShippedLists.forEach("common-passwords", 100_000, w -> forms(w, List.of(), out));
        for (String list : List.of("en-gb", "first-names", "uk-places", "football-clubs")) {
            ShippedLists.forEach(list, Integer.MAX_VALUE, w -> forms(w, suffixes, out));
        }
        return out;
    }

    /** The same candidate forms as ours ({@link WeakHashes#forms}), collected for the baseline. */
    private static void forms(String word, List<String> suffixes, List<String> out) {
        out.addAll(WeakHashes.forms(word, suffixes));
    }

    /** The synthetic dump; its NT hashes are of synthetic or published common passwords, never a real account's. */
    static void writeDump(Path file, Path corpus) throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        HexFormat hex = HexFormat.of();
        List<String> common = new ArrayList<>();
        ShippedLists.forEach("common-passwords", 10_000, common::add);
        List<String> words = new ArrayList<>();
        ShippedLists.forEach("en-gb", Integer.MAX_VALUE, words::add);
        List<String> members = new ArrayList<>();
        try (FileChannel text = FileChannel.open(corpus, StandardOpenOption.READ)) {
            long size = text.size();
            ByteBuffer buf = ByteBuffer.allocate(128);
            for (int i = 0; i < ACCOUNTS * 3 / 100; i++) {
                buf.clear();
                text.read(buf, random.nextLong(size - 128));
                String chunk = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII);
                int nl = chunk.indexOf('\n');
                members.add(chunk.substring(nl + 1, nl + 33).toLowerCase(Locale.ROOT));
            }
        }
        Path temp = file.resolveSibling(file.getFileName() + ".part");
        try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            String sharedHash = null;
            for (int i = 0; i < ACCOUNTS; i++) {
                String nt;
                int kind = random.nextInt(100);
                if (i == 7) {
                    nt = EMPTY_NT;
                } else if (kind < 2) {
                    nt = hex.formatHex(PasswordHashes.ntlm(common.get(random.nextInt(common.size())).toCharArray()));
                } else if (kind < 4) {
                    String w = words.get(random.nextInt(words.size()));
                    nt = hex.formatHex(PasswordHashes.ntlm((w.substring(0, 1).toUpperCase(Locale.ROOT)
                            + w.substring(1) + "2026!").toCharArray()));
                } else if (kind < 7) {
                    nt = members.get(random.nextInt(members.size()));
                } else if (kind < 8) {
                    if (sharedHash == null) {
                        byte[] h = new byte[16];
                        random.nextBytes(h);
                        sharedHash = hex.formatHex(h);
                        nt = sharedHash;
                    } else {
                        nt = sharedHash;
                        sharedHash = null;
                    }
                } else {
                    byte[] h = new byte[16];
                    random.nextBytes(h);
                    nt = hex.formatHex(h);
                }
                out.write(String.format(Locale.ROOT, "OAK\\user%06d:%d:%s:%s::: (pwdLastSet=2025-09-0%d 08:00) "
                        + "(status=Enabled)%n", i, 1000 + i, EMPTY_LM, nt, 1 + random.nextInt(9)));
            }
        }
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
