package no.scorebake.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import no.scorebake.testkit.TestProject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User text carrying markup, script and links is shown as text and never runs in a reader's browser. */
class HostileContentTest {

    static final String EVIL = "<script>alert(1)</script><img src=x onerror=alert(2)>";

    @Test
    void nothingFromUserTextIsLiveInAnyPage(@TempDir Path dir) throws Exception {
        TestProject p = new TestProject(dir)
                .file("model/site.yaml", "title: \"Site " + EVIL + "\"\nperiod: 2005-08\n")
                .file("model/scorecards/A.yaml", """
                        vision: "<svg onload=alert(3)>"
                        perspectives: [ { id: p, name: "P <b onmouseover=alert(4)>" } ]
                        objectives:
                          - id: o
                            name: "O <a href='javascript:alert(5)'>x</a>"
                            perspective: p
                            description: "<iframe src=javascript:alert(6)>"
                            factors: [ { id: f, name: "F <style>body{background:url(javascript:alert(7))}</style>", kpis: [k] } ]
                        kpis:
                          - id: k
                            name: "K <script>alert(8)</script>"
                            definition: "javascript:alert(9)"
                            owner: "<img src=x onerror=alert(10)>"
                            unit: count
                            target: 10
                        initiatives:
                          - { id: i, name: "I <script>alert(11)</script>", supports: [o] }
                        """)
                .file("model/data/a.csv", "scorecard;kpi;period;value;comment\nA;k;2005-08;5;\"" + EVIL.replace("\"", "\"\"") + "\"\n")
                .file("content/comments/2005-08/A/k.md", """
                        # Note

                        <script>alert(12)</script>
                        <img src=x onerror=alert(13)>
                        [click](javascript:alert(14)) [data](data:text/html;base64,PHNjcmlwdD4=)
                        <a href="java&#x09;script:alert(15)">tab</a>
                        """)
                .file("content/evil.md", """
                        title=Evil <script>alert(16)</script>
                        type=page
                        status=published
                        ~~~~~~

                        <svg onload=alert(17)></svg><div style="background:url(javascript:alert(18))">x</div>
                        """);
        TestProject.Run run = p.run("build");
        assertEquals(0, run.exit(), run.err());
        Path site = dir.resolve("site");
        assertNothingLive(site);
        // The text is still there, shown as text.
        String kpiPage = Files.readString(site.resolve("A/kpi/k.html"));
        assertTrue(kpiPage.contains("K &lt;script&gt;alert(8)&lt;/script&gt;"), "names are escaped, not dropped");
        assertMapIsWellFormed(site.resolve("A/map.html"));
    }

    /**
     * Text that breaks out of attributes and XML, hides or reverses itself, or is one endless
     * word: in names of units, objectives and KPIs (which the strategy map draws as SVG text and
     * links), comments, notes and titles. None of it may run, and the map must stay
     * well-formed XML, even with characters XML 1.0 does not allow (a YAML "\x01" escape).
     */
    @Test
    void attributeBreakersUnicodeTricksAndEndlessWordsStayText(@TempDir Path dir) throws Exception {
        String longWord = "Sykefraværsoppfølgingsrutinegjennomgang".repeat(300);
        String breakOut = "\\\" onmouseover=\\\"alert(21)\\\" x=\\\"";
        TestProject p = new TestProject(dir)
                .file("model/site.yaml", "title: \"Site ' onfocus='alert(20)' \\u202Egnp.exe\"\nperiod: 2005-08\n")
                .file("model/organisation.yaml", """
                        units:
                          - id: A
                            name: "Avd \\u202Ecod.exe\\u200B\\u200D\\uFEFF \\x01\\x1F \\uFFFE"
                            leader: "<svg><script>alert(22)</script></svg>"
                            units:
                              - { id: A1, name: "A1 ]]> <!-- --> <![CDATA[ x", coordinator: "&lt;script&gt;alert(23)&lt;/script&gt;" }
                        """)
                .file("model/scorecards/A.yaml", """
                        vision: "%s"
                        perspectives: [ { id: p, name: "P %s" } ]
                        objectives:
                          - id: o
                            name: "O </text><script>alert(24)</script><text> \\x0B"
                            perspective: p
                            description: "<a href='&#106;avascript:alert(25)'>x</a> <a href=' data:text/html,<script>alert(26)</script>'>y</a>"
                            drives: [o2]
                            kpis: [k]
                          - id: o2
                            name: "%s"
                            perspective: p
                            kpis: [k]
                        kpis:
                          - id: k
                            name: "K </title></svg><img src=x onerror=alert(27)> \\u202E"
                            definition: "<style>*{background:url('javascript:alert(28)')}</style>"
                            owner: "%s"
                            unit: count
                            target: 10
                        initiatives:
                          - { id: i, name: "%s", description: "<object data=javascript:alert(29)>", supports: [o] }
                        """.formatted(longWord, breakOut, longWord, breakOut, breakOut))
                .file("model/data/a.csv", "scorecard;kpi;period;value;comment\nA;k;2005-08;5;\"" + longWord
                        + " <svg/onload=alert(30)> \u202Eevil\u200B \"\" onclick=\"\"alert(31)\"\n")
                .file("content/comments/2005-08/A/k.md", """
                        [a](&#106;avascript:alert(32)) [b](JaVaScRiPt:alert(33)) ![c](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMzQpPg==)
                        <svg><foreignObject><script>alert(35)</script></foreignObject></svg>
                        <p style="background:url(javascript:alert(36))">%s</p>
                        <math><mtext><table><mglyph><style><img src=x onerror=alert(37)></style></mglyph></table></mtext></math>
                        """.formatted(longWord))
                .file("content/side.md", """
                        title=\u202Eside" onmouseover="alert(38)
                        type=page
                        status=published
                        ~~~~~~

                        <base href="javascript:alert(39)//"><meta http-equiv="refresh" content="0;url=javascript:alert(40)">
                        """);
        TestProject.Run run = p.run("build");
        assertEquals(0, run.exit(), run.err());
        Path site = dir.resolve("site");
        assertNothingLive(site);
        assertMapIsWellFormed(site.resolve("A/map.html"));
        assertFeedsAreAtomWithNothingLive(site);
        Document kpi = Jsoup.parse(site.resolve("A/kpi/k.html").toFile(), "UTF-8");
        assertTrue(kpi.text().contains(longWord), "the endless word is shown whole");
        assertTrue(kpi.text().contains("<svg/onload=alert(30)>"), "the comment is shown as text");
    }

