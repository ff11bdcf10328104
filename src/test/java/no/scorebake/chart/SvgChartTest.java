package no.scorebake.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.scorebake.testkit.ChartSamples;
import no.scorebake.testkit.Contrast;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SvgChartTest {

    private static final String ALT = "Oppnådd mot mål fra jan 05 til des 07: …";

    @Test
    void oneImageNamedByItsTitleAndTextAlternative() {
        Element svg = svg(ChartSamples.monthly(36, "nb"));
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
        ChartData a = ChartSamples.monthly(36, "nb");
        assertEquals(SvgChart.svg(a, "K", ALT), SvgChart.svg(ChartSamples.monthly(36, "nb"), "K", ALT));
        assertNotEquals(SvgChart.svg(a, "K", ALT), SvgChart.svg(ChartSamples.monthly(36, "nb", 1), "K", ALT), "value");
        assertNotEquals(SvgChart.svg(a, "K", ALT), SvgChart.svg(ChartSamples.monthly(36, "en"), "K", ALT), "language");
    }

    @Test
    void axisLabelsAreTextInTheChartsLanguage() {
        List<String> nb = texts(svg(ChartSamples.monthly(36, "nb")));
        assertTrue(nb.contains("100\u00A0%") && nb.contains("150\u00A0%"), nb.toString());
        assertTrue(nb.contains("jan 05") && nb.contains("jan 07"), nb.toString());
        assertTrue(nb.containsAll(List.of("Oppnådd", "Mål", "Grønn", "Gul", "Rød")), nb.toString());
        List<String> en = texts(svg(ChartSamples.monthly(36, "en")));
        assertTrue(en.contains("100%") && en.containsAll(List.of("Actual", "Target", "Green")), en.toString());
        assertTrue(texts(svg(new ChartData(List.of(), "nb", "%"))).contains("Ingen verdier"));
    }

    @Test
    void statusMarksAppearOnlyForStatusesThatOccur() {
        ChartData noGreen = ChartSamples.of("nb", "%", "120", "140", "yellow", "100", "140", "red", "125", "140", "yellow");
        Set<String> fills = fills(svg(noGreen));
        assertTrue(fills.contains(SvgChart.RED) && fills.contains(SvgChart.YELLOW), fills.toString());
        assertFalse(fills.contains(SvgChart.GREEN) || fills.contains(SvgChart.GREY), fills.toString());
    }

    @Test
    void aRedPointIsDrawnWhereItsValueIs() {
        ChartData data = ChartSamples.of("en", "", "100", "100", "green", "50", "100", "red", "100", "100", "green");
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
        ChartData data = ChartSamples.monthly(36, "nb");
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
        // ChartSamples' target steps up once a year: three level runs of one segment each, joined by two
        // upright steps; then the legend's sample, a move and a level run.
        String d = target.attr("d");
        assertTrue(d.matches(".*M\\d+ \\d+h22"), d);
        d = d.substring(0, d.lastIndexOf('M'));
        assertEquals(3, d.chars().filter(c -> c == 'h').count(), d);
        assertEquals(2, d.chars().filter(c -> c == 'v').count(), d);
        assertEquals(0, d.chars().filter(c -> c == 'l').count(), d);
    }

    /**
     * ChartSamples' target steps up once a year: the dashed line is level, then goes straight up at
     * the first month of the new year, and passes through each period's target at its x.
     */
    @Test
    void aChangeOfTargetIsAStepAtThePeriodItChangesIn() {
        List<ChartData.Point> points = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            points.add(new ChartData.Point(ChartSamples.month(i), BigDecimal.valueOf(1300 + i * 7 % 50, 1),
                    BigDecimal.valueOf(i < 12 ? 140 : i < 13 ? 120 : 145), "green"));
        }
        assertSteps(new ChartData(points, "nb", "%"));
    }

    @Test
    void aQuarterlyTargetStepsAtTheQuarterItChangesIn() {
        List<ChartData.Point> points = new ArrayList<>();
        // The last quarter's target is a new one too: the line goes on level past it, so it is seen.
        String[] targets = {"5", "5", "5", "5", "4.5", "4.5", "4.5", "4"};
        for (int i = 0; i < targets.length; i++) {
            points.add(new ChartData.Point("K" + (i % 4 + 1) + " 0" + (5 + i / 4), new BigDecimal("4.7").add(BigDecimal.valueOf(i, 1)),
                    new BigDecimal(targets[i]), "yellow"));
        }
        assertSteps(new ChartData(points, "en", "%"));
    }

    /** The target line of {@code data} (every period with a value and a target) is level and upright pieces through each target. */
    private static void assertSteps(ChartData data) {
        Element svg = svg(data);
        String line = svg.selectFirst("path[stroke=" + SvgChart.ACTUAL + "]").attr("d");
        List<long[]> actual = vertices(line.substring(0, line.lastIndexOf('M')));
        String d = svg.selectFirst("path[stroke-dasharray=6 4][stroke-width=1.5]").attr("d");
        List<long[]> target = vertices(d.substring(0, d.lastIndexOf('M'))); // without the legend's sample
        assertFalse(d.contains("l"), "no slope: " + d);
        List<ChartData.Point> points = data.points();
        assertEquals(points.size(), actual.size(), "the actual line has a vertex at each point");
        for (int i = 1; i < target.size(); i++) {
            long[] a = target.get(i - 1);
            long[] b = target.get(i);
            assertTrue(a[0] == b[0] || a[1] == b[1], "level or upright: " + d);
        }
        int changes = 0;
        for (int i = 0; i < points.size(); i++) {
            long x = actual.get(i)[0];
            long y = heightFrom(target, x, true);
            assertEquals(targetY(svg, data, i), y, 1, points.get(i).label() + ": " + d);
            if (i > 0 && !points.get(i).target().equals(points.get(i - 1).target())) {
                changes++;
                long before = heightFrom(target, x, false);
                assertNotEquals(before, y, points.get(i).label() + ": " + d);
                assertTrue(target.stream().anyMatch(v -> v[0] == x && v[1] == before)
                        && target.stream().anyMatch(v -> v[0] == x && v[1] == y),
                        "level up to " + points.get(i).label() + ", then upright there: " + d);
            }
        }
        assertTrue(changes >= 2, "the data changes its target");
        long[] end = target.get(target.size() - 1);
        long[] last = actual.get(actual.size() - 1);
        assertTrue(end[0] > last[0] - 1 && target.get(target.size() - 2)[1] == end[1], "the last target is a level: " + d);
        assertEquals(2 + 2 * changes, target.size(), "a move, a level and an upright piece per change, and the last level: " + d);
    }

    /**
     * The height of the line (vertices in the order drawn, left to right) leaving {@code x} to
     * the right, or with {@code right} false coming to it from the left.
     */
    private static long heightFrom(List<long[]> vertices, long x, boolean right) {
        long y = vertices.get(0)[1];
        for (long[] v : vertices) {
            if (right ? v[0] > x : v[0] >= x) {
                break;
            }
            y = v[1];
        }
        return y;
    }

    /** Where point {@code i}'s target is drawn: by the y axis's labels, which stand 4 px below their grid lines. */
    private static double targetY(Element svg, ChartData data, int i) {
        List<Element> labels = svg.select("g[text-anchor=end] text");
        double v0 = number(labels.get(0).text());
        double v1 = number(labels.get(labels.size() - 1).text());
        double y0 = Double.parseDouble(labels.get(0).attr("y")) - 4;
        double y1 = Double.parseDouble(labels.get(labels.size() - 1).attr("y")) - 4;
        return y0 + (data.points().get(i).target().doubleValue() - v0) * (y1 - y0) / (v1 - v0);
    }

    private static double number(String label) {
        return Double.parseDouble(label.replaceAll("[^0-9,.\u2212-]", "").replace(',', '.').replace('\u2212', '-'));
    }

    /** The vertices of path data of M, m, h, v and l steps, in absolute pixels. */
    static List<long[]> vertices(String d) {
        List<long[]> out = new ArrayList<>();
        Matcher m = Pattern.compile("([MmhvlH])(-?\\d+)(?:[ ]?(-?\\d+))?").matcher(d);
        long x = 0;
        long y = 0;
        while (m.find()) {
            long a = Long.parseLong(m.group(2));
            long b = m.group(3) == null ? 0 : Long.parseLong(m.group(3));
            switch (m.group(1)) {
                case "M" -> { x = a; y = b; }
                case "m", "l" -> { x += a; y += b; }
                case "h" -> x += a;
                case "H" -> x = a;
                case "v" -> y += a;
                default -> throw new AssertionError(d);
            }
            out.add(new long[] {x, y});
        }
        return out;
    }

    @Test
    void eachPeriodWithANoteIsMarkedByALinkToItNamedByItsPeriod() {
        ChartData data = withNotes(ChartSamples.monthly(24, "nb"), 2, 6, 23);
        Element svg = svg(data);
        assertEquals("group", svg.attr("role"), "a chart with links is a group of its picture and the links");
        assertEquals(SvgChart.TITLE_ID + " " + SvgChart.DESC_ID, svg.attr("aria-labelledby"));
        Element picture = svg.selectFirst("> g[aria-hidden=true]");
        assertTrue(picture.select("a").isEmpty(), "no link in the hidden picture");
        assertFalse(picture.select("path[marker-mid]").isEmpty(), "the picture holds the drawing");
        org.jsoup.select.Elements links = svg.select("a");
        assertEquals(List.of("#note-2005-03", "#note-2005-07", "#note-2006-12"), links.eachAttr("href"));
        assertEquals(List.of("Merknad for mars 2005", "Merknad for juli 2005", "Merknad for desember 2006"),
                links.eachAttr("aria-label"));
        List<long[]> axis = ticksX(svg, data.points().size());
        List<Long> xs = new ArrayList<>();
        for (Element a : links) {
            assertEquals(svg, a.parent().parent(), "a link beside the picture, not in it");
            Element use = a.selectFirst("> use." + SvgChart.NOTE_RING);
            assertEquals("#" + SvgChart.NOTE_ID, use.attr("href"));
            xs.add(Long.parseLong(use.attr("x")));
        }
        int[] marked = {2, 6, 23};
        for (int i = 0; i < marked.length; i++) {
            assertEquals(axis.get(marked[i])[0], xs.get(i), 1, "each mark over its period's tick: " + xs);
        }
        assertEquals(1, svg.select("[id=" + SvgChart.NOTE_ID + "]").size(), "the shape drawn once");
        assertTrue(svg.selectFirst("style").wholeText().contains("a:focus ." + SvgChart.NOTE_RING + "{stroke:" + SvgChart.FOCUS),
                "a focused mark shows its ring");
        assertTrue(texts(svg).contains("Merknad"), "the legend names the mark");
    }

    @Test
    void aChartWithoutNotesIsAnImageWithoutLinks() {
        Element svg = svg(ChartSamples.monthly(24, "en"));
        assertEquals("img", svg.attr("role"));
        assertTrue(svg.select("a, style, g[aria-hidden], #" + SvgChart.NOTE_ID).isEmpty());
        assertFalse(texts(svg).contains("Note"));
        assertEquals(SvgChart.svg(ChartSamples.monthly(24, "en"), "K", ALT), SvgChart.svg(withNotes(ChartSamples.monthly(24, "en")), "K", ALT),
                "no note, no change");
    }

    @Test
    void aNoteLinkOnAChartWithoutValuesAndANamesTextAreEscaped() {
        List<ChartData.Point> points = List.of(new ChartData.Point("jan 05", null, null, "grey",
                new ChartData.Note("#note-\"><script>", "Note for <b>x</b> & \"y\"")));
        Element svg = svg(new ChartData(points, "en", ""));
        Element a = svg.selectFirst("a");
        assertEquals("#note-\"><script>", a.attr("href"));
        assertEquals("Note for <b>x</b> & \"y\"", a.attr("aria-label"));
        assertTrue(svg.select("script, b").isEmpty());
        assertTrue(texts(svg).containsAll(List.of("No values", "Note")), texts(svg).toString());
    }

    /**
     * What a mark adds to the markup of every KPI page with notes: once, the links' group and
     * style, the shape and the legend's entry; per note, its link. The monthly sample of three
     * years is the bench's typical chart.
     */
    @Test
    void aMarkCostsAboutAHundredBytes() {
        ChartData plain = ChartSamples.monthly(36, "nb");
        int none = bytes(plain);
        int one = bytes(withNotes(plain, 14));
        int four = bytes(withNotes(plain, 2, 14, 20, 30));
        int perMark = (four - one) / 3;
        System.out.println("note marks: first " + (one - none) + " bytes, each further " + perMark + " bytes");
        assertTrue(perMark <= 110, perMark + " bytes a mark");
        assertTrue(one - none <= 520, one - none + " bytes for the first");
        assertTrue(four <= 8 * 1024, four + " bytes");
    }

    private static int bytes(ChartData data) {
        return SvgChart.svg(data, "Brukerfeil", ALT).getBytes(StandardCharsets.UTF_8).length;
    }

    /** {@code data} with a note on the periods at {@code indexes}, linked as the KPI page links them. */
    static ChartData withNotes(ChartData data, int... indexes) {
        String[] months = {"januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
            "november", "desember"};
        List<ChartData.Point> points = new ArrayList<>(data.points());
        for (int i : indexes) {
            ChartData.Point p = points.get(i);
            String label = String.format("%d-%02d", 2005 + i / 12, i % 12 + 1);
            points.set(i, new ChartData.Point(p.label(), p.value(), p.target(), p.status(),
                    new ChartData.Note("#note-" + label, "Merknad for " + months[i % 12] + " " + (2005 + i / 12))));
        }
        return new ChartData(points, data.language(), data.unit());
    }

    /** The x of each period's tick under the axis: the minor ticks' dashes, one per period from the first. */
    private static List<long[]> ticksX(Element svg, int n) {
        Element minor = svg.selectFirst("path[stroke-width=3][stroke-dasharray]");
        double gap = Double.parseDouble(minor.attr("stroke-dasharray").split(" ")[1]) + 1;
        Matcher m = Pattern.compile("M(-?[\\d.]+) ").matcher(minor.attr("d"));
        assertTrue(m.find(), minor.attr("d"));
        double from = Double.parseDouble(m.group(1)) + 0.5;
        List<long[]> xs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            xs.add(new long[] {Math.round(from + i * gap)});
        }
        return xs;
    }

    @Test
    void xLabelsKeepTheirDistance() {
        for (int n : new int[] {1, 6, 12, 36, 60, 120}) {
            List<Element> labels = svg(ChartSamples.monthly(n, "nb")).select("text[text-anchor=middle] tspan");
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
        for (Element e : svg(ChartSamples.monthly(36, "nb")).getAllElements()) {
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
            assertTrue(Contrast.ratio(c, "#ffffff") >= 3.0, c + ": " + Contrast.ratio(c, "#ffffff"));
        }
        assertTrue(Contrast.ratio(SvgChart.TEXT, "#ffffff") >= 4.5, "text");
        assertEquals(5.08, Contrast.ratio(SvgChart.GREEN, "#ffffff"), 0.005);
        assertEquals(4.87, Contrast.ratio(SvgChart.YELLOW, "#ffffff"), 0.005);
        assertEquals(5.36, Contrast.ratio(SvgChart.RED, "#ffffff"), 0.005);
        assertEquals(4.55, Contrast.ratio(SvgChart.GREY, "#ffffff"), 0.005);
        assertEquals(5.19, Contrast.ratio(SvgChart.ACTUAL, "#ffffff"), 0.005);
        assertEquals(14.65, Contrast.ratio(SvgChart.TEXT, "#ffffff"), 0.005);
    }

    @Test
    void chartOf36PointsIsAtMost8KB() {
        int bytes = SvgChart.svg(ChartSamples.monthly(36, "nb"), "Brukerfeil", ALT).getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes <= 8 * 1024, bytes + " bytes");
    }

    /** Data at the edges: nothing, gaps, one point, zeros, huge, tiny and negative numbers, odd labels. */
    static Stream<Arguments> oddData() {
        List<ChartData.Point> sixty = ChartSamples.monthly(60, "nb").points();
        List<ChartData.Point> allMissing = new ArrayList<>();
        List<ChartData.Point> noValues = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            allMissing.add(new ChartData.Point(ChartSamples.month(i), null, null, "grey"));
            noValues.add(new ChartData.Point(ChartSamples.month(i), null, BigDecimal.TEN, "grey"));
        }
        return Stream.of(
                Arguments.of("no points", new ChartData(List.of(), "nb", "%")),
                Arguments.of("all values and targets missing", new ChartData(allMissing, "nb", "%")),
                Arguments.of("targets but no values", new ChartData(noValues, "en", "")),
                Arguments.of("a single point", ChartSamples.of("nb", "%", "131", "140", "yellow")),
                Arguments.of("a single point without target", ChartSamples.of("nb", "%", "131", null, "grey")),
                Arguments.of("60 points", new ChartData(sixty, "en", "%")),
                Arguments.of("a note on each of 60 points", withNotes(new ChartData(sixty, "en", "%"),
                        java.util.stream.IntStream.range(0, 60).toArray())),
                Arguments.of("a note on a period without figures", withNotes(new ChartData(allMissing, "nb", "%"), 0, 11)),
                Arguments.of("target 0", ChartSamples.of("nb", "", "0", "0", "green", "2", "0", "red", "0", "0", "green")),
                Arguments.of("all zero", ChartSamples.of("nb", "", "0", null, "grey", "0", null, "grey")),
                Arguments.of("negative values", ChartSamples.of("nb", "kr", "-1200.5", "-1000", "red", "-900", "-1000", "green",
                        "-0.25", "-1000", "green", "-15000", "-1000", "red")),
                Arguments.of("huge numbers", ChartSamples.of("nb", "kr", "1234567890123456789", "1E+18", "green",
                        "9.9E+30", "1E+18", "green", "12", "1E+18", "red")),
                Arguments.of("beyond double", ChartSamples.of("en", "kr", "1E+400", "1E+399", "green", "-1E+400", null, "red")),
                Arguments.of("tiny numbers", ChartSamples.of("nb", "%", "0.000001", "0.000002", "red", "0.0000015",
                        "0.000002", "yellow", "0.0000021", "0.000002", "green")),
                Arguments.of("gaps everywhere", ChartSamples.of("nb", "%", "1", null, "grey", null, "2", "grey", "3", null,
                        "grey", null, "4", "grey", "5", "5", "green")),
                Arguments.of("odd labels", new ChartData(List.of(
                        new ChartData.Point("", BigDecimal.ONE, BigDecimal.TEN, "red"),
                        new ChartData.Point("$x$ <b> & \"kvartal\" æøå ÆØÅ – 2005 (foreløpig)", BigDecimal.TEN,
                                BigDecimal.TEN, "green"),
                        new ChartData.Point("   ", BigDecimal.TEN, BigDecimal.TEN, null)), "nb", "timer")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddData")
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
}
