package org.passhygiene.breach;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.passhygiene.MutatedInputs;

/** The breach parsers' hostile tokens for {@link MutatedInputs}, the bounded fuzz loops of every {@code verify}. */
final class FuzzMutations {

    private static final byte[][] TOKENS = {
        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {'\r', '\n'}, {'\n'}, {'\r'}, {':'}, {':', '0'}, {0},
        "999999999999999999999".getBytes(StandardCharsets.US_ASCII), {(byte) 0x1F, (byte) 0x8B},
        {(byte) 0xC3, '('}, {(byte) 0xFF}, "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII),
    };

    private FuzzMutations() {
    }

    /** Random edits of {@code seed} by the one mutation engine, with this package's tokens and runs up to 2 MiB. */
    static byte[] mutate(byte[] seed, Random random) {
        return MutatedInputs.mutate(seed, seed, random, 2 << 20, TOKENS);
    }

}
