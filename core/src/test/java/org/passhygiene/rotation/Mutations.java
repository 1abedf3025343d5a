package org.passhygiene.rotation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The bounded, deterministic mutation loop the fuzz-test convention asks for: inputs derived from the committed
 * Jazzer seeds by byte flips, truncations, duplications, splices and very long runs, from a fixed-seed
 * {@link Random}, so {@code ./mvnw verify} exercises many inputs and a failure replays exactly.
 */
final class Mutations {
    private static final byte[] INTERESTING = " :-\n\r\t\"'[]{}&*!|>#\\%@,;0123456789TZ\u0000".getBytes(
            java.nio.charset.StandardCharsets.ISO_8859_1);

    private Mutations() {
    }

    /** The seed files of {@code <testClass>Inputs/<method>/}. */
    static List<byte[]> seeds(Class<?> testClass, String method) {
        try {
            Path dir = Path.of(testClass.getResource(testClass.getSimpleName() + "Inputs/" + method).toURI());
            List<byte[]> seeds = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    seeds.add(Files.readAllBytes(f));
                }
            }
            return seeds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code check} on every seed, then on {@code count} mutants of them. */
    static void run(List<byte[]> seeds, int count, long seed, Consumer<byte[]> check) {
        seeds.forEach(check);
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            byte[] base = seeds.get(random.nextInt(seeds.size()));
            byte[] m = mutate(base, seeds.get(random.nextInt(seeds.size())), random);
            for (int j = random.nextInt(3); j > 0; j--) {
                m = mutate(m, seeds.get(random.nextInt(seeds.size())), random);
            }
            check.accept(m);
        }
    }

    static byte[] mutate(byte[] in, byte[] other, Random r) {
        if (in.length == 0) {
            return other.clone();
        }
        int at = r.nextInt(in.length);
        switch (r.nextInt(8)) {
            case 0: { // flip a bit
                byte[] out = in.clone();
                out[at] ^= (byte) (1 << r.nextInt(8));
                return out;
            }
            case 1: // truncate
                return Arrays.copyOf(in, at);
            case 2: { // duplicate a slice in place
                int len = Math.min(in.length - at, 1 + r.nextInt(200));
                return concat(Arrays.copyOf(in, at + len), Arrays.copyOfRange(in, at, in.length));
            }
            case 3: { // splice in part of another seed
                int from = r.nextInt(other.length);
                return concat(Arrays.copyOf(in, at), Arrays.copyOfRange(other, from, other.length));
            }
            case 4: { // a very long run of one byte: long lines, long values, deep nesting
                byte[] run = new byte[1 + r.nextInt(r.nextInt(8) == 0 ? 300_000 : 5_000)];
                Arrays.fill(run, INTERESTING[r.nextInt(INTERESTING.length)]);
                return concat(concat(Arrays.copyOf(in, at), run), Arrays.copyOfRange(in, at, in.length));
            }
            case 5: { // replace a byte with a syntactically interesting one
                byte[] out = in.clone();
                out[at] = INTERESTING[r.nextInt(INTERESTING.length)];
                return out;
            }
            case 6: { // delete a slice
                int len = Math.min(in.length - at, 1 + r.nextInt(40));
                return concat(Arrays.copyOf(in, at), Arrays.copyOfRange(in, at + len, in.length));
            }
            default: { // repeat the whole input: many terms, many events
                int times = 2 + r.nextInt(r.nextInt(8) == 0 ? 400 : 4);
                byte[] out = new byte[Math.min(in.length * times, 300_000)];
                for (int i = 0; i < out.length; i++) {
                    out[i] = in[i % in.length];
                }
                return out;
            }
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
