package no.scorebake.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.scorebake.cli.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example baked with {@code language: nn}: no page says a word of bokmål. The example's own
 * text (names, definitions, comments, notes, editorial pages) is bokmål, so the test first bakes
 * a copy in which every word it looks for is replaced, in every file and file name, by a word of
 * neither language: whatever bokmål is left on a page came from a template, a label or the code.
 */
class NynorskSiteTest {

    /**
     * Bokmål words whose nynorsk form differs ("ikke"/"ikkje", "fra"/"frå", "rød"/"raud"), from
     * the labels and the templates' text: none may appear on a nynorsk page.
     */
    static final List<String> BOKMAL = List.of("ikke", "hva", "hvilke", "hvordan", "fra", "rød", "røde", "grønn", "grønne",
            "ytelse", "enhet", "enheter", "enheten", "enhetene", "underenheter", "underenhetene", "mangler", "manglende",
            "ansvarlig", "tall", "tallet", "uten", "gjeldende", "tidligere", "beregnet", "beregnes", "kilde", "fremdrift",
            "endringer", "endret", "måned", "måneder", "nyheter", "perioder", "verdier", "notater", "timer", "dager",
            "laget", "velg", "forrige", "samlet", "sammenlign", "høyere", "lavere", "bedre", "styringsparametere",
            "styringsparameterne", "resultater", "siden", "nå", "bare", "også", "hver", "hvert", "undersøkelsen",
            "undersøkelser", "rapporteres", "hentes", "summeres", "hovedmenyen", "hovedmeny", "innholdet", "skjules",
            "vises", "svarene", "tilgjengelighetserklæring");

    static final Pattern WORDS = Pattern.compile("(?iU)(?<![\\w-])(" + String.join("|", BOKMAL) + ")(?![\\w-])");

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void bake() throws IOException {
        Path project = tmp.resolve("project");
        for (String folder : List.of("model", "content")) {
            copyWithoutTheWords(Path.of(folder), project.resolve(scrub(folder)));
        }
        Path siteYaml = project.resolve("model/site.yaml");
        String yaml = Files.readString(siteYaml).replaceAll("(?m)^language:.*\\n", "");
        Files.writeString(siteYaml, yaml + "language: nn\naccessibility-statement: https://uustatus.no/nn/erklaringer/publisert/x\n");
        site = tmp.resolve("site");
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "build", "--quiet", "--project", project.toString(), "--out", site.toString());
        assertEquals(0, code, err.toString());
    }

    /** Copies a folder tree, each file name and each line with the words replaced. */
    private static void copyWithoutTheWords(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(scrub(from.relativize(p).toString()));
                Files.createDirectories(target.getParent());
                Files.writeString(target, scrub(Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
    }

    private static String scrub(String text) {
        return WORDS.matcher(text).replaceAll("xq");
    }

    @Test
    void noPageTypeSaysAWordOfBokmal() throws IOException {
        Map<String, List<String>> found = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !site.relativize(p).startsWith("assets"))
                    .filter(p -> p.toString().matches(".*\\.(html|js|json|csv|xml|svg)")).sorted().toList();
        }
        assertTrue(files.size() > 300, "files: " + files.size());
        for (String page : List.of("index.html", "800/index.html", "810/2005-06/index.html", "800/periods.html", "800/map.html",
                "820/kpi/user-faults.html", "800/initiatives.html", "800/hierarchy.html", "800/compare.html",
                "800/compare/sick-leave.html", "reports/deviations.html", "reports/missing.html", "reports/changes.html",
                "search.html", "surveys/employees/index.html", "data/periods.js", "search/index.js")) {
            assertTrue(files.contains(site.resolve(page)), page + " is baked and read");
        }
        assertTrue(files.stream().anyMatch(p -> p.startsWith(site.resolve("pages"))), "an editorial page is baked and read");
        for (Path f : files) {
            Matcher m = WORDS.matcher(Files.readString(f));
            List<String> words = new ArrayList<>();
            while (m.find()) {
                words.add(m.group());
            }
            if (!words.isEmpty()) {
                found.put(site.relativize(f).toString(), words);
            }
        }
        assertTrue(found.isEmpty(), "bokmål on nynorsk pages: " + found);
    }

    @Test
    void thePagesAreNynorskWithNorwegianNumbers() throws IOException {
        Document kpi = Jsoup.parse(site.resolve("820/kpi/user-faults.html").toFile(), "UTF-8");
        assertEquals("nn", kpi.selectFirst("html").attr("lang"));
        String text = kpi.text().replace('\u00a0', ' '); // jsoup's text() makes most no-break spaces plain ones; LabelsTest checks them
        assertTrue(text.contains("Slik er statusen rekna ut"), text);
        assertTrue(text.matches("(?s).*Yting = (2 \u2212 )?\\d+ / \\d+ = \\d+,\\d %.*"), "performance as nb writes numbers: " + text);
        assertTrue(text.contains("grøn frå 100,0 %, gul frå 95,0 %"), text);
        Document scorecard = Jsoup.parse(site.resolve("800/index.html").toFile(), "UTF-8");
        assertEquals(List.of("Styringsparameter", "Ansvarleg", "Mål", "Oppnådd", "Yting"),
                scorecard.select("table.kpis thead th").eachText().subList(0, 5));
        assertTrue(scorecard.select(".status-red, .status-green").eachText().stream().allMatch(w -> w.equals("raud") || w.equals("grøn")));
        assertTrue(Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8").text().contains("april 2006"), "month names");
        assertEquals("Tilgjengelegheitserklæring", scorecard.selectFirst("footer a.accessibility").text());
    }
}
