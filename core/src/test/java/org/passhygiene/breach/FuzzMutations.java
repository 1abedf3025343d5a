package org.passhygiene.breach;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/** Deterministic mutations for the bounded fuzz loops that run in every {@code verify}. */
final class FuzzMutations {

    private static final byte[][] TOKENS = {
        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {'\r', '\n'}, {'\n'}, {'\r'}, {':'}, {':', '0'}, {0},
        "999999999999999999999".getBytes(StandardCharsets.US_ASCII), {(byte) 0x1F, (byte) 0x8B},
        {(byte) 0xC3, '('}, {(byte) 0xFF}, "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII),
    };

    private FuzzMutations() {
    }

    /** One to three random edits of {@code seed}: flips, truncation, duplication, inserted tokens, long runs. */
    static byte[] mutate(byte[] seed, Random random) {
        byte[] b = seed;
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
            int at = b.length == 0 ? 0 : random.nextInt(b.length + 1);
            switch (random.nextInt(6)) {
                case 0 -> {
                    if (b.length > 0) {
                        b = Arrays.copyOf(b, b.length);
                        b[Math.min(at, b.length - 1)] ^= (byte) (1 << random.nextInt(8));
                    }
                }
                case 1 -> b = Arrays.copyOf(b, at);
                case 2 -> b = insert(b, at, Arrays.copyOfRange(b, at, Math.min(b.length, at + random.nextInt(200))));
                case 3 -> b = insert(b, at, TOKENS[random.nextInt(TOKENS.length)]);
                case 4 -> {
                    byte[] run = new byte[random.nextInt(3) == 0 ? 70_000 : random.nextInt(100)];
                    Arrays.fill(run, (byte) "0F:\n".charAt(random.nextInt(4)));
                    b = insert(b, at, run);
                }
                default -> {
                    byte[] noise = new byte[random.nextInt(16)];
                    random.nextBytes(noise);
                    b = insert(b, at, noise);
                }
            }
        }
        return b;
    }

    private static byte[] insert(byte[] b, int at, byte[] piece) {
        byte[] out = new byte[b.length + piece.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(piece, 0, out, at, piece.length);
        System.arraycopy(b, at, out, at + piece.length, b.length - at);
        return out;
    }
}
