package no.scorebake.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.scorebake.cli.Main;
import no.scorebake.testkit.ThemedExample;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example municipality theme in themes/kommune, as a project theme over the default one: its
 * logo, header and footer on every page, its stylesheet after the default one, and nothing in it
 * that merely repeats a file of the default theme. {@link PortalTest} runs the reader's checks on it.
 */
class KommuneThemeTest {

    static final Path THEME = Path.of("themes/kommune").toAbsolutePath();

    @TempDir
    static Path tmp;
    static Path site;
    static List<Path> pages;

    @BeforeAll
    static void bake() throws IOException {
        Path project = ThemedExample.write(tmp.resolve("project"), "kommune");
        site = tmp.resolve("site");
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "build", "--quiet", "--project", project.toString(), "--out", site.toString());
        assertEquals(0, code, err.toString());
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void everyPageWearsTheMunicipalitysHeaderLogoAndFooter() throws IOException {
        assertTrue(pages.size() > 100, "pages: " + pages.size());
        for (Path p : pages) {
            Document d = Jsoup.parse(p.toFile(), "UTF-8", p.toUri().toString());
            Element brand = d.selectFirst("header.site-header a.brand");
            assertEquals("Fjordvik kommune Avdeling for IT og datafangst", brand.text(), p.toString());
            Element logo = brand.selectFirst("img.logo");
            assertEquals("", logo.attr("alt"), p + ": the logo beside the name is decoration");
            assertTrue(Files.isRegularFile(p.getParent().resolve(logo.attr("src")).normalize()), p + ": " + logo.attr("src"));
            assertEquals(List.of("assets/style.css", "assets/kommune.css"),
                    d.select("link[rel=stylesheet]").eachAttr("href").stream().map(h -> h.replace("../", "")).toList(), p.toString());
            assertTrue(d.select("footer.site-footer").text().startsWith("Fjordvik kommune · Rådhusgata 1"), p.toString());
            assertTrue(d.select("footer.site-footer").text().contains("Laget med scorebake"), p + ": the default footer's line is kept");
        }
    }

    /** The municipality's name, address and phone come from theme-params of site.yaml: the templates name no municipality. */
    @Test
    void theTemplatesHoldNoTextOfTheMunicipality() throws IOException {
        Map<String, byte[]> own = BuiltIn.read(THEME.resolve("templates"));
        for (Map.Entry<String, byte[]> f : own.entrySet()) {
            String text = new String(f.getValue(), java.nio.charset.StandardCharsets.UTF_8);
            for (String word : List.of("Fjordvik", "Rådhusgata", "12 34 56 78", "økonomi og styring", "Intranett")) {
                assertFalse(text.contains(word), "themes/kommune/templates/" + f.getKey() + " says " + word);
            }
        }
        Document d = Jsoup.parse(site.resolve("800/index.html").toFile(), "UTF-8");
        assertTrue(d.title().endsWith(" – Avdeling for IT og datafangst – Fjordvik kommune"), d.title());
        assertEquals("Spørsmål om tallene? Kontakt seksjon for økonomi og styring, tlf. 12 34 56 78.",
                d.selectFirst("footer.site-footer p.footer-contact").text());
    }

    /** Without theme-params the theme still bakes: the lines that would say them are left out, nothing is missing. */
    @Test
    void withoutThemeParamsTheThemeLeavesOutWhatTheyWouldSay() throws IOException {
        Path project = ThemedExample.write(tmp.resolve("plain"), "kommune");
        Path siteYaml = project.resolve("model/site.yaml");
        String yaml = Files.readString(siteYaml);
        Files.writeString(siteYaml, yaml.substring(0, yaml.indexOf("# The settings the kommune theme reads")));
        Path out = tmp.resolve("plain-site");
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "build", "--quiet", "--project", project.toString(), "--out", out.toString()), err.toString());
        Document d = Jsoup.parse(out.resolve("800/index.html").toFile(), "UTF-8");
        assertEquals("Avdeling for IT og datafangst", d.selectFirst("a.brand").text());
        assertTrue(d.select("footer .footer-org, footer .footer-contact").isEmpty(), d.select("footer").outerHtml());
        assertTrue(d.selectFirst("footer").text().startsWith(d.selectFirst("footer p.follow").text() + " Tall per april 2006"), d.select("footer").text());
        assertFalse(d.html().contains("Fjordvik"));
    }

    @Test
    void theLogoIsADrawingThatLoadsNothing() throws IOException {
        String svg = Files.readString(site.resolve("assets/logo.svg"));
        Document d = Jsoup.parse(svg, "", org.jsoup.parser.Parser.xmlParser());
        assertEquals("svg", d.child(0).tagName());
        assertFalse(svg.replace("xmlns=\"http://www.w3.org/2000/svg\"", "").contains("http"), "the logo refers outside the site");
        assertTrue(d.select("script, image, use, foreignObject").isEmpty(), "nothing live or fetched in the logo");
    }

    /** A project theme wins file by file; a file that repeats the default theme's would silently stop following it. */
    @Test
    void theThemeHoldsOnlyWhatItChanges() throws IOException {
        Map<String, byte[]> builtIn = Theme.builtInFiles();
        Map<String, byte[]> own = BuiltIn.read(THEME);
        assertTrue(own.containsKey("templates/partials/header.ftlh") && own.containsKey("templates/partials/footer.ftlh")
                && own.containsKey("assets/kommune.css") && own.containsKey("assets/logo.svg"), own.keySet().toString());
        assertFalse(own.containsKey("templates/layout.ftlh"), "the theme overrides the partials it changes, not the whole frame");
        for (Map.Entry<String, byte[]> f : own.entrySet()) {
            assertFalse(builtIn.containsKey(f.getKey()) && Arrays.equals(builtIn.get(f.getKey()), f.getValue()),
                    "themes/kommune/" + f.getKey() + " is the default theme's file unchanged; delete it");
        }
        assertTrue(Files.readString(site.resolve("assets/style.css")).contains("scorebake default theme"), "the default stylesheet is still there, under kommune.css");
    }
}
