package org.passhygiene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The bounded, deterministic mutation loop every {@code *FuzzTest} runs as a plain {@code @Test} in {@code verify}:
 * the committed Jazzer seeds, then inputs derived from them by byte flips, truncations, duplications, splices and
 * huge repeats, from a fixed-seed {@link Random}.
 */
public final class MutatedInputs {

    private MutatedInputs() {
    }

    /** The seed files Jazzer replays for {@code method} of {@code fuzzTest}, each as bytes, in name order. */
    public static List<byte[]> seeds(Class<?> fuzzTest, String method) {
        String dir = fuzzTest.getSimpleName() + "Inputs/" + method;
        URL url = fuzzTest.getResource(dir);
        if (url == null) {
            throw new IllegalStateException("no seed directory " + dir + " next to " + fuzzTest.getName());
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            List<byte[]> seeds = new ArrayList<>();
            for (Path p : files.sorted().toList()) {
                seeds.add(Files.readAllBytes(p));
            }
            return seeds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs {@code target} on every seed and on {@code count} mutants of them.
     *
     * @param maxLength mutants are cut to this many bytes (huge repeats included)
     */
    public static void run(List<byte[]> seeds, int count, int maxLength, Consumer<byte[]> target) {
        run(seeds, count, maxLength, NO_TOKENS, target);
    }

    /**
     * Runs {@code target} on every seed and on {@code count} mutants of them, some with one of the format's
     * {@code tokens} (a byte-order mark, a separator, a magic number) inserted.
     */
    public static void run(List<byte[]> seeds, int count, int maxLength, byte[][] tokens, Consumer<byte[]> target) {
        seeds.forEach(target);
        Random random = new Random(20261129L);
        for (int i = 0; i < count; i++) {
            byte[] base = seeds.get(random.nextInt(seeds.size()));
            byte[] input = mutate(base, seeds.get(random.nextInt(seeds.size())), random, maxLength, tokens);
            target.accept(input);
        }
    }

    private static final byte[][] NO_TOKENS = {};

    /** One to four random edits of {@code base}, the result at most {@code maxLength} bytes. */
    public static byte[] mutate(byte[] base, byte[] other, Random r, int maxLength) {
        return mutate(base, other, r, maxLength, NO_TOKENS);
    }

    /**
     * One to four random edits of {@code base}: bit flips, hostile bytes, truncation, duplicated, spliced and deleted
     * slices, huge repeats, swaps and (when given) inserted {@code tokens}; the result at most {@code maxLength} bytes.
     */
    public static byte[] mutate(byte[] base, byte[] other, Random r, int maxLength, byte[][] tokens) {
        byte[] b = base.clone();
        int rounds = 1 + r.nextInt(4);
        for (int k = 0; k < rounds; k++) {
            int op = r.nextInt(tokens.length == 0 ? 8 : 9);
            if (op == 8) {
                byte[] token = tokens[r.nextInt(tokens.length)];
                int at = b.length == 0 ? 0 : r.nextInt(b.length + 1);
                byte[] out = new byte[b.length + token.length];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(token, 0, out, at, token.length);
                System.arraycopy(b, at, out, at + token.length, b.length - at);
                b = out;
                op = -1;
            }
            switch (op) {
                case -1:
                    break;
                case 0: // flip bits
                    if (b.length > 0) {
                        b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                    }
                    break;
                case 1: // random byte, often a structural or hostile one
                    if (b.length > 0) {
                        byte[] special = {0, '\n', '\r', '\t', ':', '-', '[', ']', '{', '}', '"', '\'', '&', '*',
                            '#', '!', '|', '>', '\\', (byte) 0xC3, (byte) 0xFF, (byte) 0xE2, (byte) 0x80};
                        b[r.nextInt(b.length)] = r.nextBoolean() ? special[r.nextInt(special.length)]
                                : (byte) r.nextInt(256);
                    }
                    break;
                case 2: // truncate
                    b = Arrays.copyOf(b, b.length == 0 ? 0 : r.nextInt(b.length));
                    break;
                case 3: { // duplicate a slice in place
                    if (b.length > 0) {
                        int from = r.nextInt(b.length);
                        int len = 1 + r.nextInt(Math.min(64, b.length - from));
                        byte[] out = new byte[b.length + len];
                        System.arraycopy(b, 0, out, 0, from + len);
                        System.arraycopy(b, from, out, from + len, b.length - from);
                        b = out;
                    }
                    break;
                }
                case 4: { // splice in part of another seed
                    int at = b.length == 0 ? 0 : r.nextInt(b.length);
                    int len = other.length == 0 ? 0 : r.nextInt(other.length);
                    byte[] out = new byte[at + len + (b.length - at)];
                    System.arraycopy(b, 0, out, 0, at);
                    System.arraycopy(other, 0, out, at, len);
                    System.arraycopy(b, at, out, at + len, b.length - at);
                    b = out;
                    break;
                }
                case 5: { // huge repeat of one byte or a short run
                    int at = b.length == 0 ? 0 : r.nextInt(b.length);
                    int len = 1 << (10 + r.nextInt(12));
                    byte fill = r.nextBoolean() ? (byte) 'x' : (byte) r.nextInt(256);
                    byte[] out = new byte[b.length + len];
                    System.arraycopy(b, 0, out, 0, at);
                    Arrays.fill(out, at, at + len, fill);
                    System.arraycopy(b, at, out, at + len, b.length - at);
                    b = out;
                    break;
                }
                case 6: // delete a slice
                    if (b.length > 1) {
                        int from = r.nextInt(b.length);
                        int len = r.nextInt(b.length - from);
                        byte[] out = new byte[b.length - len];
                        System.arraycopy(b, 0, out, 0, from);
                        System.arraycopy(b, from + len, out, from, b.length - from - len);
                        b = out;
                    }
                    break;
                default: // swap two bytes
                    if (b.length > 1) {
                        int i = r.nextInt(b.length);
                        int j = r.nextInt(b.length);
                        byte t = b[i];
                        b[i] = b[j];
                        b[j] = t;
                    }
                    break;
            }
            if (b.length > maxLength) {
                b = Arrays.copyOf(b, maxLength);
            }
        }
        return b;
    }
}
