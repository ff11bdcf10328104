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
import no.scorebake.TestProject;
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
            assertTrue(d.select("iframe, object, embed, form[action^=http]").isEmpty(), page + ": embedded content");
            for (Element style : d.select("style")) {
                // Only the strategy map's own focus-ring rule; nothing a user wrote.
                String css = style.data() + style.wholeText();
                assertTrue(css.contains(".sm-map") && !css.contains("url(") && !css.contains("alert"),
                        page + ": style from user text " + style.outerHtml());
            }
            for (Element svg : d.select("svg")) {
                assertTrue(svg.select("script, foreignObject").isEmpty(), page + ": script in SVG");
            }
        }
        // The text is still there, shown as text.
        String kpiPage = Files.readString(site.resolve("A/kpi/k.html"));
        assertTrue(kpiPage.contains("K &lt;script&gt;alert(8)&lt;/script&gt;"), "names are escaped, not dropped");
        // The strategy map stays well-formed XML.
        String map = Jsoup.parse(site.resolve("A/map.html").toFile(), "UTF-8").selectFirst("svg").outerHtml();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(
                Files.readString(site.resolve("A/map.html")).replaceAll("(?s).*?(<svg.*?</svg>).*", "$1"))));
        assertTrue(map.contains("svg"));
    }

}
