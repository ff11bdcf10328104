package no.scorebake.browser;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import no.scorebake.testkit.Contrast;

/**
 * The colours a chart is drawn with (a screenshot of it as the browser drew it), measured
 * against its background. A colour counts as
 * drawn when it fills a solid 3×3 block somewhere (a line, a status mark, a letter); the
 * blended pixels at the edges of antialiased lines never do, and pale tints (grid lines, the
 * legend's frame, below 1.5:1) are decoration. Every drawn colour must stand out at 3:1.
 */
final class ChartPixels {

    private ChartPixels() {
    }

    /** Drawn colour (#rrggbb) → its contrast against the background, the most frequent colour. */
    static Map<String, Double> drawnColours(Path png) throws IOException {
        BufferedImage im = ImageIO.read(png.toFile());
        if (im == null) {
            throw new IOException("not an image: " + png);
        }
        Map<Integer, Integer> count = new HashMap<>();
        Map<Integer, Boolean> solid = new HashMap<>();
        int w = im.getWidth();
        int h = im.getHeight();
        int[] px = im.getRGB(0, 0, w, h, null, 0, w);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int c = px[y * w + x] & 0xffffff;
                count.merge(c, 1, Integer::sum);
                if (x + 2 < w && y + 2 < h && !solid.containsKey(c) && block(px, w, x, y, c)) {
                    solid.put(c, true);
                }
            }
        }
        int background = mostFrequent(count);
        Map<String, Double> drawn = new TreeMap<>();
        for (int c : solid.keySet()) {
            double k = Contrast.ratio(c, background);
            if (c != background && k >= 1.5) {
                drawn.put(String.format("#%06x", c), k);
            }
        }
        return drawn;
    }

    /** The chart's background: its most frequent colour (0xrrggbb). */
    static int background(Path png) throws IOException {
        BufferedImage im = ImageIO.read(png.toFile());
        if (im == null) {
            throw new IOException("not an image: " + png);
        }
        Map<Integer, Integer> count = new HashMap<>();
        for (int c : im.getRGB(0, 0, im.getWidth(), im.getHeight(), null, 0, im.getWidth())) {
            count.merge(c & 0xffffff, 1, Integer::sum);
        }
        return mostFrequent(count);
    }

    private static int mostFrequent(Map<Integer, Integer> count) {
        return count.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** The drawn colours below 3:1, as lines for a failure message. */
    static List<String> tooFaint(Path png) throws IOException {
        List<String> faint = new ArrayList<>();
        drawnColours(png).forEach((colour, k) -> {
            if (k < 3) {
                faint.add(png.getFileName() + ": " + colour + " at " + String.format("%.2f", k) + ":1");
            }
        });
        return faint;
    }

    private static boolean block(int[] px, int w, int x, int y, int c) {
        for (int dy = 0; dy < 3; dy++) {
            for (int dx = 0; dx < 3; dx++) {
                if ((px[(y + dy) * w + x + dx] & 0xffffff) != c) {
                    return false;
                }
            }
        }
        return true;
    }
}
