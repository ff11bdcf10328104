package no.scorebake.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.scorebake.map.Svg.BoxView;
import no.scorebake.testkit.Contrast;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

class StrategyMapTest {

    static final StrategyMap MAP = new StrategyMap();

    static Svg draw(MapData data) {
        return new Svg(MAP.svg(data));
    }

    // ------------------------------------------------------------------ the SSB department

    @Test
    void ssbDepartmentMapIsCompleteAndWellFormed() throws Exception {
        MapData data = Examples.ssb();
        String text = MAP.svg(data);
        String out = System.getProperty("scorebake.map.out");
        if (out != null) {
            Files.writeString(Path.of(out), text, StandardCharsets.UTF_8);
        }
        Svg svg = new Svg(text);
        Element root = svg.root;
        assertEquals(Svg.NS, root.getNamespaceURI());
        assertEquals("svg", root.getLocalName());
        assertTrue(text.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), text.substring(0, 60));
        assertEquals("group", root.getAttribute("role"), "links inside an image would be hidden from screen readers");
        assertTrue(root.getAttribute("viewBox").startsWith("0 0 960 "), root.getAttribute("viewBox"));

        List<BoxView> boxes = svg.boxes();
        assertEquals(10, boxes.size());
        assertEquals(13, svg.arrows().size());
        assertArrowsAvoidBoxes(svg);

        // three bands, 2 + 5 + 3 objectives, in the given order from the top
        double[] bandY = bandTops(svg);
        assertEquals(3, bandY.length);
        Map<String, Double> rowOf = new LinkedHashMap<>();
        for (BoxView b : boxes) {
            rowOf.put(b.group().getAttribute("id"), b.y());
        }
        double customer = rowOf.get("sm-obj-satisfaction");
        double process = rowOf.get("sm-obj-delivery");
        double people = rowOf.get("sm-obj-leadership");
        assertTrue(customer < process && process < people);
        assertEquals(customer, rowOf.get("sm-obj-preferred-partner"));
        for (String id : List.of("profile", "user-products", "methods", "resources")) {
            assertEquals(process, rowOf.get("sm-obj-" + id), id);
        }
        assertEquals(people, rowOf.get("sm-obj-culture"));

