package no.scorebake.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import no.scorebake.cli.Main;
import no.scorebake.testkit.StatusShapes;
import no.scorebake.testkit.StatusSpans;
import no.scorebake.testkit.ThemedExample;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bakes the example project and reads every page as a browser and a reader would: with jsoup,
 * checking structure, links, status words, charts and agreement with the JSON export. It runs
 * once with the default theme and once with the example municipality theme of themes/kommune,
 * since a theme must not break what a reader relies on.
 */
@ParameterizedClass(name = "theme {0}")
@ValueSource(strings = {"default", "kommune"})
class PortalTest {

    static final Path EXAMPLE = Path.of("").toAbsolutePath();

    /** The theme the example is baked with: the default one in place, another from a copy of the project that selects it. */
    @Parameter
    String theme;

    @TempDir
    static Path tmp;
    static Path site;
    static List<Path> pages;

    @BeforeParameterizedClassInvocation
    static void bake(String theme) throws IOException {
        Path project = theme.equals("default") ? EXAMPLE : ThemedExample.write(tmp.resolve("project-" + theme), theme);
        site = tmp.resolve("site-" + theme);
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "build", "--project", project.toString(), "--out", site.toString());
        assertEquals(0, code, err.toString());
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    static Document parse(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8", page.toUri().toString());
    }

    @Test
    void everyPageTypeIsBaked() {
        for (String path : List.of("index.html", "800/index.html", "810/2005-06/index.html", "800/map.html",
                "820/kpi/user-faults.html", "800/initiatives.html", "800/hierarchy.html",
                "reports/deviations.html", "reports/missing.html", "search.html", "search/index.js", "assets/style.css",
                "data/810/2005-06.json", "800/compare.html", "800/2005-06/compare.html", "800/compare/sick-leave.html",
                "reports/changes.html")) {
            assertTrue(Files.isRegularFile(site.resolve(path)), path);
        }
    }

    @Test
    void everyPageHasLangAndOneH1() throws IOException {
        for (Path p : pages) {
            Document d = parse(p);
            assertFalse(d.select("html").attr("lang").isBlank(), p + " has no lang");
            assertEquals(1, d.select("h1").size(), p + " must have exactly one h1");
            assertFalse(d.title().isBlank(), p + " has no title");
        }
    }

