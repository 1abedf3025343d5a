package org.passhygiene.dictionary;

import java.util.Arrays;

/**
 * The US and UK QWERTY layouts as adjacency graphs, for finding keyboard walks ({@code qwerty}, {@code 1qaz2wsx},
 * {@code zxcvbn}). Keys sit on a slanted grid (as in zxcvbn): key {@code (x, y)} touches {@code (x±1, y)},
 * {@code (x, y-1)}, {@code (x+1, y-1)}, {@code (x-1, y+1)} and {@code (x, y+1)}; a shifted character is on its
 * key ({@code !} is the {@code 1} key). Directions are numbered 0 to 5 so a walk's turns can be counted.
 */
final class Keyboards {

    /** Rows of "unshifted shifted" pairs and the column of each row's first key. */
    private static final String[][] US = {
        {"0", "`~ 1! 2@ 3# 4$ 5% 6^ 7& 8* 9( 0) -_ =+"},
        {"1", "qQ wW eE rR tT yY uU iI oO pP [{ ]} \\|"},
        {"1", "aA sS dD fF gG hH jJ kK lL ;: '\""},
        {"1", "zZ xX cC vV bB nN mM ,< .> /?"},
    };
    private static final String[][] UK = {
        {"0", "`\u00ac 1! 2\" 3\u00a3 4$ 5% 6^ 7& 8* 9( 0) -_ =+"},
        {"1", "qQ wW eE rR tT yY uU iI oO pP [{ ]}"},
        {"1", "aA sS dD fF gG hH jJ kK lL ;: '@ #~"},
        {"0", "\\| zZ xX cC vV bB nN mM ,< .> /?"},
    };
    private static final int WIDTH = 16;
    private static final int[][] STEPS = {{-1, 0}, {1, 0}, {0, -1}, {1, -1}, {-1, 1}, {0, 1}};
    /** Both layouts, US first. */
    static final Keyboards[] LAYOUTS = {new Keyboards(US), new Keyboards(UK)};
    /** Keys on a layout (the start of a walk), for its guess count. */
    static final int KEYS = 47;

    /** Key id (y * WIDTH + x) of each char below 256, -1 when not on the layout. */
    private final int[] keyOf = new int[256];
    private final boolean[] present = new boolean[4 * WIDTH];
    private final boolean[] shifted = new boolean[256];

    private Keyboards(String[][] rows) {
        Arrays.fill(keyOf, -1);
        for (int y = 0; y < rows.length; y++) {
            int x = Integer.parseInt(rows[y][0]);
            for (String pair : rows[y][1].split(" ")) {
                int id = y * WIDTH + x;
                keyOf[pair.charAt(0)] = id;
                keyOf[pair.charAt(1)] = id;
                shifted[pair.charAt(1)] = !Character.isLetter(pair.charAt(1));
                present[id] = true;
                x++;
            }
        }
    }

    /** The key a char is typed on, or -1. Letters are folded first, so case never matters. */
    int key(char c) {
        char f = TextFolding.fold(c);
        return f < keyOf.length ? keyOf[f] : (c < keyOf.length ? keyOf[c] : -1);
    }

    /** Whether a char needs shift on this layout (letters excepted: case is counted elsewhere). */
    boolean shifted(char c) {
        return c < shifted.length && shifted[c];
    }

    /** The direction (0 to 5) from key {@code a} to a touching key {@code b}, or -1. */
    int direction(int a, int b) {
        int ax = a % WIDTH;
        int ay = a / WIDTH;
        for (int d = 0; d < STEPS.length; d++) {
            int x = ax + STEPS[d][0];
            int y = ay + STEPS[d][1];
            if (x >= 0 && x < WIDTH && y >= 0 && y < 4 && y * WIDTH + x == b && present[b]) {
                return d;
            }
        }
        return -1;
    }
}
