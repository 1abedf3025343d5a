package org.passhygiene.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.passhygiene.Account;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.store.CredentialStore;
import org.passhygiene.store.FingerprintCost;

/**
 * What does a whole {@code policy.check} cost, and how much of it is the credential store's Argon2id?
 *
 * <ul>
 *   <li>{@code noStore}: {@link PasswordPolicy#preset(String) aup} (embedded common-password breach index, shipped
 *       dictionaries in guessable mode, context words, patterns): every rule but reuse.</li>
 *   <li>{@code withStore}: the same policy with a SQLite {@link CredentialStore} at {@link FingerprintCost#DEFAULT}
 *       (Argon2id 19 MiB, 2 passes, 1 lane) holding one earlier password of the account, so each check computes one
 *       Argon2id fingerprint and compares it with the history.</li>
 * </ul>
 * The Argon2id share is {@code 1 - noStore / withStore} (same run); {@code noStore1}/{@code noStore2} give
 * checks per second with 1 and 2 threads. Passwords: 1,024 random 14-char printable-ASCII strings (seed 42), cycled.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar CheckBenchmark -f 1 -wi 2 -w 2 -i 3 -r 3
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class CheckBenchmark {

    private static final int PASSWORDS = 1024;
    private static final String ALPHABET =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private Path dir;
    private CredentialStore store;
    private PasswordPolicy noStore;
    private PasswordPolicy withStore;
    private final Account account = Account.of("jsmith").withFullName("Jane Smith").withSystem("google");
    private final char[][] passwords = new char[PASSWORDS][];

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("passhygiene-check-bench");
        store = CredentialStore.builder().url("jdbc:sqlite:" + dir.resolve("store.db"))
                .pepperFile(dir.resolve("pepper.key")).fingerprintCost(FingerprintCost.DEFAULT).open();
        noStore = PasswordPolicy.preset("aup");
        withStore = PasswordPolicy.builder("aup").credentialStore(store).build();
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < PASSWORDS; i++) {
            char[] p = new char[14];
            for (int j = 0; j < p.length; j++) {
                p[j] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            }
            passwords[i] = p;
        }
        withStore.record("Earlier!Pass-2025".toCharArray(), account, "bench", Instant.now());
        int accepted = 0;
        for (char[] p : passwords) {
            accepted += noStore.check(p, account).accepted() ? 1 : 0;
        }
        System.out.printf("%n[check] aup accepts %d of %d random 14-char passwords%n", accepted, PASSWORDS);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        withStore.close();
        noStore.close();
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private char[] password(ThreadCursor c) {
        return passwords[c.next++ & (PASSWORDS - 1)];
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public boolean noStore(ThreadCursor c) {
        return noStore.check(password(c), account).accepted();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public boolean withStore(ThreadCursor c) {
        return withStore.check(password(c), account).accepted();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public boolean noStore1(ThreadCursor c) {
        return noStore.check(password(c), account).accepted();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public boolean noStore2(ThreadCursor c) {
        return noStore.check(password(c), account).accepted();
    }
}