    @Test
    void everyLinkAndImageIsRelativeAndResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path p : pages) {
            Document d = parse(p);
            for (Element e : d.select("[href], [src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (url.startsWith("#")) {
                    assertNotNull(d.getElementById(url.substring(1)), p + ": no anchor " + url);
                    continue;
                }
                assertFalse(url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || url.startsWith("/"),
                        p + ": link is not relative: " + url);
                String file = url.replaceAll("[?#].*$", "");
                Path target = p.getParent().resolve(file).normalize();
                if (!target.startsWith(site)) {
                    broken.add(p + " -> " + url + " (outside the site)");
                } else if (!Files.isRegularFile(target)) {
                    broken.add(site.relativize(p) + " -> " + url);
                } else if (url.contains("#") && file.endsWith(".html")) {
                    String anchor = url.substring(url.indexOf('#') + 1);
                    if (parse(target).getElementById(anchor) == null) {
                        broken.add(site.relativize(p) + " -> " + url + " (no such anchor)");
                    }
                }
            }
        }
        assertTrue(broken.isEmpty(), "broken links:\n" + String.join("\n", broken.subList(0, Math.min(20, broken.size()))));
    }

    @Test
    void statusIsNeverColourAlone() throws IOException {
        Map<String, String> shapes = StatusShapes.in(Files.readString(site.resolve("assets/style.css")));
        assertEquals(Set.of("status-green", "status-yellow", "status-red", "status-grey"), shapes.keySet(), "the stylesheet's status shapes");
        assertEquals(4, Set.copyOf(shapes.values()).size(), "four different shapes: " + shapes);
        int statuses = 0;
        for (Path p : pages) {
            for (Element s : parse(p).select(StatusSpans.ANY)) {
                String word = s.ownText().strip();
                assertFalse(word.isEmpty(), p + ": a status without a word: " + s.outerHtml());
                String key = s.classNames().stream().filter(c -> c.startsWith("status-")).findFirst().orElse("");
                assertTrue(shapes.containsKey(key), p + ": a status whose class the stylesheet gives no shape: " + s.outerHtml());
                assertEquals(key, s.className(), p + ": a status has its status-<key> class only: " + s.outerHtml());
                statuses++;
            }
        }
        assertTrue(statuses > 0, "no status found on any page");
    }

    @Test
    void everyChartHasATextAlternativeAndADataTable() throws IOException {
        int charts = 0;
        for (Path p : pages) {
            Document d = parse(p);
            for (Element svg : d.select("figure.chart svg")) {
                charts++;
                // One image to assistive technology; with links to notes, a group of the links, named as the image would be.
                boolean links = !svg.select("a").isEmpty();
                assertEquals(links ? "group" : "img", svg.attr("role"), p + ": a chart is one image, or a group with its links");
                assertEquals("kct kcd", svg.attr("aria-labelledby"), p.toString());
                if (links) {
                    assertEquals(svg.select("a").size(), svg.select("> a, > g:not([aria-hidden]) > a").size(), p + ": links beside the picture");
                    assertEquals(1, svg.select("> g[aria-hidden=true]").size(), p + ": the picture hidden as an image's insides are");
                }
                assertFalse(svg.select("title").text().isBlank(), p + ": chart without a title");
                assertTrue(svg.select("desc").text().length() > 20, p + ": chart without a real text alternative");
                assertFalse(d.select("table.history-table tbody tr").isEmpty(), p + ": chart without its data table");
            }
        }
        assertTrue(charts >= 60, "every KPI page has a chart: " + charts);
    }

    /**
     * The chart and the table beneath it tell the same history: per status, as many marks in the
     * chart as rows with a value in the table (each status's marks are one path with a marker at
     * every vertex but its first and last, one vertex per point and one for the legend, which
     * shows each status once).
     */
    @Test
    void theChartMarksTheStatusesTheTableGives() throws IOException {
        int charts = 0;
        for (Path p : pages) {
            Document d = parse(p);
            Element svg = d.selectFirst("figure.chart svg.kpi-chart");
            if (svg == null) {
                continue;
            }
            charts++;
            Map<String, Integer> table = new HashMap<>();
            for (Element tr : d.select("table.history-table tbody tr")) {
                if (!tr.child(2).text().isBlank()) {
                    String status = StatusSpans.key(tr.selectFirst(StatusSpans.ANY));
                    table.merge(status, 1, Integer::sum);
                }
            }
            Map<String, Integer> chart = new HashMap<>();
            for (Element marks : svg.select("path[marker-mid]")) {
                String status = marks.attr("marker-mid").replaceAll("url\\(#kc-(\\w+)\\)", "$1");
                chart.merge(status, marks.attr("d").replaceAll("[^A-Za-z]", "").length() - 2, Integer::sum);
            }
            chart.replaceAll((status, n) -> n - 1); // the legend's mark
            assertEquals(table, chart, p + ": the chart's marks by status against the table's rows with a value");
        }
        assertTrue(charts >= 60, "every KPI page has a chart: " + charts);
    }

    @Test
    void scorecardRowsAgreeWithTheJsonExport() throws IOException {
        ObjectMapper json = new ObjectMapper();
        int rows = 0;
        for (MonthPage m : monthPages(json)) {
            Path p = m.page();
            String rel = m.unit() + "/" + m.period() + "/index.html";
            String unit = m.unit();
            String period = m.period();
            JsonNode export = m.export();
            Map<String, String> statuses = new HashMap<>();
            Map<String, Boolean> missing = new HashMap<>();
            for (JsonNode k : export.get("kpis")) {
                String ref = k.get("unit").asText().equals(unit) ? k.get("id").asText() : k.get("unit").asText() + "/" + k.get("id").asText();
                statuses.put(ref, k.get("status").asText());
                missing.put(ref, k.get("missing").asBoolean());
            }
            for (Element tr : parse(p).select("tr[data-kpi]")) {
                String ref = tr.hasAttr("data-unit") ? tr.attr("data-unit") + "/" + tr.attr("data-kpi") : tr.attr("data-kpi");
                assertEquals(ref, linkedRef(tr, unit), rel + ": the row links to the KPI it names");
                assertEquals(statuses.get(ref), tr.attr("data-status"), rel + " row " + ref);
                assertEquals(missing.get(ref), tr.hasAttr("data-missing"), rel + " row " + ref + " data-missing");
                rows++;
            }
        }
        assertTrue(rows > 1000, "rows checked: " + rows);
    }

    /**
     * The KPI a month page's row links to: {@code x} for the unit's own ({@code ../kpi/x.html}),
     * {@code 820/x} for another unit's ({@code ../../820/kpi/x.html}).
     */
    private static String linkedRef(Element tr, String unit) {
        String href = tr.selectFirst("th a").attr("href");
        String kpi = href.substring(href.lastIndexOf('/') + 1).replace(".html", "");
        if (href.equals("../kpi/" + kpi + ".html")) {
            return kpi;
        }
        String[] parts = href.replace("../", "").split("/");
        return parts[0].equals(unit) ? kpi : parts[0] + "/" + kpi;
    }

    /**
     * A scorecard month reads as its export says: under each objective one table whose first rows
     * are the objective's own KPIs and then, per critical success factor, a header row naming the
     * factor over its KPIs, in the model's order; each KPI row's cell under the "Ytelse" head shows
     * its status, and a trend cell's arrow is one the stylesheet draws.
     */
    @Test
    void aScorecardMonthGroupsItsKpiRowsUnderObjectivesAndFactorsAsTheExportDoes() throws IOException {
        ObjectMapper json = new ObjectMapper();
        String css = Files.readString(site.resolve("assets/style.css"));
        int factors = 0;
        int trends = 0;
        for (MonthPage m : monthPages(json)) {
            Path p = m.page();
            String rel = m.unit() + "/" + m.period() + "/index.html";
            String unit = m.unit();
            String period = m.period();
            JsonNode export = m.export();
            Document d = parse(p);
            for (JsonNode persp : export.get("perspectives")) {
                for (JsonNode o : persp.get("objectives")) {
                    Element section = d.getElementById("obj-" + o.get("id").asText());
                    assertNotNull(section, rel + ": objective " + o.get("id"));
                    Element table = section.selectFirst("table.kpis");
                    if (table == null) {
                        assertTrue(o.get("kpis").isEmpty() && o.get("factors").isEmpty(), rel + ": objective " + o.get("id") + " without its table");
                        continue;
                    }
                    List<String> heads = table.select("thead th").eachText();
                    assertEquals(8, heads.size(), rel + ": " + heads);
                    int performance = heads.indexOf("Ytelse");
                    assertEquals(refs(o.get("kpis")), rowRefs(table.select("tbody:not([id]) > tr[data-kpi]")), rel + ": objective " + o.get("id"));
                    for (JsonNode f : o.get("factors")) {
                        Element group = table.getElementById("factor-" + f.get("id").asText());
                        assertNotNull(group, rel + ": factor " + f.get("id"));
                        Element header = group.selectFirst("tr > th[colspan=8][scope=rowgroup]");
                        assertTrue(header.text().contains(f.get("name").asText()), rel + ": " + header.text());
                        assertEquals(refs(f.get("kpis")), rowRefs(group.select("> tr[data-kpi]")), rel + ": factor " + f.get("id"));
                        factors++;
                    }
                    for (Element tr : table.select("tr[data-kpi]")) {
                        assertEquals(8, tr.children().size(), rel + ": " + tr.outerHtml());
                        Element status = tr.child(performance).selectFirst(StatusSpans.ANY);
                        assertEquals(StatusSpans.className(tr.attr("data-status")), status.className(), rel + ": " + tr.attr("data-kpi"));
                        Element trend = tr.child(heads.indexOf("Utvikling"));
                        if (!trend.text().isBlank()) {
                            String arrow = trend.classNames().stream().filter(c -> c.matches("up|down|flat")).findFirst().orElseThrow();
                            assertTrue(css.contains("td." + arrow + "::before { content: "), rel + ": no arrow drawn for " + arrow);
                            trends++;
                        }
                    }
                }
            }
        }
        assertTrue(factors > 100 && trends > 100, factors + " factors, " + trends + " trends");
    }

    private static List<String> refs(JsonNode kpis) {
        List<String> refs = new ArrayList<>();
        kpis.forEach(k -> refs.add(k.asText()));
        return refs;
    }

    private static List<String> rowRefs(List<Element> rows) {
        return rows.stream().map(tr -> tr.hasAttr("data-unit") ? tr.attr("data-unit") + "/" + tr.attr("data-kpi") : tr.attr("data-kpi")).toList();
    }

    @Test
    void kpiPageExplainsTheComputationWithNumbers() throws IOException {
        Document d = parse(site.resolve("820/kpi/user-faults.html"));
        String how = d.select("#how").text();
        assertTrue(how.contains("Ytelse = 2 − 131 / 140 = 106,4 %"), how);
        assertTrue(how.contains("model/data/2006/2006-04-820.csv:2"), how);
        assertTrue(how.contains("Grønn fra 100,0 %, gul fra 95,0 %: grønn."), how);
    }

    /**
     * Last year and the year outlook as a reader reads them. 820's user faults in April 2006:
     * 131, a year before 161; year to date 558 over 4 months, so 558 × 12 / 4 = 1 674 against
     * 12 × 140 = 1 680, lower is better: 100 × (2 − 1674/1680) = 100.36 → 100,4 %, green.
     * 840's competence hours: the owner's 1 150,5 against 1 200 = 95,9 %, yellow (its thresholds
     * are the site's), the computed 1 299 beside it.
     */
    @Test
    void kpiPageAndScorecardShowLastYearAndTheYearOutlook() throws IOException {
        Document faults = parse(site.resolve("820/kpi/user-faults.html"));
        assertEquals("Samme periode i fjor (april 2005): 161", faults.selectFirst("p.last-year").text());
        Element outlook = faults.selectFirst("p.outlook");
        assertEquals("Prognose for 2006: 1 674 mot årsmål 1 680 (100,4 %, grønn) · beregnet fra 4 måneder",
                outlook.text().replace('\u00A0', ' '));
        assertEquals("green", outlook.attr("data-status"));
        assertNotNull(outlook.selectFirst(".status-green"), "the status as shape and word: " + outlook.html());
        Element april = faults.select("table.history-table tbody tr").first();
        assertEquals(List.of("131", "161"), List.of(april.child(2).text(), april.child(3).text()), april.outerHtml());

        Document hours = parse(site.resolve("840/kpi/competence-hours.html"));
        String owner = hours.selectFirst("p.outlook").text().replace('\u00A0', ' ');
        assertTrue(owner.startsWith("Prognose for 2006: 1 150,5 t mot årsmål 1 200 t (95,9 %, gul) · ansvarliges prognose; beregnet: 1 299 t"), owner);
        assertTrue(owner.endsWith("model/data/2006/2006-04-840.csv:9"), owner);

        Element row = parse(site.resolve("820/index.html")).selectFirst("tr[data-kpi=user-faults]");
        assertTrue(row.select("td").get(2).text().contains("i fjor 161"), row.outerHtml());
        Element mark = row.select("td").get(5).selectFirst("small");
        assertEquals("Prognose grønn", mark.text(), row.outerHtml());
        assertNotNull(mark.selectFirst(".status-green"), row.outerHtml());
    }

    /**
     * The chart and the table say the same of notes: every KPI page marks on its chart exactly
     * the periods whose row of the history table shows a comment or links a long note, in the
     * order of the periods; each mark is named by its period and links within the page to where
     * that period's note is read: its long note, which the row links too, else the row itself.
     */
    @Test
    void theChartMarksEachPeriodWithANoteAndLinksToWhereItIsRead() throws IOException {
        int marks = 0;
        int longNotes = 0;
        for (Path p : pages) {
            if (!site.relativize(p).toString().replace('\\', '/').matches("[^/]+/kpi/[^/]+\\.html")) {
                continue;
            }
            Document d = parse(p);
            Element table = d.selectFirst("table.history-table");
            int comment = table.select("thead th").eachText().indexOf("Kommentar");
            List<String> noted = new ArrayList<>();
            for (Element tr : table.select("tbody tr")) {
                if (comment >= 0 && tr.childrenSize() > comment && !tr.child(comment).text().isBlank()) {
                    noted.add(0, "Merknad for " + tr.child(0).text()); // the table is newest first, the chart oldest first
                }
            }
            Element svg = d.selectFirst("figure.chart svg.kpi-chart");
            List<Element> links = svg.select("a");
            assertEquals(noted, links.stream().map(a -> a.attr("aria-label")).toList(), p + ": the marks against the rows with a note");
            assertEquals(links.isEmpty() ? "img" : "group", svg.attr("role"), p.toString());
            for (Element a : links) {
                String href = a.attr("href");
                assertTrue(href.matches("#note-\\d{4}(-\\d{2}|-Q\\d|-H\\d)?"), p + ": " + href);
                Element target = d.getElementById(href.substring(1));
                assertNotNull(target, p + ": " + href + " leads nowhere");
                assertEquals(1, d.select("[id=" + href.substring(1) + "]").size(), p + ": " + href + " is not unique");
                String period = a.attr("aria-label").substring("Merknad for ".length());
                Element row = table.select("tbody tr").stream().filter(tr -> tr.child(0).text().equals(period)).findFirst().orElseThrow();
                if (target.tagName().equals("article")) {
                    assertEquals(period, target.selectFirst("h3").text(), p + ": " + href);
                    assertNotNull(row.selectFirst("a[href=" + href + "]"), p + ": the row of " + period + " links its note");
                    longNotes++;
                } else {
                    assertEquals(row, target, p + ": " + href + " leads to the row of " + period + ", which shows its comment");
                    assertTrue(row.select("a").stream().noneMatch(x -> x.attr("href").startsWith("#")), p + ": a row with only a comment links nothing");
                }
                marks++;
            }
        }
        assertTrue(marks >= 10 && longNotes >= 3, marks + " marks, " + longNotes + " to a long note");
        Element a = parse(site.resolve("820/kpi/user-faults.html")).selectFirst("svg.kpi-chart a");
        assertEquals("#note-2005-03", a.attr("href"));
        assertEquals("Merknad for mars 2005", a.attr("aria-label"));
    }

    /**
     * The history table of every KPI page as a reader sees it: the source column names the folder
     * its files lie in once, in its heading, and each cell with the rest is a file of the project;
     * the source and comment columns are there only when a period has one; no row has more cells
     * than the heading nor ends in an empty one (a row ends at its last cell with content).
     */
    @Test
    void theHistoryTableSaysTheSourceFolderOnceAndEndsEachRowAtItsLastCell() throws IOException {
        int sources = 0;
        for (Path p : pages) {
            if (!site.relativize(p).toString().replace('\\', '/').matches("[^/]+/kpi/[^/]+\\.html")) {
                continue;
            }
            Document d = parse(p);
            Element table = d.selectFirst("table.history-table");
            List<String> headings = table.select("thead th").eachText();
            assertEquals(List.of("Periode", "Mål", "Oppnådd", "I fjor", "Ytelse"), headings.subList(0, 5), p.toString());
            int source = headings.size() > 5 && headings.get(5).startsWith("Kilde") ? 5 : -1;
            int comment = headings.indexOf("Kommentar");
            assertEquals(source < 0, table.hasClass("no-source"), p + ": the stylesheet knows which column is 6th");
            Element code = source < 0 ? null : table.select("thead th").get(source).selectFirst("code");
            String folder = code == null ? "" : code.text();
            boolean anySource = false;
            boolean anyComment = false;
            for (Element tr : table.select("tbody tr")) {
                assertTrue(tr.childrenSize() <= headings.size(), p + ": a row with more cells than headings: " + tr.outerHtml());
                assertFalse(tr.child(tr.childrenSize() - 1).text().isBlank(), p + ": a row ends in an empty cell: " + tr.outerHtml());
                if (source >= 0 && tr.childrenSize() > source && !tr.child(source).text().isBlank()) {
                    anySource = true;
                    String cell = tr.child(source).text();
                    assertFalse(cell.startsWith("model/"), p + ": the folder is said in the heading, not in each row: " + cell);
                    if (tr.child(source).selectFirst("a") == null) {
                        String file = folder + cell.substring(0, cell.lastIndexOf(':'));
                        assertTrue(theme.equals("kommune") || Files.isRegularFile(EXAMPLE.resolve(file)), p + ": no file " + file);
                        sources++;
                    }
                }
                anyComment |= comment >= 0 && tr.childrenSize() > comment && !tr.child(comment).text().isBlank();
            }
            assertEquals(source >= 0, anySource, p + ": a source column with no source, or none");
            assertEquals(comment >= 0, anyComment, p + ": a comment column with no comment, or none");
        }
        assertTrue(sources > 100, "the sources checked: " + sources);
        Document faults = parse(site.resolve("820/kpi/user-faults.html"));
        assertEquals("Kilde i model/data/", faults.select("table.history-table thead th").get(5).text());
        assertEquals("2006/2006-01-820.csv:2 Mange passordsaker etter jul",
                faults.select("table.history-table tbody tr").get(3).select("td").subList(4, 6).stream().map(Element::text)
                        .reduce((a, b) -> a + " " + b).orElseThrow());
    }

    /** A roll-up's inputs are the same KPI of its sub-units: each is named by its unit, linked to its page there. */
    @Test
    void aRollupNamesItsInputsByTheirUnits() throws IOException {
        Document d = parse(site.resolve("800/kpi/competence-hours.html"));
        List<Element> inputs = d.select("#how h3 + p + ul > li, #how h3 + ul > li");
        assertFalse(inputs.isEmpty(), d.select("#how").outerHtml());
        for (Element li : inputs) {
            Element a = li.selectFirst("a");
            assertTrue(a.attr("href").matches("\\.\\./\\.\\./8\\d0/kpi/competence-hours\\.html"), li.outerHtml());
            assertNotNull(li.selectFirst("a"), li.outerHtml());
            assertTrue(li.select(".meta").isEmpty(), "the unit is the link: " + li.outerHtml());
            assertFalse(a.text().contains("kompetanse"), "not the KPI's name again: " + li.outerHtml());
        }
    }

    @Test
    void noPageRefersToTheInternet() throws IOException {
        for (Path p : pages) {
            // The SVG namespace is a name, not an address.
            String html = Files.readString(p).replace("xmlns=\"http://www.w3.org/2000/svg\"", "").replace("xmlns:xlink=\"http://www.w3.org/1999/xlink\"", "");
            assertFalse(html.contains("http://") || html.contains("https://") || html.contains("//cdn"), p + " refers outside the site");
        }
        try (Stream<Path> assets = Files.list(site.resolve("assets"))) {
            for (Path css : assets.filter(f -> f.toString().endsWith(".css")).toList()) {
                String text = Files.readString(css);
                assertFalse(text.contains("url(") || text.contains("@import"), css.getFileName() + " loads nothing");
            }
        }
    }

    /**
     * A month's scorecard and comparison (the current month's too) are the same bytes whether or
     * not the month is the current one: they link the pages of their own month, offer the
     * previous month, the period overview and the current page, and hold no link to a later
     * month nor the note on an earlier one, which assets/periods.js adds from data/periods.js.
     * The current pages link the current pages and load no such script.
     */
    @Test
    void aMonthsPagesLinkTheirOwnMonthAndNothingLater() throws IOException {
        String months = Files.readString(site.resolve("data/periods.js"));
        assertTrue(months.startsWith("window.scorebakePeriods = {\"months\":[[\"2005-01\",\"januar 2005\"],"), months);
        assertTrue(months.contains("[\"2006-03\",\"mars 2006\"],[\"2006-04\",\"april 2006\"]]"), "every month in order, the current one last: " + months);
        assertTrue(Files.isRegularFile(site.resolve("assets/periods.js")));
        int scorecards = 0;
        int comparisons = 0;
        for (Path p : pages) {
            String rel = site.relativize(p).toString().replace('\\', '/');
            boolean scorecard = rel.matches("[^/]+/\\d{4}-\\d{2}/index\\.html");
            if (!scorecard && !rel.matches("[^/]+/\\d{4}-\\d{2}/compare\\.html")) {
                continue;
            }
            String unit = rel.substring(0, rel.indexOf('/'));
            String month = rel.substring(unit.length() + 1, rel.lastIndexOf('/'));
            Document d = parse(p);
            Element nav = d.selectFirst("nav.periods");
            assertEquals(month, nav.attr("data-period"), rel);
            assertTrue(nav.select("a.next, .notice").isEmpty(), rel + ": nothing of a later month: " + nav);
            assertEquals(unit + (scorecard ? "/index.html" : "/compare.html"), target(p, nav.selectFirst("a.current")), rel + ": the current page");
            assertEquals("Gjeldende periode", nav.selectFirst("a.current").text(), rel);
            assertEquals(1, d.select("script[src$=assets/periods.js]").size(), rel + " loads the script that adds the next month");
            for (Element a : d.select("main a[href]")) {
                String to = target(p, a);
                // Every other scorecard or comparison it links is of its own month (or an earlier one, the previous).
                if (to.matches("[^/]+/(index|compare)\\.html") && a != nav.selectFirst("a.current")) {
                    throw new AssertionError(rel + " links a current page: " + a);
                }
                if (to.matches("[^/]+/\\d{4}-\\d{2}/(index|compare)\\.html")) {
                    String linked = to.substring(to.indexOf('/') + 1, to.lastIndexOf('/'));
                    assertTrue(linked.compareTo(month) <= 0, rel + " links a later month: " + a);
                }
            }
            if (scorecard) {
                scorecards++;
                if (Files.isRegularFile(site.resolve(unit + "/" + month + "/compare.html"))) {
                    assertEquals(unit + "/" + month + "/compare.html", target(p, d.selectFirst(".unit-nav a[href$=compare.html]")), rel);
                }
            } else {
                comparisons++;
                assertTrue(d.select("table.compare thead th a").isEmpty(), rel + ": the rankings are the current month's, not linked");
                assertEquals("Rangering og sortering uten JavaScript finnes for gjeldende periode.", nav.selectFirst("p").text(), rel);
            }
        }
        assertTrue(scorecards >= 16 * 6 && comparisons >= 16, scorecards + " scorecards, " + comparisons + " comparisons");
        for (String current : List.of("820/index.html", "800/index.html", "800/compare.html")) {
            Document d = parse(site.resolve(current));
            Element nav = d.selectFirst("nav.periods");
            assertFalse(nav.hasAttr("data-period"), current);
            assertTrue(nav.select("a.current, a.next, p").isEmpty(), current + ": " + nav);
            assertTrue(d.select("script[src$=periods.js]").isEmpty(), current);
        }
        Document sections = parse(site.resolve("800/index.html"));
        assertEquals("810/index.html", target(site.resolve("800/index.html"), sections.selectFirst(".subunits a[href*=810]")),
                "the current page links the sub-units' current pages");
        assertFalse(parse(site.resolve("800/compare.html")).select("table.compare thead th a").isEmpty(), "and its comparison the rankings");
    }

    /** Where a link of the page at {@code page} leads, site-relative. */
    private static String target(Path page, Element a) {
        return site.relativize(page.getParent().resolve(a.attr("href").replaceAll("#.*", "")).normalize()).toString().replace('\\', '/');
    }

    /** An earlier-month scorecard page with its unit, month and the JSON export of that month. */
    private record MonthPage(Path page, String unit, String period, JsonNode export) {
    }

    /** Every earlier-month scorecard page of the site ({@code <unit>/<yyyy-mm>/index.html}) with its export. */
    private static List<MonthPage> monthPages(ObjectMapper json) throws IOException {
        List<MonthPage> months = new ArrayList<>();
        for (Path p : pages) {
            String rel = site.relativize(p).toString().replace('\\', '/');
            if (rel.matches("[^/]+/\\d{4}-\\d{2}/index.html")) {
                String unit = rel.substring(0, rel.indexOf('/'));
                String period = rel.substring(unit.length() + 1, rel.lastIndexOf('/'));
                months.add(new MonthPage(p, unit, period, json.readTree(site.resolve("data/" + unit + "/" + period + ".json").toFile())));
            }
        }
        return months;
    }
}
