package no.scorebake.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.util.Set;
import no.scorebake.chart.ChartEncodings.Encoding;
import org.junit.jupiter.api.Test;

class PngEncoderTest {

    /** A picture with exactly {@code colours} colours in vertical stripes, odd width. */
    private static BufferedImage stripes(int colours) {
        BufferedImage image = new BufferedImage(37, 11, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < image.getWidth(); x++) {
            int c = x % colours;
            for (int y = 0; y < image.getHeight(); y++) {
                image.setRGB(x, y, (c * 7) << 16 | (255 - c) << 8 | (c * 3));
            }
        }
        return image;
    }

    @Test
    void fewColoursAreKeptExactlyAtEveryBitDepth() throws IOException {
        for (int colours : new int[] {1, 2, 3, 4, 5, 16, 17, 64}) {
            BufferedImage rgb = stripes(colours);
            BufferedImage back = KpiChartTest.decode(ChartEncodings.encode(rgb, Encoding.INDEXED_PLAIN, 64, 6, new int[0]));
            for (int y = 0; y < rgb.getHeight(); y++) {
                for (int x = 0; x < rgb.getWidth(); x++) {
                    assertEquals(rgb.getRGB(x, y), back.getRGB(x, y), colours + " colours at " + x + "," + y);
                }
            }
            BufferedImage viaImageIo = KpiChartTest.decode(ChartEncodings.encode(rgb, Encoding.INDEXED, 64, -1, new int[0]));
            assertEquals(rgb.getRGB(36, 10), viaImageIo.getRGB(36, 10));
        }
    }

    @Test
    void aFullPaletteKeepsTheColoursItMustAndMapsTheRestToTheNearest() {
        BufferedImage rgb = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 100);
        for (int i = 0; i < 40; i++) {
            g.setColor(new Color(i * 6, 255 - i * 6, 128));
            g.drawLine(i * 5, 0, 200 - i * 5, 100);
        }
        g.setColor(new Color(0x123456));
        g.fillRect(0, 0, 2, 2); // 4 pixels only: not frequent, but kept
        g.dispose();

        BufferedImage indexed = ChartEncodings.toIndexed(rgb, 16, new int[] {0x123456, 0xABCDEF});
        IndexColorModel model = (IndexColorModel) indexed.getColorModel();
        assertEquals(16, model.getMapSize());
        Set<Integer> palette = KpiChartTest.colours(indexed);
        assertTrue(palette.contains(0x123456), "kept colour");
        assertTrue(!palette.contains(0xABCDEF), "a kept colour that does not occur is not added");
        assertTrue(palette.contains(0xFFFFFF), "the most frequent colour");
        assertEquals(0x123456, indexed.getRGB(1, 1) & 0xFFFFFF);
        assertEquals(0xFFFFFF, indexed.getRGB(199, 0) & 0xFFFFFF);
    }

    @Test
    void sameImageSameBytes() {
        BufferedImage a = ChartEncodings.image(Samples.monthly(24, "nb"), KpiChart.DEFAULT);
        BufferedImage b = ChartEncodings.image(Samples.monthly(24, "nb"), KpiChart.DEFAULT);
        assertEquals(java.util.Arrays.toString(ChartEncodings.encode(a, Encoding.INDEXED_PLAIN, 64, 6, new int[0])),
                java.util.Arrays.toString(ChartEncodings.encode(b, Encoding.INDEXED_PLAIN, 64, 6, new int[0])));
    }

    @Test
    void theFixedPaletteKeepsEveryKeyColourExactlyAndShadesTakeTheNearest() throws IOException {
        BufferedImage rgb = new BufferedImage(KpiChart.KEY_COLOURS.length + 1, 3, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < KpiChart.KEY_COLOURS.length; x++) {
            for (int y = 0; y < 3; y++) {
                rgb.setRGB(x, y, KpiChart.KEY_COLOURS[x]);
            }
        }
        int shade = FixedPalette.blend(0x0969da, 0xffffff, 1, 2); // halfway between two entries
        rgb.setRGB(KpiChart.KEY_COLOURS.length, 0, shade);
        BufferedImage back = KpiChartTest.decode(ChartEncodings.encode(rgb, Encoding.FIXED_PALETTE, 0, 3, KpiChart.PALETTE));
        for (int x = 0; x < KpiChart.KEY_COLOURS.length; x++) {
            for (int y = 0; y < 3; y++) {
                assertEquals(KpiChart.KEY_COLOURS[x], back.getRGB(x, y) & 0xFFFFFF, "key colour " + x);
            }
        }
        int got = back.getRGB(KpiChart.KEY_COLOURS.length, 0) & 0xFFFFFF;
        assertEquals(KpiChart.PALETTE[ChartEncodings.nearest(KpiChart.PALETTE, shade)], got);
        assertTrue(java.util.Arrays.stream(KpiChart.PALETTE).anyMatch(c -> c == got));
    }

    @Test
    void aChartKeepsItsKeyColoursAndEncodesToTheSameBytesTwice() throws IOException {
        BufferedImage chart = ChartEncodings.image(Samples.monthly(36, "nb"), KpiChart.DEFAULT);
        byte[] first = PngEncoder.fixed(chart, KpiChart.PALETTE, KpiChart.STATUS_ONLY, 3);
        // Another palette in between empties the per-thread table: the bytes must not depend on it.
        ChartEncodings.encode(chart, Encoding.FIXED_PALETTE, 0, 3, new int[] {0xffffff, 0x000000});
        byte[] second = PngEncoder.fixed(chart, KpiChart.PALETTE, KpiChart.STATUS_ONLY, 3);
        assertEquals(java.util.Arrays.toString(first), java.util.Arrays.toString(second));

        Set<Integer> keys = new java.util.HashSet<>();
        for (int key : KpiChart.KEY_COLOURS) {
            keys.add(key);
        }
        BufferedImage back = KpiChartTest.decode(first);
        int keyPixels = 0;
        for (int y = 0; y < chart.getHeight(); y++) {
            for (int x = 0; x < chart.getWidth(); x++) {
                int original = chart.getRGB(x, y) & 0xFFFFFF;
                if (keys.contains(original)) {
                    keyPixels++;
                    assertEquals(original, back.getRGB(x, y) & 0xFFFFFF, "key colour at " + x + "," + y);
                }
            }
        }
        assertTrue(keyPixels > chart.getWidth() * chart.getHeight() / 2, "mostly key colours: " + keyPixels);
    }
}
