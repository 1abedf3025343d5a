package org.passhygiene.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.passhygiene.dictionary.ShippedLists;
import org.passhygiene.dictionary.WordRanks;

/**
 * The two generated corpora issue #11's rates are measured on (fixed seeds, so every run sees the same passwords).
 *
 * <p>{@link #random}: password-manager passwords, each char uniform over {@link #RANDOM_ALPHABET} (52 letters,
 * 10 digits, the 14 symbols {@code !@#$%^&*()-_=+}).
 *
 * <p>{@link #wordBased}: what staff build around words. Sources, each in frequency order (ranked by the first
 * appearance of the word in the shipped frequency-ordered common-password list, unranked entries after them in list
 * order): the top {@value #TOP_ENGLISH} English words of {@code en-gb}, the top {@value #TOP_NAMES} first names,
 * the top {@value #TOP_PLACES} one-word UK places and every one-word football club. Each password takes one or
 * two words (chosen uniformly within the source's top N) mangled as crackers' rules do (Capitalised, UPPER, leet,
 * reversed, repeated), or a pattern (a run of one char, a sequence, a keyboard walk), then appends or prepends 1 to 4
 * digits, a year or a digit sequence and one or two symbols; only those meeting the aup composition rules (a letter,
 * a digit, a symbol, 8 or more chars) are kept.
 */
final class PasswordCorpora {

    static final String RANDOM_ALPHABET =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*()-_=+";
    static final int TOP_ENGLISH = 5000;
    static final int TOP_NAMES = 2000;
    static final int TOP_PLACES = 1000;
    private static final String SYMBOLS = "!!!!!@#$%&*?.";
    private static final String[] WALKS = {"qwerty", "qwertyuiop", "asdf", "asdfgh", "asdfghjkl", "zxcvbn",
        "zxcvbnm", "1qaz2wsx", "qazwsx", "1q2w3e4r", "zaq12wsx", "poiuyt", "lkjhgf", "mnbvcxz", "qweasd", "asdasd",
        "qwe123", "1qazxsw2", "wsxedc", "!qaz@wsx"};

    private PasswordCorpora() {
    }

    static List<String> random(long seed, int count, int length) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            StringBuilder sb = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                sb.append(RANDOM_ALPHABET.charAt(r.nextInt(RANDOM_ALPHABET.length())));
            }
            out.add(sb.toString());
        }
        return out;
    }

    /** Frequency-ordered one-word entries of a shipped list: ranked first (by rank), then the rest in list order. */
    static List<String> frequencyOrdered(String list, int top) {
        WordRanks ranks = ShippedLists.commonPasswordRanks(100_000);
        List<String> words = new ArrayList<>();
        ShippedLists.forEach(list, Integer.MAX_VALUE, w -> {
            if (w.length() >= 4 && w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                words.add(w);
            }
        });
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt((String w) -> ranks.rank(w) == 0 ? Integer.MAX_VALUE : ranks.rank(w)));
        return List.copyOf(sorted.subList(0, Math.min(top, sorted.size())));
    }

    static List<String> wordBased(long seed, int count) {
        List<List<String>> sources = List.of(frequencyOrdered("en-gb", TOP_ENGLISH),
                frequencyOrdered("first-names", TOP_NAMES), frequencyOrdered("uk-places", TOP_PLACES),
                frequencyOrdered("football-clubs", Integer.MAX_VALUE));
        double[] weights = {0.45, 0.25, 0.15, 0.15};
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(count);
        while (out.size() < count) {
            String core;
            int kind = r.nextInt(100);
            if (kind < 12) {
                core = pattern(r);
            } else {
                core = mangle(r, pick(r, sources, weights));
                if (kind < 40) {
                    core = core + mangle(r, pick(r, sources, weights));
                }
            }
            String p = decorate(r, core);
            if (meetsAup(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private static String pick(Random r, List<List<String>> sources, double[] weights) {
        double x = r.nextDouble();
        int s = 0;
        while (s < weights.length - 1 && x >= weights[s]) {
            x -= weights[s];
            s++;
        }
        List<String> list = sources.get(s);
        return list.get(r.nextInt(list.size()));
    }

    private static String mangle(Random r, String word) {
        String w = word;
        int how = r.nextInt(100);
        if (how < 10) {
            w = new StringBuilder(w).reverse().toString();
        }
        int c = r.nextInt(100);
        if (c < 55) {
            w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
        } else if (c < 65) {
            w = w.toUpperCase(Locale.ROOT);
        }
        if (r.nextInt(100) < 30) {
            w = leet(r, w);
        }
        if (r.nextInt(100) < 4) {
            w = w + w;
        }
        return w;
    }

    private static String leet(Random r, String w) {
        String from = "aAoOeEiIsSlt";
        String to = "@@003311$$1+";
        StringBuilder sb = new StringBuilder(w);
        boolean all = r.nextBoolean();
        for (int i = 0; i < sb.length(); i++) {
            int k = from.indexOf(sb.charAt(i));
            if (k >= 0 && (all || r.nextBoolean())) {
                sb.setCharAt(i, to.charAt(k));
            }
        }
        return sb.toString();
    }

    private static String pattern(Random r) {
        switch (r.nextInt(3)) {
            case 0: {
                char c = (char) ('a' + r.nextInt(26));
                String run = String.valueOf(c).repeat(4 + r.nextInt(5));
                return r.nextBoolean() ? Character.toUpperCase(c) + run.substring(1) : run.toUpperCase(Locale.ROOT);
            }
            case 1: {
                int start = r.nextInt(20);
                int len = 4 + r.nextInt(4);
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < len; i++) {
                    sb.append((char) ('a' + start + i));
                }
                String s = r.nextBoolean() ? sb.toString() : sb.reverse().toString();
                return r.nextBoolean() ? leet(r, s) : Character.toUpperCase(s.charAt(0)) + s.substring(1);
            }
            default: {
                String walk = WALKS[r.nextInt(WALKS.length)];
                return r.nextBoolean() ? Character.toUpperCase(walk.charAt(0)) + walk.substring(1) : walk;
            }
        }
    }

    private static String decorate(Random r, String core) {
        String digits;
        int d = r.nextInt(100);
        if (d < 35) {
            digits = String.valueOf(1950 + r.nextInt(76));
        } else if (d < 50) {
            digits = "1234".substring(0, 2 + r.nextInt(3));
        } else {
            int n = 1 + r.nextInt(4);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append((char) ('0' + r.nextInt(10)));
            }
            digits = sb.toString();
        }
        String symbol = String.valueOf(SYMBOLS.charAt(r.nextInt(SYMBOLS.length())));
        if (r.nextInt(100) < 10) {
            symbol = symbol + symbol;
        }
        switch (r.nextInt(6)) {
            case 0: return digits + core + symbol;
            case 1: return symbol + core + digits;
            case 2: return core + symbol + digits;
            case 3: return digits + symbol + core;
            default: return core + digits + symbol;
        }
    }

    static boolean meetsAup(String p) {
        return p.length() >= 8 && p.chars().anyMatch(Character::isLetter) && p.chars().anyMatch(Character::isDigit)
                && p.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
    }
}