        String desc = svg.all("desc").get(0).getTextContent();
        assertTrue(desc.contains("Kunde/bruker"), desc);
        assertTrue(desc.contains("Høy leveringspresisjon, rød 78,3 %"), desc);
        assertTrue(desc.contains("Strategifokusert ledelse driver Bedre ressurs- og kompetanseutnyttelse"), desc);
        assertTrue(desc.contains("Høy opplevd kundetilfredshet driver Foretrukket samarbeidspartner"), desc);
    }

    @Test
    void everyObjectiveIsOneLinkToItsPlaceInTheScorecard() {
        Svg svg = draw(Examples.ssb());
        List<Element> anchors = svg.all("a");
        List<String> hrefs = anchors.stream().map(a -> a.getAttribute("href")).toList();
        List<String> expected = new ArrayList<>();
        for (Band band : Examples.ssb().bands()) {
            for (Box box : band.boxes()) {
                expected.add("index.html#obj-" + box.id());
            }
        }
        assertEquals(expected, hrefs);
        for (Element a : anchors) {
            assertEquals(a.getAttribute("href"), a.getAttributeNS(Svg.XLINK, "href"));
            assertEquals(1, Svg.children(a, "rect").stream().filter(r -> r.getAttribute("class").equals("sm-box")).count());
        }
        // each link holds its own objective's name
        assertTrue(anchors.get(2).getTextContent().contains("Høy leveringspresisjon"));
    }

    @Test
    void statusIsPrintedAsSymbolWordAndScoreInEveryBox() {
        Svg svg = draw(Examples.ssb());
        List<BoxView> boxes = svg.boxes();
        List<Box> input = Examples.ssb().bands().stream().flatMap(b -> b.boxes().stream()).toList();
        for (int i = 0; i < input.size(); i++) {
            Box box = input.get(i);
            String visible = visibleText(boxes.get(i).group());
            String symbol = StrategyMap.SYMBOL[StrategyMap.statusIndex(box.status())];
            String expected = symbol + " " + box.statusWord() + (box.scoreText().isEmpty() ? "" : " " + box.scoreText());
            assertTrue(visible.contains(expected), visible + " should contain " + expected);
        }
        // the shapes differ, not only the colours
        assertEquals(4, List.of(StrategyMap.SYMBOL).stream().distinct().count());
    }

    @Test
    void bandsAreLabelledWithNameStatusAndScore() {
        Svg svg = draw(Examples.ssb());
        String bands = svg.withClass("g", "sm-bands").get(0).getTextContent();
        assertTrue(bands.contains("Kunde/bruker"), bands);
        assertTrue(bands.replace('\u00A0', ' ').contains("▲ gul 98,2 %"), bands);
        assertTrue(bands.replace('\u00A0', ' ').contains("○ grå"), bands);
    }

    @Test
    void titleAndDescriptionLabelTheImage() {
        Svg svg = draw(Examples.ssb());
        List<Element> titles = Svg.children(svg.root, "title");
        List<Element> descs = Svg.children(svg.root, "desc");
        assertEquals(1, titles.size());
        assertEquals(1, descs.size());
        assertEquals("Strategikart – Avdeling for IT og datafangst (800), august 2005", titles.get(0).getTextContent());
        String labelledBy = svg.root.getAttribute("aria-labelledby");
        assertEquals(List.of(titles.get(0).getAttribute("id"), descs.get(0).getAttribute("id")),
                List.of(labelledBy.split(" ")));
        assertEquals("nb", svg.root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        // every objective is in the description with its status
        String desc = descs.get(0).getTextContent();
        for (Band band : Examples.ssb().bands()) {
            assertTrue(desc.contains(band.name()), band.name());
            for (Box box : band.boxes()) {
                assertTrue(desc.contains(box.name() + ", " + box.statusWord()), box.name());
            }
        }
    }

    @Test
    void englishWordsForEnglishSites() {
        MapData nb = Examples.ssb();
        MapData en = new MapData(null, nb.bands(), nb.links(), "en");
        Svg svg = draw(en);
        assertEquals("Strategy map", Svg.children(svg.root, "title").get(0).getTextContent());
        String desc = Svg.children(svg.root, "desc").get(0).getTextContent();
        assertTrue(desc.contains("Aktiv metodeutvikling drives Utadvent faglig profil"), desc);
        assertTrue(desc.contains("Perspectives from top to bottom"), desc);
    }

    @Test
    void sameInputGivesTheSameString() {
        String a = MAP.svg(Examples.ssb());
        String b = new StrategyMap().svg(Examples.ssb());
        assertEquals(a, b);
        for (long seed = 0; seed < 20; seed++) {
            assertEquals(MAP.svg(Examples.random(seed)), MAP.svg(Examples.random(seed)));
        }
    }

    @Test
    void idsComeFromObjectiveIdsAndAreUnique() {
        MapData data = new MapData("t", List.of(new Band("p", "P", "", "green", List.of(
                Examples.box("a b", "A", "green", ""),
                Examples.box("a_b", "B", "green", ""),
                Examples.box("\"><x", "C", "green", ""),
                Examples.box("a b", "D (same id as A)", "green", "")))),
                Examples.links("a b>a_b", "a_b>\"><x"), "nb");
        Svg svg = draw(data);
        List<String> ids = new ArrayList<>();
        for (Element e : allElements(svg)) {
            if (e.hasAttribute("id")) {
                ids.add(e.getAttribute("id"));
            }
        }
        assertEquals(ids.size(), ids.stream().distinct().count(), ids.toString());
        for (String id : ids) {
            assertTrue(id.matches("sm-[A-Za-z0-9_-]+"), id);
        }
        assertTrue(ids.contains("sm-obj-a_b"));
        assertTrue(ids.contains("sm-obj-a_b-2"));
        assertTrue(ids.contains("sm-obj-___x"));
    }

    // ------------------------------------------------------------------ routing

    @Test
    void arrowsGoBetweenTheRightBoxes() {
        Svg svg = draw(Examples.ssb());
        Map<String, BoxView> byId = new LinkedHashMap<>();
        for (BoxView b : svg.boxes()) {
            byId.put(b.group().getAttribute("id").substring("sm-obj-".length()), b);
        }
        List<List<double[]>> arrows = svg.arrows();
        List<Link> links = Examples.ssb().links();
        for (int i = 0; i < links.size(); i++) {
            List<double[]> p = arrows.get(i);
            assertTrue(byId.get(links.get(i).from()).onEdge(p.get(0)), "start of " + links.get(i));
            assertTrue(byId.get(links.get(i).to()).onEdge(p.get(p.size() - 1)), "end of " + links.get(i));
        }
        // neighbours in a row: straight across
        List<double[]> across = arrows.get(links.indexOf(new Link("methods", "user-products")));
        assertEquals(2, across.size());
        assertEquals(across.get(0)[1], across.get(1)[1]);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
        25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40})
    void arrowsNeverCrossABoxInMapsOfAnyShape(long seed) {
        Svg svg = draw(Examples.random(seed));
        assertArrowsAvoidBoxes(svg);
        assertBoxesApartInTheirBands(svg);
    }

    @Test
    void aBandWithManyObjectivesWrapsOntoSeveralRows() {
        MapData data = Examples.manyInOneBand();
        Svg svg = draw(data);
        List<BoxView> b = svg.boxes();
        double firstRow = b.get(1).y();
        double secondRow = b.get(8).y();
        assertTrue(secondRow > firstRow, "the band's second row lies below its first");
        assertTrue(b.get(0).y() < firstRow && secondRow < b.get(9).y());
        assertEquals(8, svg.arrows().size());
        assertArrowsAvoidBoxes(svg);
        assertBoxesApartInTheirBands(svg);
    }

    @Test
    void linksToUnknownObjectivesAndToThemselvesAreLeftOut() {
        MapData data = new MapData("t", List.of(new Band("p", "P", "", "green", List.of(
                Examples.box("a", "A", "green", ""), Examples.box("b", "B", "red", "")))),
                List.of(new Link("a", "nowhere"), new Link("nowhere", "b"), new Link(null, "a"), new Link("a", null),
                        new Link("a", "a"), new Link("a", "b"), new Link("a", "b")),
                "nb");
        Svg svg = draw(data);
        assertEquals(1, svg.arrows().size());
        assertFalse(svg.all("desc").get(0).getTextContent().contains("nowhere"));
    }

    @Test
    void arrowsBetweenNeighboursBothWaysDoNotOverlap() {
        MapData data = new MapData("t", List.of(new Band("p", "P", "", "green", List.of(
                Examples.box("a", "A", "green", ""), Examples.box("b", "B", "red", "")))),
                Examples.links("a>b", "b>a"), "nb");
        Svg svg = draw(data);
        List<List<double[]>> arrows = svg.arrows();
        assertEquals(2, arrows.size());
        assertNotEquals(arrows.get(0).get(0)[1], arrows.get(1).get(0)[1]);
        assertArrowsAvoidBoxes(svg);
    }

    // ------------------------------------------------------------------ hostile and odd input

    static final String HOSTILE = "<script>alert('x')</script> & \"quoted\" 'single' ]]> \u0000\u0001\u0008\u000B"
            + "\uFFFE\uFFFF\uD800 lone \uDC00 \u200F\u202Eevil\u202C \u05D0\u05D1\u05D2 \uD83D\uDE00 \u0085\u009F";

    static MapData hostile(String href) {
        String longWord = "x".repeat(300);
        return new MapData(HOSTILE + " title ]]>", List.of(
                new Band("p<", HOSTILE, "1 & 2 <3>", "<red>", List.of(
                        new Box("a", HOSTILE, "]]>", "red", "rød <b>", href),
                        new Box("b", longWord, "\u0000", "green", "grønn", "ok.html#b"),
                        new Box("c", "Ord " + longWord + " etter", "", "yellow", "gul", "index.html#c"))),
                new Band("q", "\u202E" + longWord, "", null, List.of(
                        new Box("d", "", null, null, null, null)))),
                Examples.links("a>b", "d>a", "c>d", "a>c"), "nb\"><script>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "java\nscript:x",
        "\u0001javascript:x", "data:text/html,<script>alert(1)</script>", "//evil.example/x", "\\\\evil.example\\x",
        "/\\evil.example", "/absolute.html", "vbscript:x", "mailto:a@b", "http://example.com/", "", "   "})
    void unsafeOrAbsoluteLinksAreDropped(String href) {
        String text = MAP.svg(hostile(href));
        Svg svg = new Svg(text);
        List<String> hrefs = svg.all("a").stream().map(a -> a.getAttribute("href")).toList();
        assertEquals(List.of("ok.html#b", "index.html#c"), hrefs);
        assertFalse(text.toLowerCase().contains("script:"), text);
        assertFalse(text.contains("evil.example"));
        assertEquals(4, svg.boxes().size(), "an unlinked objective is still drawn");
    }

    @Test
    void hostileTextStaysTextAndTheXmlStaysWellFormed() {
        String text = MAP.svg(hostile("ok.html?a=1&b=\"2\"#x y"));
        Svg svg = new Svg(text);
        assertTrue(svg.all("script").isEmpty());
        assertTrue(svg.doc.getElementsByTagName("script").getLength() == 0);
        assertTrue(svg.doc.getElementsByTagName("b").getLength() == 0);
        // the text arrives as text, without the characters XML forbids
        String title = Svg.children(svg.root, "title").get(0).getTextContent();
        assertTrue(title.startsWith("<script>alert('x')</script> & \"quoted\" 'single' ]]>"), title);
        assertFalse(title.contains("\u0000") || title.contains("\uFFFE") || title.contains("\u202E"), title);
        assertTrue(title.contains("\u200F") && title.contains("\u05D0\u05D1\u05D2") && title.contains("\uD83D\uDE00"));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            assertFalse(Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(++i))), "lone surrogate at " + i);
            assertFalse(c < 0x20 && c != '\n', "control character at " + i);
        }
        // the link kept its query, percent-encoded where needed, and is one attribute value
        assertEquals("ok.html?a=1&b=%222%22#x%20y", svg.all("a").get(0).getAttribute("href"));
        // the language tag that is not a language tag is left out
        assertEquals("", svg.root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        assertArrowsAvoidBoxes(svg);
        assertTextFits(svg);
    }

    @Test
    void longWordsAreBrokenOrCutAndNeverOverflowTheirBox() {
        assertTextFits(draw(hostile("x.html")));
        assertTextFits(draw(Examples.ssb()));
        for (long seed = 1; seed <= 40; seed++) {
            assertTextFits(draw(Examples.random(seed)));
        }
        String longBox = visibleText(draw(hostile("x.html")).boxes().get(1).group());
        assertTrue(longBox.contains(TextFit.ELLIPSIS), longBox);
    }

    @Test
    void emptyAndNullInputStillGivesAValidMap() {
        Svg none = draw(new MapData(null, null, null, null));
        assertEquals(1, Svg.children(none.root, "title").size());
        assertTrue(none.boxes().isEmpty());
        Svg empty = draw(new MapData("", List.of(new Band(null, null, null, null, null)), List.of(), "en"));
        assertEquals(1, bandTops(empty).length);
        assertNotNull(new StrategyMap().svg(null));
    }

    @Test
    void nothingIsLoadedFromOutside() {
        for (long seed = 0; seed < 5; seed++) {
            String text = MAP.svg(Examples.random(seed));
            String rest = text.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")
                    .replace("xmlns:xlink=\"http://www.w3.org/1999/xlink\"", "");
            assertFalse(rest.contains("http") || rest.contains("//"), rest);
            assertFalse(text.contains("<script"));
            assertFalse(text.contains("@import"));
            assertFalse(text.contains("<image"));
            assertFalse(text.contains("<foreignObject"));
        }
    }

    @Test
    void textHasEnoughContrastOnItsBackground() {
        for (int s = 0; s < 4; s++) {
            assertTrue(Contrast.ratio(StrategyMap.TEXT, StrategyMap.FILL[s]) >= 4.5, StrategyMap.FILL[s]);
            assertTrue(Contrast.ratio(StrategyMap.SYMBOL_COLOUR[s], StrategyMap.FILL[s]) >= 4.5, StrategyMap.SYMBOL_COLOUR[s]);
            assertTrue(Contrast.ratio(StrategyMap.STROKE[s], "#ffffff") >= 3, StrategyMap.STROKE[s]);
        }
        // and the SVG uses exactly those: every text in a box is drawn in the text colour on a status fill
        Svg svg = draw(Examples.ssb());
        for (BoxView b : svg.boxes()) {
            String fill = b.rect().getAttribute("fill");
            for (Element text : Svg.children(b.group(), "text")) {
                assertTrue(Contrast.ratio(text.getAttribute("fill"), fill) >= 4.5, text.getTextContent());
            }
        }
        for (Element text : Svg.children(svg.withClass("g", "sm-bands").get(0), "g").stream()
                .flatMap(g -> Svg.children(g, "text").stream()).toList()) {
            assertTrue(Contrast.ratio(text.getAttribute("fill"), "#e3e8ef") >= 4.5);
        }
    }

    // ------------------------------------------------------------------ checks

    /**
     * Every arrow: an orthogonal polyline that starts on the edge of one box and ends on the edge of
     * another, touches no other box (not even within a unit of it), does not run through its own
     * boxes, ends with a part long enough to show the arrowhead, and runs on top of no other arrow.
     */
    static void assertArrowsAvoidBoxes(Svg svg) {
        List<BoxView> boxes = svg.boxes();
        List<List<double[]>> arrows = svg.arrows();
        List<double[]> segments = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int a = 0; a < arrows.size(); a++) {
            List<double[]> p = arrows.get(a);
            BoxView from = boxes.stream().filter(b -> b.onEdge(p.get(0))).findFirst().orElse(null);
            BoxView to = boxes.stream().filter(b -> b.onEdge(p.get(p.size() - 1))).findFirst().orElse(null);
            assertNotNull(from, "arrow " + a + " starts on no box");
            assertNotNull(to, "arrow " + a + " ends on no box");
            assertNotEquals(from, to);
            for (int i = 0; i + 1 < p.size(); i++) {
                double[] s = {p.get(i)[0], p.get(i)[1], p.get(i + 1)[0], p.get(i + 1)[1]};
                assertTrue(s[0] == s[2] || s[1] == s[3], "not orthogonal: arrow " + a);
                assertFalse(s[0] == s[2] && s[1] == s[3], "empty segment: arrow " + a);
                for (BoxView b : boxes) {
                    if (b == from || b == to) {
                        assertFalse(intersects(s, b.x() + 0.5, b.y() + 0.5, b.w() - 1, b.h() - 1),
                                "arrow " + a + " runs through its own box " + b.group().getAttribute("id"));
                    } else {
                        assertFalse(intersects(s, b.x() - 1, b.y() - 1, b.w() + 2, b.h() + 2),
                                "arrow " + a + " crosses box " + b.group().getAttribute("id") + " " + svg.text);
                    }
                }
                segments.add(s);
                owner.add(a);
            }
            double[] last = p.get(p.size() - 2);
            double[] end = p.get(p.size() - 1);
            assertTrue(Math.abs(last[0] - end[0]) + Math.abs(last[1] - end[1]) >= 12, "arrowhead has no room: " + a);
        }
        for (int i = 0; i < segments.size(); i++) {
            for (int j = i + 1; j < segments.size(); j++) {
                if (!owner.get(i).equals(owner.get(j))) {
                    assertFalse(overlap(segments.get(i), segments.get(j)),
                            "arrows " + owner.get(i) + " and " + owner.get(j) + " run on top of each other: "
                                    + java.util.Arrays.toString(segments.get(i)) + " " + java.util.Arrays.toString(segments.get(j)));
                }
            }
        }
    }

    /** Boxes lie inside the picture and inside their band's rectangle, and never touch each other. */
    static void assertBoxesApartInTheirBands(Svg svg) {
        String[] view = svg.root.getAttribute("viewBox").split(" ");
        double width = Double.parseDouble(view[2]);
        double height = Double.parseDouble(view[3]);
        List<BoxView> boxes = svg.boxes();
        List<Element> bandRects = Svg.children(svg.withClass("g", "sm-bands").get(0), "g").stream()
                .map(g -> Svg.children(g, "rect").get(0)).toList();
        for (BoxView b : boxes) {
            assertTrue(b.x() >= 0 && b.y() >= 0 && b.x() + b.w() <= width && b.y() + b.h() <= height);
            long inside = bandRects.stream().filter(r -> Svg.d(r, "x") <= b.x() && Svg.d(r, "y") <= b.y()
                    && b.x() + b.w() <= Svg.d(r, "x") + Svg.d(r, "width")
                    && b.y() + b.h() <= Svg.d(r, "y") + Svg.d(r, "height")).count();
            assertEquals(1, inside, "box inside exactly one band");
            for (BoxView o : boxes) {
                if (o != b) {
                    assertFalse(intersects(new double[] {b.x(), b.y(), b.x() + b.w(), b.y() + b.h()},
                            o.x() - 5, o.y() - 5, o.w() + 10, o.h() + 10), "boxes too close");
                }
            }
        }
    }

    static boolean intersects(double[] s, double x, double y, double w, double h) {
        double x0 = Math.min(s[0], s[2]);
        double x1 = Math.max(s[0], s[2]);
        double y0 = Math.min(s[1], s[3]);
        double y1 = Math.max(s[1], s[3]);
        return x0 <= x + w && x1 >= x && y0 <= y + h && y1 >= y;
    }

    static boolean overlap(double[] a, double[] b) {
        boolean av = a[0] == a[2];
        boolean bv = b[0] == b[2];
        if (av != bv) {
            return false;
        }
        int fixed = av ? 0 : 1;
        int moving = av ? 1 : 0;
        if (Math.abs(a[fixed] - b[fixed]) >= 1) {
            return false;
        }
        double lo = Math.max(Math.min(a[moving], a[moving + 2]), Math.min(b[moving], b[moving + 2]));
        double hi = Math.min(Math.max(a[moving], a[moving + 2]), Math.max(b[moving], b[moving + 2]));
        return hi - lo > 1;
    }

    /** Every line of text in a box is, by the width estimate, no wider than the box inside its padding. */
    static void assertTextFits(Svg svg) {
        for (BoxView b : svg.boxes()) {
            for (Element text : Svg.children(b.group(), "text")) {
                double size = Double.parseDouble(text.getAttribute("font-size"));
                boolean bold = "bold".equals(text.getAttribute("font-weight"));
                for (Element line : Svg.children(text, "tspan")) {
                    String s = line.getTextContent();
                    double w = TextFit.width(s, size, bold);
                    assertTrue(w <= b.w() - 2 * StrategyMap.BOX_PAD_X + 0.01, "'" + s + "' is " + w + " wide in a box of " + b.w());
                    double y = Double.parseDouble(line.getAttribute("y"));
                    assertTrue(y - size * 0.8 >= b.y() && y + size * 0.25 <= b.y() + b.h(), "'" + s + "' outside its box vertically");
                }
            }
        }
    }

    static double[] bandTops(Svg svg) {
        List<Element> bands = Svg.children(svg.withClass("g", "sm-bands").get(0), "g");
        double[] y = new double[bands.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = Svg.d(Svg.children(bands.get(i), "rect").get(0), "y");
            if (i > 0) {
                assertTrue(y[i] > y[i - 1], "bands go down the page in order");
            }
        }
        return y;
    }

    static String visibleText(Element e) {
        StringBuilder b = new StringBuilder();
        for (Element text : Svg.children(e, "text")) {
            for (Element line : Svg.children(text, "tspan")) {
                b.append(line.getTextContent()).append(' ');
            }
        }
        return b.toString().replace('\u00A0', ' ').trim();
    }

    static List<Element> allElements(Svg svg) {
        List<Element> out = new ArrayList<>();
        org.w3c.dom.NodeList list = svg.doc.getElementsByTagName("*");
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }
}
