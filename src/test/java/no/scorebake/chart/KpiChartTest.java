package no.scorebake.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KpiChartTest {

    private static final int W = KpiChart.WIDTH * KpiChart.SCALE;
    private static final int H = KpiChart.HEIGHT * KpiChart.SCALE;

    @Test
    void decodesAsPngOfTheDocumentedSize() throws IOException {
        BufferedImage image = decode(KpiChart.png(Samples.monthly(36, "nb")));
        assertEquals(W, image.getWidth());
        assertEquals(H, image.getHeight());
        assertEquals(1440, W, "2x of 720 CSS pixels");
        assertEquals(600, H, "2x of 300 CSS pixels");
    }

    @Test
    void sameDataGivesTheSameBytes() {
        byte[] first = KpiChart.png(Samples.monthly(36, "nb"));
        byte[] second = KpiChart.png(Samples.monthly(36, "nb"));
        assertArrayEquals(first, second);
    }

    @Test
    void pngHoldsNoTimeOrTextChunks() {
        assertEquals(List.of("IHDR", "PLTE", "IDAT", "IEND"), chunks(KpiChart.png(Samples.monthly(36, "en"))));
    }

    @Test
    void differentDataGivesDifferentBytes() {
        ChartData a = Samples.of("nb", "%", "120", "140", "yellow", "131", "140", "yellow", "150", "140", "green");
        ChartData b = Samples.of("nb", "%", "120", "140", "yellow", "132", "140", "yellow", "150", "140", "green");
        ChartData c = Samples.of("en", "%", "120", "140", "yellow", "131", "140", "yellow", "150", "140", "green");
        ChartData d = Samples.of("nb", "kr", "120", "140", "yellow", "131", "140", "yellow", "150", "140", "green");
        byte[] pa = KpiChart.png(a);
        assertFalse(java.util.Arrays.equals(pa, KpiChart.png(b)), "value");
        assertFalse(java.util.Arrays.equals(pa, KpiChart.png(c)), "language");
        assertFalse(java.util.Arrays.equals(pa, KpiChart.png(d)), "unit");
    }

    static Stream<Arguments> oddData() {
        List<ChartData.Point> sixty = Samples.monthly(60, "nb").points();
        List<ChartData.Point> allMissing = new ArrayList<>();
        List<ChartData.Point> noValues = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            allMissing.add(new ChartData.Point(Samples.month(i), null, null, "grey"));
            noValues.add(new ChartData.Point(Samples.month(i), null, BigDecimal.TEN, "grey"));
        }
        return Stream.of(
                Arguments.of("no points", new ChartData(List.of(), "nb", "%")),
                Arguments.of("all values and targets missing", new ChartData(allMissing, "nb", "%")),
                Arguments.of("targets but no values", new ChartData(noValues, "en", "")),
                Arguments.of("a single point", Samples.of("nb", "%", "131", "140", "yellow")),
                Arguments.of("a single point without target", Samples.of("nb", "%", "131", null, "grey")),
                Arguments.of("60 points", new ChartData(sixty, "en", "%")),
                Arguments.of("target 0", Samples.of("nb", "", "0", "0", "green", "2", "0", "red", "0", "0", "green")),
                Arguments.of("all zero", Samples.of("nb", "", "0", null, "grey", "0", null, "grey")),
                Arguments.of("negative values", Samples.of("nb", "kr", "-1200.5", "-1000", "red", "-900", "-1000", "green",
                        "-0.25", "-1000", "green", "-15000", "-1000", "red")),
                Arguments.of("huge numbers", Samples.of("nb", "kr", "1234567890123456789", "1E+18", "green",
                        "9.9E+30", "1E+18", "green", "12", "1E+18", "red")),
                Arguments.of("beyond double", Samples.of("en", "kr", "1E+400", "1E+399", "green", "-1E+400", null, "red")),
                Arguments.of("tiny numbers", Samples.of("nb", "%", "0.000001", "0.000002", "red", "0.0000015",
                        "0.000002", "yellow", "0.0000021", "0.000002", "green")),
                Arguments.of("gaps everywhere", Samples.of("nb", "%", "1", null, "grey", null, "2", "grey", "3", null,
                        "grey", null, "4", "grey", "5", "5", "green")),
                Arguments.of("odd labels", new ChartData(List.of(
                        new ChartData.Point("", BigDecimal.ONE, BigDecimal.TEN, "red"),
                        new ChartData.Point("$x$ <b> & \"kvartal\" æøå ÆØÅ – 2005 (foreløpig)", BigDecimal.TEN,
                                BigDecimal.TEN, "green"),
                        new ChartData.Point("   ", BigDecimal.TEN, BigDecimal.TEN, null)), "nb", "timer")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddData")
    void oddDataRendersWithoutExceptions(String name, ChartData data) throws IOException {
        BufferedImage image = decode(KpiChart.png(data));
        assertEquals(W, image.getWidth());
        assertEquals(H, image.getHeight());
    }

    @Test
    void statusColoursAppearOnlyForStatusesThatOccur() throws IOException {
        ChartData noGreen = Samples.of("nb", "%", "120", "140", "yellow", "100", "140", "red", "125", "140", "yellow");
        Set<Integer> colours = colours(decode(KpiChart.png(noGreen)));
        assertTrue(colours.contains(rgb(KpiChart.RED)), "red point");
        assertTrue(colours.contains(rgb(KpiChart.YELLOW)), "yellow point");
        assertFalse(colours.contains(rgb(KpiChart.GREEN)), "no green point, so no green anywhere");
        assertFalse(colours.contains(rgb(KpiChart.GREY)), "no grey point with a value");

        ChartData green = Samples.of("nb", "%", "150", "140", "green", "139", "140", "grey");
        Set<Integer> greenColours = colours(decode(KpiChart.png(green)));
        assertTrue(greenColours.contains(rgb(KpiChart.GREEN)));
        assertTrue(greenColours.contains(rgb(KpiChart.GREY)));
        assertFalse(greenColours.contains(rgb(KpiChart.RED)));
    }

    @Test
    void aRedPointIsDrawnWhereItsValueIs() throws IOException {
        // Three points; the middle one red and lowest: red pixels in the middle third, low half.
        ChartData data = Samples.of("en", "", "100", "100", "green", "50", "100", "red", "100", "100", "green");
        BufferedImage image = decode(KpiChart.png(data));
        int red = rgb(KpiChart.RED);
        int minX = Integer.MAX_VALUE;
        int maxX = -1;
        int minY = Integer.MAX_VALUE;
        int legendTop = (KpiChart.HEIGHT - KpiChart.LEGEND_HEIGHT) * KpiChart.SCALE;
        for (int y = 0; y < legendTop; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == red) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                }
            }
        }
        assertTrue(maxX >= 0, "red pixels above the legend");
        assertTrue(minY > H / 2, "low in the plot: " + minY);
        assertTrue(minX > W / 3 && maxX < 2 * W / 3, "middle of the plot: " + minX + "–" + maxX);
        assertTrue(maxX - minX < 16 * KpiChart.SCALE, "one marker wide: " + minX + "–" + maxX);
    }

    @Test
    void chartOf36PointsIsAtMost50KB() {
        int bytes = KpiChart.png(Samples.monthly(36, "nb")).length;
        assertTrue(bytes <= 50 * 1024, bytes + " bytes");
    }

    @Test
    void coloursHaveEnoughContrastOnWhite() {
        for (Color c : List.of(KpiChart.GREEN, KpiChart.YELLOW, KpiChart.RED, KpiChart.GREY, KpiChart.ACTUAL,
                KpiChart.TARGET)) {
            assertTrue(contrast(c, Color.WHITE) >= 3.0, String.format("#%06x: %.2f", rgb(c), contrast(c, Color.WHITE)));
        }
        assertTrue(contrast(KpiChart.TEXT, Color.WHITE) >= 4.5, "text");
        // The documented ratios (KpiChart's javadoc).
        assertEquals(5.08, contrast(KpiChart.GREEN, Color.WHITE), 0.005);
        assertEquals(4.87, contrast(KpiChart.YELLOW, Color.WHITE), 0.005);
        assertEquals(5.36, contrast(KpiChart.RED, Color.WHITE), 0.005);
        assertEquals(4.55, contrast(KpiChart.GREY, Color.WHITE), 0.005);
        assertEquals(5.19, contrast(KpiChart.ACTUAL, Color.WHITE), 0.005);
        assertEquals(14.65, contrast(KpiChart.TEXT, Color.WHITE), 0.005);
    }

    @Test
    void textIsDrawnWithTheBundledFont() {
        assertEquals("DejaVu Sans", KpiChart.Fonts.regular(12f).getFamily(java.util.Locale.ROOT));
        assertNotNull(KpiChart.class.getResource("/net/sf/jasperreports/fonts/dejavu/LICENSE"), "licence beside it");
        assertEquals("true", System.getProperty("java.awt.headless"));
    }

    @Test
    void labelStepsKeepLabelsApart() {
        assertEquals(1, PeriodAxis.step(60, 50));
        assertEquals(2, PeriodAxis.step(30, 50));
        assertEquals(3, PeriodAxis.step(17.5, 50));
        assertEquals(4, PeriodAxis.step(13, 50));
        assertEquals(6, PeriodAxis.step(9, 50));
        assertEquals(12, PeriodAxis.step(5, 50));
        assertEquals(24, PeriodAxis.step(2.5, 50));
        assertEquals(36, PeriodAxis.step(2, 50));
        assertEquals(36, PeriodAxis.step(1.5, 50));
    }

    @Test
    void rejectsWhatItCannotDraw() {
        assertThrows(IllegalArgumentException.class, () -> new ChartData(List.of(), "sv", "%"));
        assertThrows(IllegalArgumentException.class, () -> new ChartData.Point("jan 05", null, null, "blue"));
        assertThrows(NullPointerException.class, () -> new ChartData.Point(null, null, null, "red"));
        assertEquals("grey", new ChartData.Point("jan 05", null, null, null).status());
        assertEquals("", new ChartData(List.of(), "en", null).unit());
    }

    static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image, "ImageIO reads it");
        return image;
    }

    static Set<Integer> colours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return colours;
    }

    static int rgb(Color c) {
        return c.getRGB() & 0xFFFFFF;
    }

    /** WCAG 2 contrast ratio. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double s = channel / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    /** The chunk types of a PNG, in order. */
    static List<String> chunks(byte[] png) {
        List<String> types = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(png);
        b.position(8);
        while (b.remaining() >= 12) {
            int length = b.getInt();
            byte[] type = new byte[4];
            b.get(type);
            types.add(new String(type, StandardCharsets.US_ASCII));
            b.position(b.position() + length + 4);
        }
        return types;
    }
}
