package no.scorebake.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SvgChartTest {

    private static final String ALT = "Oppnådd mot mål fra jan 05 til des 07: …";

    @Test
    void oneImageNamedByItsTitleAndTextAlternative() {
        Element svg = svg(Samples.monthly(36, "nb"));
        assertEquals("img", svg.attr("role"));
        assertEquals("Brukerfeil", svg.selectFirst("title").text());
        assertEquals(ALT, svg.selectFirst("desc").text());
        assertEquals(SvgChart.TITLE_ID + " " + SvgChart.DESC_ID, svg.attr("aria-labelledby"));
        assertEquals("Brukerfeil", svg.getElementById(SvgChart.TITLE_ID).text());
        assertEquals(ALT, svg.getElementById(SvgChart.DESC_ID).text());
        assertEquals("0 0 720 300", svg.attr("viewBox"));
    }

    @Test
    void sameDataGivesTheSameTextAndOtherDataAnother() {
        ChartData a = Samples.monthly(36, "nb");
        assertEquals(SvgChart.svg(a, "K", ALT), SvgChart.svg(Samples.monthly(36, "nb"), "K", ALT));
        assertNotEquals(SvgChart.svg(a, "K", ALT), SvgChart.svg(Samples.monthly(36, "nb", 1), "K", ALT), "value");
        assertNotEquals(SvgChart.svg(a, "K", ALT), SvgChart.svg(Samples.monthly(36, "en"), "K", ALT), "language");
    }

    @Test
    void axisLabelsAreTextInTheChartsLanguage() {
        List<String> nb = texts(svg(Samples.monthly(36, "nb")));
        assertTrue(nb.contains("100\u00A0%") && nb.contains("150\u00A0%"), nb.toString());
        assertTrue(nb.contains("jan 05") && nb.contains("jan 07"), nb.toString());
        assertTrue(nb.containsAll(List.of("Oppnådd", "Mål", "Grønn", "Gul", "Rød")), nb.toString());
        List<String> en = texts(svg(Samples.monthly(36, "en")));
        assertTrue(en.contains("100%") && en.containsAll(List.of("Actual", "Target", "Green")), en.toString());
        assertTrue(texts(svg(new ChartData(List.of(), "nb", "%"))).contains("Ingen verdier"));
    }

    @Test
    void statusMarksAppearOnlyForStatusesThatOccur() {
        ChartData noGreen = Samples.of("nb", "%", "120", "140", "yellow", "100", "140", "red", "125", "140", "yellow");
        Set<String> fills = fills(svg(noGreen));
        assertTrue(fills.contains(SvgChart.RED) && fills.contains(SvgChart.YELLOW), fills.toString());
        assertFalse(fills.contains(SvgChart.GREEN) || fills.contains(SvgChart.GREY), fills.toString());
    }

    @Test
    void aRedPointIsDrawnWhereItsValueIs() {
        ChartData data = Samples.of("en", "", "100", "100", "green", "50", "100", "red", "100", "100", "green");
        Element svg = svg(data);
        Element square = svg.selectFirst("marker#" + SvgChart.markerId("red") + " > rect[fill=" + SvgChart.RED + "]");
        assertEquals(0, Double.parseDouble(square.attr("x")) + Double.parseDouble(square.attr("width")) / 2, 0.01,
                "the square is centred on its point");
        List<Element> placed = svg.select("path[marker-mid=url(#" + SvgChart.markerId("red") + ")]");
        assertEquals(1, placed.size(), "the red points and the legend's square, one path");
        assertEquals(2, marks(placed.get(0).attr("d")), "the red point and the legend's square: " + placed.get(0).attr("d"));
        Matcher start = Pattern.compile("^M(-?\\d+) (-?\\d+)h0").matcher(placed.get(0).attr("d"));
        assertTrue(start.find(), placed.get(0).attr("d"));
        double x = Double.parseDouble(start.group(1));
        double y = Double.parseDouble(start.group(2));
        // The y-axis label "50" sits 4 px below the grid line of 50.
        Element fifty = svg.select("g[text-anchor=end] text").stream().filter(t -> t.text().equals("50")).findFirst()
                .orElseThrow(() -> new AssertionError("a label 50 on the y axis: " + texts(svg)));
        assertEquals(Double.parseDouble(fifty.attr("y")) - 4, y, 1);
        assertTrue(x > SvgChart.WIDTH / 3.0 && x < 2 * SvgChart.WIDTH / 3.0, "middle of the plot: " + x);
    }

    @Test
    void aLevelTargetIsOneSegmentAndEveryPointHasItsMarker() {
        ChartData data = Samples.monthly(36, "nb");
        Element svg = svg(data);
        Element target = svg.selectFirst("path[stroke-dasharray=6 4][stroke-width=1.5]");
        int points = 0;
        int steps = 0;
        for (ChartData.Point p : data.points()) {
            points += p.value() == null ? 0 : 1;
        }
        for (Element path : svg.select("path[marker-mid]")) {
            steps += marks(path.attr("d"));
        }
        assertEquals(points + svg.select("marker").size(), steps, "a marker step per point with a value, and one per legend entry");
        // Samples' target steps up once a year: three level runs of one segment each, joined by two
        // slopes; then the legend's sample, a move and a level run.
        String d = target.attr("d");
        assertTrue(d.matches(".*M\\d+ \\d+h22"), d);
        d = d.substring(0, d.lastIndexOf('M'));
        assertEquals(3, d.chars().filter(c -> c == 'h').count(), d);
        assertEquals(2, d.chars().filter(c -> c == 'l').count(), d);
    }

    @Test
    void xLabelsKeepTheirDistance() {
        for (int n : new int[] {1, 6, 12, 36, 60, 120}) {
            List<Element> labels = svg(Samples.monthly(n, "nb")).select("text[text-anchor=middle] tspan");
            assertFalse(labels.isEmpty(), n + " points");
            for (int i = 1; i < labels.size(); i++) {
                double gap = Double.parseDouble(labels.get(i).attr("x")) - Double.parseDouble(labels.get(i - 1).attr("x"))
                        - (SvgChart.textWidth(labels.get(i).text()) + SvgChart.textWidth(labels.get(i - 1).text())) / 2;
                assertTrue(gap >= SvgChart.MIN_GAP - 1, // labels stand on whole pixels
                         n + " points: " + labels.get(i - 1).text() + " – "
                        + labels.get(i).text() + " " + gap);
            }
        }
    }

    @Test
    void theYAxisTakesRoundSteps() {
        assertEquals(new SvgChart.Scale(100, 150, 10, 0), SvgChart.Scale.of(104, 149.4));
        assertEquals(new SvgChart.Scale(0, 1, 0.2, 1), SvgChart.Scale.of(0, 1));
        assertEquals(new SvgChart.Scale(-1250, 0, 250, 0), SvgChart.Scale.of(-1200.5, -0.25));
        assertEquals(List.of(0.0, 0.25, 0.5, 0.75, 1.0), new SvgChart.Scale(0, 1, 0.25, 2).ticks());
    }

    @Test
    void everyColourButTheGridStandsOutAtThreeToOne() {
        Set<String> colours = new TreeSet<>();
        for (Element e : svg(Samples.monthly(36, "nb")).getAllElements()) {
            for (String a : List.of("fill", "stroke")) {
                if (e.hasAttr(a) && !e.attr(a).equals("none")) {
                    colours.add(e.attr(a));
                }
            }
        }
        colours.remove(SvgChart.WHITE);
        assertTrue(colours.remove(SvgChart.GRID), "the grid is drawn, as decoration");
        assertEquals(Set.of(SvgChart.TEXT, SvgChart.ACTUAL, SvgChart.GREEN, SvgChart.YELLOW, SvgChart.RED), colours);
        colours.add(SvgChart.GREY);
        for (String c : colours) {
            assertTrue(contrast(c) >= 3.0, c + ": " + contrast(c));
        }
        assertTrue(contrast(SvgChart.TEXT) >= 4.5, "text");
        assertEquals(5.08, contrast(SvgChart.GREEN), 0.005);
        assertEquals(4.87, contrast(SvgChart.YELLOW), 0.005);
        assertEquals(5.36, contrast(SvgChart.RED), 0.005);
        assertEquals(4.55, contrast(SvgChart.GREY), 0.005);
        assertEquals(5.19, contrast(SvgChart.ACTUAL), 0.005);
        assertEquals(14.65, contrast(SvgChart.TEXT), 0.005);
    }

    @Test
    void chartOf36PointsIsAtMost8KB() {
        int bytes = SvgChart.svg(Samples.monthly(36, "nb"), "Brukerfeil", ALT).getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes <= 8 * 1024, bytes + " bytes");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("no.scorebake.chart.KpiChartTest#oddData")
    void oddDataGivesWellFormedSvgWithFiniteCoordinates(String name, ChartData data) {
        Element svg = svg(data);
        for (Element e : svg.getAllElements()) {
            for (String a : List.of("x", "y", "cx", "cy", "r", "width", "height", "d")) {
                String v = e.attr(a);
                assertFalse(v.contains("NaN") || v.contains("Infinity"), name + ": " + e.outerHtml());
            }
        }
        assertEquals(1, svg.select("title").size());
    }

    @Test
    void userTextIsEscaped() {
        Element svg = svg(new ChartData(List.of(new ChartData.Point("<b>&</b>", null, null, "grey")), "nb", "<i>"),
                "a <script>", "x & y");
        assertEquals("a <script>", svg.selectFirst("title").text());
        assertTrue(svg.select("script, b, i").isEmpty());
    }

    private static Element svg(ChartData data) {
        return svg(data, "Brukerfeil", ALT);
    }

    private static Element svg(ChartData data, String title, String alt) {
        Document d = Jsoup.parse(SvgChart.svg(data, title, alt), "", Parser.xmlParser());
        return d.selectFirst("svg");
    }

    /**
     * The markers a marker-mid path places: one at each vertex but the first and the last (its
     * data is moves and level steps, one letter each).
     */
    static int marks(String d) {
        return d.replaceAll("[^A-Za-z]", "").length() - 2;
    }

    private static List<String> texts(Element svg) {
        List<String> texts = new ArrayList<>();
        for (Element t : svg.select("text, tspan")) {
            if (t.select("tspan").isEmpty() || t.tagName().equals("tspan")) {
                texts.add(t.wholeText());
            }
        }
        return texts;
    }

    private static Set<String> fills(Element svg) {
        Set<String> fills = new TreeSet<>();
        for (Element e : svg.select("circle, rect, path")) {
            fills.add(e.attr("fill"));
            fills.add(e.attr("stroke"));
        }
        return fills;
    }

    private static double contrast(String hex) {
        int c = Integer.parseInt(hex.substring(1), 16);
        double l = 0.2126 * channel((c >> 16) & 255) + 0.7152 * channel((c >> 8) & 255) + 0.0722 * channel(c & 255);
        return 1.05 / (l + 0.05);
    }

    private static double channel(int v) {
        double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
