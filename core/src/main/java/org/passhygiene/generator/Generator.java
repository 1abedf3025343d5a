package org.passhygiene.generator;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

import org.passhygiene.policy.PolicySettings;

/**
 * Generates passwords for one policy's settings, judging every candidate with a {@link CandidateCheck} (the whole
 * policy for the account) and drawing a new one on any violation, up to {@value #MAX_ATTEMPTS} candidates. Options
 * the policy cannot meet fail before anything is drawn ({@link GenerationException} naming the key and what to
 * change). Immutable and thread-safe; {@code PasswordPolicy} holds one.
 *
 * <p>Random mode: {@code max(min-length, 14)} characters unless a length is given (at most {@code max-length}),
 * uniform over {@link #ALPHABET} subject to containing each class the policy requires (see
 * {@link RandomPasswords}). Passphrase mode: {@value #DEFAULT_WORDS} words unless given (more when min-length needs
 * them), see {@link Passphrases}; under {@code dictionary-match: substring} only the EFF words that contain no
 * dictionary word are used, and if fewer than {@value #MIN_WORD_POOL} remain passphrases are refused.
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 */
public final class Generator {

    /** Lower-case letters without {@code l} (it looks like {@code I} and {@code 1}): 25. */
    public static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    /** Capitals without {@code I} and {@code O}: 24. */
    public static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    /** Digits without {@code 0} and {@code 1}: 8. */
    public static final String DIGITS = "23456789";
    /**
     * Symbols: 17. Each is on the same key on UK and US keyboards (a sign-in screen left on the US layout types it
     * as printed on a UK keyboard, so not {@code @ " # £ ~ \ |}), is no dead key on US-International or UK-Extended
     * layouts (not {@code ^ ` ' " ~}), is ASCII (not {@code £ ¬}), and quotes, escapes or expands nothing in CSV,
     * shells, PowerShell, batch files, HTML or SQL (not {@code " ' ` \ $ % & < > ;}); no space (trimmed by forms).
     */
    public static final String SYMBOLS = "!()*+,-./:=?[]_{}";
    /** Every character random mode draws from: 74. */
    public static final String ALPHABET = LOWER + UPPER + DIGITS + SYMBOLS;

    /** Candidates judged before giving up. */
    public static final int MAX_ATTEMPTS = 100;
    /** Random mode's length unless min-length asks for more. */
    public static final int DEFAULT_LENGTH = 14;
    /** Passphrase mode's words unless min-length or max-length asks for another number. */
    public static final int DEFAULT_WORDS = 4;
    /** Fewest EFF words (about 10 bits each) passphrase mode will build on. */
    static final int MIN_WORD_POOL = 1024;
    /** A passphrase length setting that fewer than this share of word draws meet is refused, not searched for. */
    static final double MIN_FITTING_SHARE = 1e-3;
    private static final String PASSPHRASE_HINT = ", or use random mode";

    private static final RandomGenerator SHARED_RANDOM = new SecureRandom();

    private final PolicySettings settings;
    private volatile WordPool wordPool;

    private Generator(PolicySettings settings) {
        this.settings = settings;
    }

    /** The generator for a policy's settings; cheap (the passphrase word pool is prepared on first use). */
    public static Generator forSettings(PolicySettings settings) {
        return new Generator(Objects.requireNonNull(settings, "settings"));
    }

