package no.scorebake.chart;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Palette indexes of a picture against a palette chosen in advance. A chart uses only its own
 * few colours and their anti-aliasing blends, so a palette of those blends, made once, fits
 * every chart: no counting pass over the pixels, no sorting per chart. Each run of equal
 * pixels costs one lookup in a per-thread table colour → index; a colour seen for the first
 * time takes the nearest palette entry ({@link #nearest}), so palette colours map
 * exactly to themselves. Some entries can be kept for their own colour only: a status colour
 * should appear where that status is drawn, not at the edge of a letter whose shade is near
 * it. The table only remembers answers, so the result never depends on
 * what it holds: equal pixels give equal indexes.
 */
final class FixedPalette {

    /** Slots of the table (open addressing); it is cleared when half full. */
    private static final int CAPACITY = 8192;

    private static final ThreadLocal<FixedPalette> MINE = ThreadLocal.withInitial(FixedPalette::new);

    private final int[] keys = new int[CAPACITY];   // colour + 1, 0 = empty
    private final byte[] indexes = new byte[CAPACITY];
    private int[] palette = new int[0];
    private int[] exactOnly = new int[0];
    private boolean[] skip = new boolean[0];
    private int size;

    private FixedPalette() {
    }

    /**
     * {@code keys} first, then each key blended toward {@code background} in {@code steps}
     * equal steps, then each pair of {@code pairs} blended in {@code pairSteps} steps; no
     * colour twice, at most {@code max} colours. Keys come first, so they are always in it.
     */
    static int[] blends(int background, int[] keys, int steps, int[][] pairs, int pairSteps, int max) {
        Set<Integer> colours = new LinkedHashSet<>();
        colours.add(background);
        for (int key : keys) {
            colours.add(key);
        }
        for (int key : keys) {
            for (int i = 1; i < steps; i++) {
                colours.add(blend(key, background, i, steps));
            }
        }
        for (int[] pair : pairs) {
            for (int i = 1; i < pairSteps; i++) {
                colours.add(blend(pair[0], pair[1], i, pairSteps));
            }
        }
        return colours.stream().limit(max).mapToInt(Integer::intValue).toArray();
    }

    /** {@code a} moved {@code part/whole} of the way toward {@code b}, per channel, rounded. */
    static int blend(int a, int b, int part, int whole) {
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int ca = (a >> shift) & 0xFF;
            int cb = (b >> shift) & 0xFF;
            rgb |= ((ca * (whole - part) + cb * part + whole / 2) / whole) << shift;
        }
        return rgb;
    }

    /**
     * Writes the palette index of every pixel of {@code pixels} (opaque RGB, {@code width} per
     * row) into {@code raw} as PNG rows: each row a filter byte 0 and then one byte per pixel.
     * {@code palette} holds at most 256 distinct colours; those also in {@code exactOnly} are
     * taken by their own colour only, never as the nearest to another.
     */
    static void indexRows(int[] pixels, int width, int height, int[] palette, int[] exactOnly, byte[] raw) {
        FixedPalette cache = MINE.get();
        cache.use(palette, exactOnly);
        int previous = -1;
        byte index = 0;
        int out = 0;
        for (int y = 0, i = 0; y < height; y++) {
            raw[out++] = 0;
            // Most rows of a chart (white space, the plot's inside between grid lines) repeat
            // the row above: compare them whole (a vectorised mismatch) and copy its indexes.
            if (y > 0 && Arrays.mismatch(pixels, i - width, i, pixels, i, i + width) < 0) {
                System.arraycopy(raw, out - width - 1, raw, out, width);
                out += width;
                i += width;
                continue;
            }
            for (int x = 0; x < width; x++, i++) {
                int c = pixels[i] & 0xFFFFFF;
                if (c != previous) {
                    previous = c;
                    index = (byte) cache.index(c);
                }
                raw[out++] = index;
            }
        }
    }

    /** Forgets every answer when the palette is another than last time's. */
    private void use(int[] colours, int[] exact) {
        if (!Arrays.equals(palette, colours) || !Arrays.equals(exactOnly, exact)) {
            palette = colours.clone();
            exactOnly = exact.clone();
            skip = new boolean[colours.length];
            for (int i = 0; i < colours.length; i++) {
                for (int e : exact) {
                    skip[i] |= colours[i] == e;
                }
            }
            clear();
        }
    }

    private int index(int colour) {
        int mask = CAPACITY - 1;
        int i = (colour * 0x9E3779B1) >>> (32 - Integer.numberOfTrailingZeros(CAPACITY));
        while (keys[i] != 0) {
            if (keys[i] == colour + 1) {
                return indexes[i] & 0xFF;
            }
            i = (i + 1) & mask;
        }
        int index = exactIndex(colour);
        if (index < 0) {
            index = nearest(palette, colour, skip);
        }
        if (size * 2 >= CAPACITY) {
            // A thread that has seen many colours starts afresh rather than probing long chains.
            clear();
            return index;
        }
        keys[i] = colour + 1;
        indexes[i] = (byte) index;
        size++;
        return index;
    }

    private int exactIndex(int colour) {
        for (int i = 0; i < palette.length; i++) {
            if (palette[i] == colour) {
                return i;
            }
        }
        return -1;
    }

    private void clear() {
        Arrays.fill(keys, 0);
        size = 0;
    }

    /**
     * Index of the palette colour nearest to {@code c} (weighted RGB distance; ties: lowest
     * index), leaving out the entries where {@code skip} is true.
     */
    static int nearest(int[] palette, int c, boolean[] skip) {
        int cr = (c >> 16) & 0xFF;
        int cg = (c >> 8) & 0xFF;
        int cb = c & 0xFF;
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            if (skip[i]) {
                continue;
            }
            int dr = ((palette[i] >> 16) & 0xFF) - cr;
            int dg = ((palette[i] >> 8) & 0xFF) - cg;
            int db = (palette[i] & 0xFF) - cb;
            long d = 3L * dr * dr + 4L * dg * dg + 2L * db * db;
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }
}
