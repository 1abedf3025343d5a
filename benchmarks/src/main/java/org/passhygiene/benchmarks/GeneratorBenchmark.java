package org.passhygiene.benchmarks;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.passay.UnicodeString;
import org.passay.data.CharacterData;
import org.passay.generate.PasswordGenerator;
import org.passay.rule.CharacterRule;
import org.passhygiene.Account;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.dictionary.ShippedLists;
import org.passhygiene.generator.GeneratedPassword;
import org.passhygiene.generator.Generator;
import org.passhygiene.generator.GeneratorMode;
import org.passhygiene.generator.GeneratorOptions;

/**
 * Question: how long does generating a compliant password for each of 10,000 accounts take (the {@code aup} preset,
 * its embedded breach index, no store; every account with its own username and full name as context words), and
 * how does that compare with Passay 2.0's {@code PasswordGenerator} given the same character rules (letters, digits,
 * symbols from the same 74-character alphabet, 14 characters, {@code SecureRandom})? One operation = all 10,000
 * accounts.
 *
 * <ul>
 *   <li>{@code ours}: {@code policy.generate(account, options)}, each candidate checked against the whole policy
 *       (the target: under 2 s).</li>
 *   <li>{@code passayCharacterRulesOnly}: Passay's generator alone; it fills each character rule, then shuffles, and
 *       checks only those rules, so its passwords are not known to pass the rest of the policy.</li>
 *   <li>{@code passayThenWholePolicy}: the same job as ours done with Passay: generate, {@code policy.check}, and
 *       generate again until accepted.</li>
 * </ul>
 * The share of accounts whose first candidate was rejected (attempts &gt; 1) is printed at the end of each trial.
 *
 * <pre>
 * ./mvnw -o -q -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar GeneratorBenchmark -f 1 -wi 2 -i 3 -w 5s -r 5s
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class GeneratorBenchmark {

    static final int ACCOUNTS = 10_000;

    /** random (default options) or passphrase (4 words) for {@code ours}; the Passay baselines are random only. */
    @Param({"random"})
    String mode;

    private PasswordPolicy policy;
    private GeneratorOptions options;
    private Account[] accounts;
    private PasswordGenerator passay;
    private long generated;
    private long redrawn;
    private long passayGenerated;
    private long passayRedrawn;

    @Setup(Level.Trial)
    public void setUp() {
        policy = PasswordPolicy.defaults();
        options = GeneratorOptions.builder().mode(GeneratorMode.valueOf(mode.toUpperCase(Locale.ROOT))).build();
        accounts = accounts(ACCOUNTS);
        passay = new PasswordGenerator(new SecureRandom(), Math.max(policy.settings().minLength(), 14), 2,
                List.of(new CharacterRule(data("LETTER", Generator.LOWER + Generator.UPPER)),
                        new CharacterRule(data("DIGIT", Generator.DIGITS)),
                        new CharacterRule(data("SYMBOL", Generator.SYMBOLS))));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (generated > 0) {
            System.out.printf(Locale.ROOT, "%nours: %d of %d accounts redrawn (%.3f%%)%n", redrawn, generated,
                    100.0 * redrawn / generated);
        }
        if (passayGenerated > 0) {
            System.out.printf(Locale.ROOT, "%npassay then whole policy: %d of %d accounts redrawn (%.3f%%)%n",
                    passayRedrawn, passayGenerated, 100.0 * passayRedrawn / passayGenerated);
        }
        policy.close();
    }

    /** Usernames {@code initial + surname + n} and full names from the shipped first-name and surname lists. */
    static Account[] accounts(int n) {
        List<String> first = ShippedLists.read("first-names");
        List<String> last = ShippedLists.read("surnames");
        Random random = new Random(13);
        Account[] out = new Account[n];
        for (int i = 0; i < n; i++) {
            String f = first.get(random.nextInt(first.size()));
            String l = last.get(random.nextInt(last.size()));
            out[i] = Account.of(f.charAt(0) + l + (i % 100)).withFullName(capital(f) + " " + capital(l));
        }
        return out;
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static CharacterData data(String code, String characters) {
        return new CharacterData() {
            @Override
            public String getErrorCode() {
                return "INSUFFICIENT_" + code;
            }

            @Override
            public String getCharacters() {
                return characters;
            }
        };
    }

    @Benchmark
    public void ours(Blackhole bh) {
        for (Account a : accounts) {
            try (GeneratedPassword p = policy.generate(a, options)) {
                bh.consume(p.password()[0]);
                generated++;
                redrawn += p.attempts() > 1 ? 1 : 0;
            }
        }
    }

    @Benchmark
    public void passayCharacterRulesOnly(Blackhole bh) {
        for (int i = 0; i < ACCOUNTS; i++) {
            UnicodeString p = passay.generate();
            bh.consume(p);
        }
    }

    @Benchmark
    public void passayThenWholePolicy(Blackhole bh) {
        for (Account a : accounts) {
            int attempts = 0;
            while (true) {
                attempts++;
                UnicodeString p = passay.generate();
                char[] chars = p.toString().toCharArray();
                boolean accepted = policy.check(chars, a).accepted();
                Arrays.fill(chars, '\0');
                if (accepted) {
                    bh.consume(p);
                    break;
                }
            }
            passayGenerated++;
            passayRedrawn += attempts > 1 ? 1 : 0;
        }
    }
}
