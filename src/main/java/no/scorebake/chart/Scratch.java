package no.scorebake.chart;

import java.awt.image.BufferedImage;
import java.util.zip.Deflater;

/**
 * Working memory of the chart pipeline, kept per thread and reused from chart to chart. A 2×
 * chart is a 3.5 MB picture plus an array of its size; allocating those afresh ten thousand
 * times per bake is what made the heap (and the process) grow to gigabytes. Nothing here
 * survives a call: each user overwrites what it reads.
 */
final class Scratch {

    private static final ThreadLocal<Scratch> MINE = ThreadLocal.withInitial(Scratch::new);

    private byte[] bytes = new byte[0];
    private BufferedImage canvas;
    private Deflater deflater;
    private int deflaterLevel;

    private Scratch() {
    }

    /** A byte array of at least {@code length}, contents undefined. */
    static byte[] bytes(int length) {
        Scratch s = MINE.get();
        if (s.bytes.length < length) {
            s.bytes = new byte[length];
        }
        return s.bytes;
    }

    /** An RGB picture of exactly this size, contents undefined (paint it all first). */
    static BufferedImage canvas(int width, int height) {
        Scratch s = MINE.get();
        if (s.canvas == null || s.canvas.getWidth() != width || s.canvas.getHeight() != height) {
            s.canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        }
        return s.canvas;
    }

    /** A deflater at {@code level}, reset and ready for new input. */
    static Deflater deflater(int level) {
        Scratch s = MINE.get();
        if (s.deflater == null || s.deflaterLevel != level) {
            if (s.deflater != null) {
                s.deflater.end();
            }
            s.deflater = new Deflater(level);
            s.deflaterLevel = level;
        } else {
            s.deflater.reset();
        }
        return s.deflater;
    }
}
