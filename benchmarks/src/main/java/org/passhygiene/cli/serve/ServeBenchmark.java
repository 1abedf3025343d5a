package org.passhygiene.cli.serve;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.passhygiene.Account;
import org.passhygiene.CheckResult;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.breach.HashKind;

/**
 * What does {@code passhygiene serve} add to a lookup? The same range reads and the same password checks, made
 * in-process (what an embedding Java program pays) and as HTTP requests to the service on loopback from one
 * {@link HttpClient} thread (what a PowerShell script or portal on the same host pays, less its own client), in the
 * same run. Sample-time mode: JMH prints p50/p99 per method; one client thread, so requests/s = 1 / mean. The
 * service's cost is the HTTP p99 minus the in-process p99 (target: under 1 ms).
 *
 * <p>Data: a synthetic HIBP per-prefix directory of 4,096 prefixes x 40 lines (written to a temporary directory at
 * setup), requests spread over all of them (warm in the range cache after warm-up, as on a busy service); checks of
 * 64 generated passwords (about half rejected) against the {@code aup} preset with its embedded indexes. The rate
 * limit is lifted. In package {@code org.passhygiene.cli.serve} to reach the range reader the service uses.
 *
 * <pre>
 * ./mvnw -o -q -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar ServeBenchmark -f 1 -wi 2 -w 5s -i 3 -r 10s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class ServeBenchmark {

    static final int PREFIXES = 4_096;
    static final int LINES = 40;
    static final int PASSWORDS = 64;

    private Path dir;
    private PasswordPolicy policy;
    private PasshygieneServer server;
    private RangeDirectory ranges;
    private HttpClient http;
    private String[] prefixes;
    private HttpRequest[] rangeRequests;
    private char[][] passwords;
    private HttpRequest[] checkRequests;
    private int next;

    @Setup
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("serve-bench");
        SplittableRandom random = new SplittableRandom(15);
        prefixes = new String[PREFIXES];
        for (int p = 0; p < PREFIXES; p++) {
            String prefix = String.format(Locale.ROOT, "%05X", random.nextInt(1 << 20));
            prefixes[p] = prefix;
            TreeSet<String> lines = new TreeSet<>();
            while (lines.size() < LINES) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < 35; i++) {
                    sb.append("0123456789ABCDEF".charAt(random.nextInt(16)));
                }
                lines.add(sb.append(':').append(1 + random.nextInt(100_000)).toString());
            }
            Files.writeString(dir.resolve(prefix + ".txt"), String.join("\r\n", lines) + "\r\n");
        }
        policy = PasswordPolicy.builder("aup").build();
        server = PasshygieneServer.builder(policy).listen(new InetSocketAddress("127.0.0.1", 0))
                .rangeDirectory(HashKind.SHA1, dir).rateLimit(1e9, 1_000_000_000).start();
        ranges = new RangeDirectory(dir, HashKind.SHA1, 64L << 20);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        rangeRequests = new HttpRequest[PREFIXES];
        for (int p = 0; p < PREFIXES; p++) {
            rangeRequests[p] = HttpRequest.newBuilder(server.uri().resolve("range/" + prefixes[p])).build();
        }
        String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%&*+-=?@";
        String[] words = {"summer", "password", "letmein", "dragon", "football", "welcome"};
        passwords = new char[PASSWORDS][];
        checkRequests = new HttpRequest[PASSWORDS];
        URI check = server.uri().resolve("v1/check");
        for (int i = 0; i < PASSWORDS; i++) {
            String pw;
            if (i % 2 == 0) {
                StringBuilder sb = new StringBuilder();
                for (int c = 0; c < 14; c++) {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                pw = sb.toString();
            } else {
                pw = words[random.nextInt(words.length)] + random.nextInt(100);
            }
            passwords[i] = pw.toCharArray();
            checkRequests[i] = HttpRequest.newBuilder(check).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"password\":\"" + pw + "\",\"user\":\"jsmith\"}"))
                    .build();
        }
    }

    @TearDown
    public void tearDown() throws IOException {
        server.close();
        policy.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public byte[] rangeInProcess() {
        return ranges.body(prefixes[next++ & (PREFIXES - 1)], false);
    }

    @Benchmark
    public String rangeOverHttp() throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(rangeRequests[next++ & (PREFIXES - 1)],
                HttpResponse.BodyHandlers.ofString(StandardCharsets.US_ASCII));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("range answered " + r.statusCode());
        }
        return r.body();
    }

    @Benchmark
    public CheckResult checkInProcess() {
        return policy.check(passwords[next++ & (PASSWORDS - 1)].clone(), Account.of("jsmith"));
    }

    @Benchmark
    public String checkOverHttp() throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(checkRequests[next++ & (PASSWORDS - 1)],
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("check answered " + r.statusCode());
        }
        return r.body();
    }
}