    /**
     * A password the check accepts.
     *
     * @param check the whole policy for the account
     * @throws GenerationException if the settings make these options impossible (before anything is generated), if
     *                             the online breach check is unavailable and the policy fails closed, or if no
     *                             candidate passed in {@value #MAX_ATTEMPTS}
     */
    public GeneratedPassword generate(GeneratorOptions options, CandidateCheck check) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(check, "check");
        Construction construction = plan(options);
        RandomGenerator random = options.random() != null ? options.random() : SHARED_RANDOM;
        Map<String, Integer> rejections = new TreeMap<>();
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            char[] candidate = construction.next(random);
            List<String> codes;
            try {
                codes = check.violations(candidate);
            } catch (RuntimeException e) {
                Arrays.fill(candidate, '\0');
                throw e;
            }
            if (codes.isEmpty()) {
                return new GeneratedPassword(candidate, construction.entropyBits(), attempt);
            }
            Arrays.fill(candidate, '\0');
            if (codes.contains("BREACH_CHECK_UNAVAILABLE")) {
                throw new GenerationException("the online breach check is unavailable and the policy fails closed"
                        + " (breach-fail-open=false): no password can be accepted until it answers");
            }
            codes.forEach(c -> rejections.merge(c, 1, Integer::sum));
        }
        throw exhausted(rejections);
    }

    /**
     * The entropy, in bits, of what {@link #generate} would draw from with these options.
     *
     * @throws GenerationException as {@link #generate} does for impossible options
     */
    public double entropyBits(GeneratorOptions options) {
        return plan(Objects.requireNonNull(options, "options")).entropyBits();
    }

    private Construction plan(GeneratorOptions options) {
        return options.mode() == GeneratorMode.RANDOM ? planRandom(options) : planPassphrase(options);
    }

    private Construction planRandom(GeneratorOptions options) {
        int min = settings.minLength();
        int max = settings.maxLength();
        int length = options.length() > 0 ? options.length() : Math.min(Math.max(min, DEFAULT_LENGTH), max);
        if (length < min || length > max) {
            throw new GenerationException("length=" + length + " is outside the policy's min-length=" + min
                    + " and max-length=" + max + ": ask for " + min + " to " + max + " characters");
        }
        Map<String, String> groups = requiredGroups();
        if (length < groups.size()) {
            throw new GenerationException("length=" + length + " cannot hold one character of each class the policy"
                    + " requires (" + String.join(", ", groups.keySet()) + "): ask for at least " + groups.size()
                    + " characters");
        }
        return new RandomPasswords(new ArrayList<>(groups.values()), length);
    }

    /** The policy's required classes as alphabet groups, keyed by the policy key that requires them. */
    private Map<String, String> requiredGroups() {
        Map<String, String> groups = new LinkedHashMap<>();
        if (settings.requireLetter()) {
            groups.put("require-letter", LOWER + UPPER);
        }
        if (settings.requireDigit()) {
            groups.put("require-digit", DIGITS);
        }
        if (settings.requireSymbol()) {
            groups.put("require-symbol", SYMBOLS);
        }
        return groups;
    }

    private Construction planPassphrase(GeneratorOptions options) {
        WordPool pool = wordPool();
        boolean digit = settings.requireDigit();
        int words = options.words() > 0 ? options.words() : pool.defaultWords(digit);
        if (share(pool.words(), words, digit) < MIN_FITTING_SHARE) {
            throw new GenerationException(lengthProblem(pool.words(), words, digit));
        }
        return new Passphrases(pool.words(), words, options, digit, settings.minLength(), settings.maxLength());
    }

    /** The share of {@code words}-word draws whose passphrase fits min-length and max-length. */
    private double share(List<String> pool, int words, boolean digit) {
        return share(pool, words, digit, settings.minLength(), settings.maxLength());
    }

    /** The share of {@code words}-word draws whose passphrase has from {@code min} to {@code max} characters. */
    private static double share(List<String> pool, int words, boolean digit, int min, int max) {
        int extra = words - 1 + (digit ? 1 : 0);
        return Passphrases.fittingShare(pool, words, min - extra, max - extra);
    }

    /**
     * Why too few passphrases of {@code words} words fit, and what to change: the other number of words that mostly
     * fits, else the length half of them reach.
     */
    private String lengthProblem(List<String> pool, int words, boolean digit) {
        int[] range = Passphrases.wordLengthRange(pool);
        int extra = words - 1 + (digit ? 1 : 0);
        int shortest = words * range[0] + extra;
        int longest = words * range[1] + extra;
        int median = shortest;
        while (share(pool, words, digit, 0, median) < 0.5) {
            median++;
        }
        String what = "a passphrase of " + words + " words has " + shortest + " to " + longest + " characters (half"
                + " of them " + median + " or fewer)";
        int min = settings.minLength();
        int max = settings.maxLength();
        if (share(pool, words, digit, 0, max) < MIN_FITTING_SHARE) {
            for (int n = words - 1; n >= GeneratorOptions.MIN_WORDS; n--) {
                if (share(pool, n, digit) >= 0.5) {
                    return what + ", too many for the policy's max-length=" + max + ": ask for " + n
                            + " words or fewer" + PASSPHRASE_HINT;
                }
            }
            return what + ", too many for the policy's max-length=" + max + ": raise max-length to at least " + median
                    + PASSPHRASE_HINT;
        }
        if (share(pool, words, digit, min, Integer.MAX_VALUE / 2) < MIN_FITTING_SHARE) {
            for (int n = words + 1; n <= GeneratorOptions.MAX_WORDS; n++) {
                if (share(pool, n, digit) >= 0.5) {
                    return what + ", too few for the policy's min-length=" + min + ": ask for " + n
                            + " words or more" + PASSPHRASE_HINT;
                }
            }
            return what + ", too few for the policy's min-length=" + min + ": lower min-length to at most " + median
                    + PASSPHRASE_HINT;
        }
        return what + ", and too few of them fit both the policy's min-length=" + min + " and max-length=" + max
                + ": widen the range" + PASSPHRASE_HINT;
    }

    private WordPool wordPool() {
        WordPool p = wordPool;
        if (p == null) {
            p = WordPool.of(settings);
            wordPool = p;
        }
        return p;
    }

    /** The counts of each code, and the policy key behind the code that rejected most, with what to change. */
    private static GenerationException exhausted(Map<String, Integer> rejections) {
        StringJoiner counts = new StringJoiner(", ", "(", ")");
        String worst = null;
        for (Map.Entry<String, Integer> e : rejections.entrySet()) {
            counts.add(e.getKey() + " " + e.getValue() + "x");
            if (worst == null || e.getValue() > rejections.get(worst)) {
                worst = e.getKey();
            }
        }
        String key = KEYS.get(worst);
        return new GenerationException("no candidate passed the policy in " + MAX_ATTEMPTS + " attempts " + counts
                + ": " + (key != null ? "relax " + key + ", or " : "") + "ask for a longer password or more words");
    }

    /** The policy key behind each code a candidate can be rejected with. */
    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("TOO_SHORT", "min-length"), Map.entry("TOO_LONG", "max-length"),
            Map.entry("MISSING_LETTER", "require-letter"), Map.entry("MISSING_DIGIT", "require-digit"),
            Map.entry("MISSING_SYMBOL", "require-symbol"), Map.entry("CONTEXT_WORD", "context-match"),
            Map.entry("DICTIONARY_WORD", "dictionary-match"), Map.entry("PREDICTABLE_PATTERN", "dictionary-match"),
            Map.entry("COMMON_PASSWORD", "common-passwords"), Map.entry("BREACHED", "breach-indexes"),
            Map.entry("REUSED_ACROSS_SYSTEMS", "one-system"), Map.entry("REUSED_FROM_HISTORY", "history"));

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @Override
    public String toString() {
        return "Generator[" + settings.name() + "]";
    }
}