    /** No page of the site has a handler, a script, a javascript:/data: URL, embedded content or a style from user text. */
    static void assertNothingLive(Path site) throws IOException {
        List<Path> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(f -> f.toString().endsWith(".html")).toList();
        }
        assertTrue(pages.size() > 5);
        for (Path page : pages) {
            Document d = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element e : d.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    assertFalse(a.getKey().toLowerCase().startsWith("on"), page + ": live handler " + e.outerHtml());
                    String v = a.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase();
                    assertFalse(v.startsWith("javascript:") || v.startsWith("data:") || v.startsWith("vbscript:"),
                            page + ": live URL in " + e.outerHtml());
                }
            }
            for (Element script : d.select("script")) {
                assertTrue(script.hasAttr("src") && script.data().isEmpty(), page + ": inline script " + script.outerHtml());
            }
            assertTrue(d.select("iframe, object, embed, base, meta[http-equiv], form[action^=http]").isEmpty(), page + ": embedded content");
            for (Element style : d.select("style")) {
                // Only the strategy map's and the KPI chart's own focus-ring rules; nothing a user wrote.
                String css = style.data() + style.wholeText();
                assertTrue(css.equals(no.scorebake.chart.SvgChart.NOTE_FOCUS)
                        || css.contains(".sm-map") && !css.contains("url(") && !css.contains("alert"),
                        page + ": style from user text " + style.outerHtml());
            }
            for (Element e : d.select("[style]")) {
                assertFalse(e.attr("style").contains("url("), page + ": style attribute from user text " + e.outerHtml());
            }
            for (Element svg : d.select("svg")) {
                assertTrue(svg.select("script, foreignObject").isEmpty(), page + ": script in SVG");
            }
        }
    }

    /** The strategy map's SVG, cut out of its page as written, parses as XML. */
    static void assertMapIsWellFormed(Path mapPage) throws Exception {
        String html = Files.readString(mapPage);
        int from = html.indexOf("<svg");
        int to = html.indexOf("</svg>", from);
        assertTrue(from >= 0 && to > from, "the map page holds an SVG");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(html.substring(from, to + "</svg>".length()))));
    }


    /**
     * Every feed parses as Atom (control characters left out: XML cannot hold them), and the
     * HTML of its entries has text where the model had markup.
     */
    private static void assertFeedsAreAtomWithNothingLive(Path site) throws Exception {
        var feeds = FeedTest.feeds(site);
        assertTrue(feeds.containsKey("A/feed.xml"), feeds.keySet().toString());
        for (var feed : feeds.values()) {
            for (var entry : feed.getEntries()) {
                org.jsoup.nodes.Document html = org.jsoup.Jsoup.parseBodyFragment(entry.getContents().get(0).getValue());
                assertTrue(html.select("script, img, svg, style, object, [onerror], [onclick], [onload]").isEmpty(), html.html());
                for (var a : html.select("a")) {
                    assertFalse(a.attr("href").toLowerCase(java.util.Locale.ROOT).contains("script:"), a.outerHtml());
                }
            }
        }
    }
}
