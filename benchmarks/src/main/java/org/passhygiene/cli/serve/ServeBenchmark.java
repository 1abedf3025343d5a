package org.passhygiene.cli.serve;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
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
 * same run, and from a minimal keep-alive HTTP/1.1 client on the benchmark thread ({@code *OverSocket}: no client
 * threads of its own, so what it adds is the service and the loopback). Sample-time mode: JMH prints p50/p99 per
 * method; one client thread, so requests/s = 1 / mean. The service's cost is the HTTP p99 minus the in-process p99
 * (target: under 1 ms).
 *
 * <p>Data: a synthetic HIBP per-prefix directory of 4,096 prefixes x 40 lines (written to a temporary directory at
 * setup), requests spread over all of them (warm in the range cache after warm-up, as on a busy service); checks of
 * 64 generated passwords (about half rejected) against the {@code aup} preset with its embedded indexes. The rate
 * limit is lifted. In package {@code org.passhygiene.cli.serve} to reach the range reader the service uses.
 * {@code bundledRangeInProcess}: the same prefixes answered from the bundled common-password list (what
 * {@code /range/} serves without {@code --range-dir}; about one hash per prefix), against {@code rangeInProcess}.
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
    private RangeSource bundled;
    private HttpClient http;
    private String[] prefixes;
    private HttpRequest[] rangeRequests;
    private char[][] passwords;
    private HttpRequest[] checkRequests;
    private byte[][] rawRange;
    private byte[][] rawCheck;
    private Socket socket;
    private BufferedInputStream socketIn;
    private OutputStream socketOut;
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
        bundled = BundledRanges.of(HashKind.SHA1);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        rangeRequests = new HttpRequest[PREFIXES];
        for (int p = 0; p < PREFIXES; p++) {
            rangeRequests[p] = HttpRequest.newBuilder(server.uri().resolve("range/" + prefixes[p])).build();
        }
        String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%&*+-=?@";
        String[] words = {"summer", "password", "letmein", "dragon", "football", "welcome"};
        passwords = new char[PASSWORDS][];
        checkRequests = new HttpRequest[PASSWORDS];
        rawCheck = new byte[PASSWORDS][];
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
            String json = "{\"password\":\"" + pw + "\",\"user\":\"jsmith\"}";
            checkRequests[i] = HttpRequest.newBuilder(check).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build();
            rawCheck[i] = ("POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + json.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + json)
                    .getBytes(StandardCharsets.UTF_8);
        }
        rawRange = new byte[PREFIXES][];
        for (int p = 0; p < PREFIXES; p++) {
            rawRange[p] = ("GET /range/" + prefixes[p] + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
        }
        socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        socket.setTcpNoDelay(true);
        socketIn = new BufferedInputStream(socket.getInputStream(), 1 << 16);
        socketOut = socket.getOutputStream();
    }

    @TearDown
    public void tearDown() throws IOException {
        socket.close();
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

    /** A range of the bundled common-password list (the default without --range-dir), cut out on each request. */
    @Benchmark
    public byte[] bundledRangeInProcess() {
        return bundled.body(prefixes[next++ & (PREFIXES - 1)], false);
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

    /** The same request from a minimal keep-alive HTTP/1.1 client on this thread: the service's own share. */
    @Benchmark
    public byte[] rangeOverSocket() throws IOException {
        return exchange(rawRange[next++ & (PREFIXES - 1)]);
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

    @Benchmark
    public byte[] checkOverSocket() throws IOException {
        return exchange(rawCheck[next++ & (PASSWORDS - 1)]);
    }

    /** Writes one request, reads the status line and headers, then exactly Content-Length bytes of body. */
    private byte[] exchange(byte[] request) throws IOException {
        socketOut.write(request);
        socketOut.flush();
        int length = -1;
        boolean ok = false;
        StringBuilder line = new StringBuilder();
        for (int lineNumber = 0; ; ) {
            int c = socketIn.read();
            if (c < 0) {
                throw new IOException("connection closed");
            }
            if (c != '\n') {
                if (c != '\r') {
                    line.append((char) c);
                }
                continue;
            }
            if (line.length() == 0) {
                break;
            }
            String header = line.toString();
            if (lineNumber++ == 0) {
                ok = header.startsWith("HTTP/1.1 200 ");
            } else if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Integer.parseInt(header.substring(15).strip());
            }
            line.setLength(0);
        }
        if (!ok || length < 0) {
            throw new IOException("unexpected answer (status not 200 or no Content-Length)");
        }
        byte[] body = new byte[length];
        for (int n = 0; n < length; ) {
            int r = socketIn.read(body, n, length - n);
            if (r < 0) {
                throw new IOException("connection closed in the body");
            }
            n += r;
        }
        return body;
    }
}
