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
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.scorebake.bench.SampleProject;
import no.scorebake.cli.Main;
import no.scorebake.model.Direction;
import no.scorebake.model.Kpi;
import no.scorebake.model.Project;
import no.scorebake.model.Scorecard;
import no.scorebake.model.Unit;
import no.scorebake.testkit.StatusSpans;
import no.scorebake.text.Labels;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The comparison, ranking and change pages of the example and of a generated municipality, read
 * with jsoup and checked against the JSON export: every cell's status is the export's status for
 * that unit, KPI and period; rankings run best to worst by each KPI's direction; the change
 * report and the scorecards' change sections list exactly the KPIs whose status differs from the
 * previous period's export.
 */
class CompareAndChangesTest {

    @TempDir
    static Path tmp;

    /** A baked site with the project it came from and its current period. */
    record Baked(String name, Path site, Project project, YearMonth current) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final Map<String, Baked> SITES = new HashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Path, JsonNode> EXPORTS = new HashMap<>();

    @BeforeAll
    static void bake() throws IOException {
        SITES.put("example", bake("example", Path.of("").toAbsolutePath()));
        Path sample = tmp.resolve("sample");
        SampleProject.generate(sample, 40, 8, 4, 1);
        SITES.put("sample", bake("sample", sample));
    }

    private static Baked bake(String name, Path project) {
        Path site = tmp.resolve(name + "-site");
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "build", "--project", project.toString(), "--out", site.toString());
        assertEquals(0, code, err.toString());
        Build.Loaded loaded = Build.load(project);
        return new Baked(name, site, loaded.engine().project(), loaded.engine().currentPeriod());
    }

    static Stream<Baked> sites() {
        return Stream.of(SITES.get("example"), SITES.get("sample"));
    }

    private static Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8", page.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> pages(Path site, String regex) throws IOException {
        Pattern p = Pattern.compile(regex);
        try (Stream<Path> s = Files.walk(site)) {
            return s.map(f -> site.relativize(f).toString().replace('\\', '/')).filter(f -> p.matcher(f).matches()).sorted().toList();
        }
    }

    /** The JSON export's entry for a unit's KPI (listed by the unit's own scorecard) in a month, or null. */
    private static JsonNode exported(Baked b, String unit, String kpi, YearMonth month) {
        for (JsonNode k : export(b, unit, month).get("kpis")) {
            if (k.get("unit").asText().equals(unit) && k.get("id").asText().equals(kpi)) {
                return k;
            }
        }
        return null;
    }

    private static JsonNode export(Baked b, String unit, YearMonth month) {
        Path file = b.site().resolve("data/" + unit + "/" + month + ".json");
        synchronized (EXPORTS) {
            return EXPORTS.computeIfAbsent(file, f -> {
                try {
                    return JSON.readTree(f.toFile());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Each KPI of a unit's export in a month, as "unit/kpi" → status. */
    private static Map<String, String> statuses(Baked b, String unit, YearMonth month) {
        Map<String, String> m = new HashMap<>();
        for (JsonNode k : export(b, unit, month).get("kpis")) {
            m.put(k.get("unit").asText() + "/" + k.get("id").asText(), k.get("status").asText());
        }
        return m;
    }

    /** "unit/kpi" of each KPI whose status in the export differs from the month before. */
    private static Set<String> changed(Baked b, String unit, YearMonth month, boolean ownOnly) {
        Map<String, String> now = statuses(b, unit, month);
        Map<String, String> before = statuses(b, unit, month.minusMonths(1));
        Set<String> changed = new TreeSet<>();
        now.forEach((k, s) -> {
            if ((!ownOnly || k.startsWith(unit + "/")) && !s.equals(before.get(k))) {
                changed.add(k);
            }
        });
        return changed;
    }

    private static List<Unit> parents(Baked b) {
        return b.project().organisation().all().stream()
                .filter(u -> u.units().stream().anyMatch(s -> b.project().scorecards().containsKey(s.id()))).toList();
    }

    /**
     * Each KPI cell of a comparison's table with its column's KPI: a cell does not say it, its
     * column's heading does (data-kpi), and a row has a cell under every heading.
     */
    static Map<Element, String> kpiCells(Document d) {
        List<Element> headings = d.select("table.compare > thead > tr > th");
        Map<Element, String> cells = new LinkedHashMap<>();
        for (Element tr : d.select("table.compare > tbody > tr")) {
            assertEquals(headings.size(), tr.childrenSize(), tr.attr("data-unit") + ": a cell under every heading");
            assertEquals("th", tr.child(0).tagName(), tr.attr("data-unit") + ": the sub-unit heads its row");
            for (int i = 0; i < headings.size(); i++) {
                if (headings.get(i).hasAttr("data-kpi")) {
                    assertEquals("td", tr.child(i).tagName());
                    cells.put(tr.child(i), headings.get(i).attr("data-kpi"));
                }
            }
        }
        return cells;
    }

    /** What a sub-unit without a column's KPI has in that cell, in the site's language. */
    private static String expectedAbsent(Baked b) {
        return Labels.of(b.project().site().language()).get("compare.absent");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void everyUnitWithSubUnitsHasAComparisonForEveryPeriodAndEveryCellIsTheExportsStatus(Baked b) throws IOException {
        assertFalse(parents(b).isEmpty());
        for (Unit u : parents(b)) {
            assertTrue(Files.isRegularFile(b.site().resolve(u.id() + "/compare.html")), u.id());
            assertTrue(Files.isRegularFile(b.site().resolve(u.id() + "/" + b.current() + "/compare.html")), u.id());
        }
        Pattern address = Pattern.compile("([^/]+)/(?:(\\d{4}-\\d{2})/)?compare\\.html");
        int cells = 0;
        for (String page : pages(b.site(), address.pattern())) {
            Matcher m = address.matcher(page);
            assertTrue(m.matches());
            YearMonth month = m.group(2) == null ? b.current() : YearMonth.parse(m.group(2));
            Document d = parse(b.site().resolve(page));
            assertEquals(1, d.select("table.compare caption").size(), page + ": the table has a caption");
            for (Map.Entry<Element, String> e : kpiCells(d).entrySet()) {
                // The sub-unit is the row's, the KPI the column's: a cell repeats neither.
                Element td = e.getKey();
                String kpi = e.getValue();
                String unit = td.parent().attr("data-unit");
                JsonNode k = exported(b, unit, kpi, month);
                if (!td.hasAttr("data-order")) {
                    assertEquals(null, k, page + ": " + unit + " has " + kpi);
                    assertEquals(expectedAbsent(b), td.text(), page + ": a screen reader hears why " + unit + "/" + kpi + " is empty");
                    continue;
                }
                assertNotNull(k, page + ": no export of " + unit + "/" + kpi);
                assertEquals(StatusSpans.className(k.get("status").asText()), td.selectFirst(StatusSpans.ANY).className(),
                        page + ": " + unit + "/" + kpi);
                // The cell's link is the value explained: the row's sub-unit's page of the column's KPI.
                assertEquals(unit + "/kpi/" + kpi + ".html", b.site().relativize(b.site().resolve(page).getParent()
                        .resolve(td.selectFirst("> a").attr("href")).normalize()).toString().replace('\\', '/'), page);
                cells++;
            }
        }
        assertTrue(cells > 20, cells + " cells checked");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void everyRankingRunsBestToWorstByItsKpisDirection(Baked b) throws IOException {
        Set<Direction> seen = EnumSet.noneOf(Direction.class);
        Pattern address = Pattern.compile("([^/]+)/compare/([^/]+)\\.html");
        for (String page : pages(b.site(), address.pattern())) {
            Matcher m = address.matcher(page);
            assertTrue(m.matches());
            String parent = m.group(1);
            String kpi = m.group(2);
            List<String> expectedUnits = new ArrayList<>();
            Direction direction = null;
            for (Unit sub : b.project().organisation().unit(parent).units()) {
                Scorecard card = b.project().scorecards().get(sub.id());
                Kpi k = card == null ? null : card.kpis().get(kpi);
                if (k != null) {
                    expectedUnits.add(sub.id());
                    direction = direction == null ? k.direction() : direction;
                }
            }
            seen.add(direction);
            List<Element> rows = parse(b.site().resolve(page)).select("table.ranking tbody tr");
            // Without JavaScript the column's order is this ranking: the column heading links here.
            Element heading = parse(b.site().resolve(parent + "/compare.html")).selectFirst("table.compare th[data-kpi=" + kpi + "] > a");
            assertNotNull(heading, parent + "/compare.html: the " + kpi + " column links to its ranking");
            assertEquals(parent + "/compare/" + kpi + ".html", b.site().relativize(b.site().resolve(parent).resolve(heading.attr("href")).normalize())
                    .toString().replace('\\', '/'), "the " + kpi + " column's order");
            List<String> byOrder = kpiCells(parse(b.site().resolve(parent + "/compare.html"))).entrySet().stream()
                    .filter(e -> e.getValue().equals(kpi) && e.getKey().hasAttr("data-order")).map(Map.Entry::getKey)
                    .sorted(Comparator.comparingInt(td -> Integer.parseInt(td.attr("data-order"))))
                    .map(td -> td.parent().attr("data-unit")).toList();
            assertEquals(rows.stream().map(r -> r.attr("data-unit")).toList(), byOrder,
                    "the script's order of the " + kpi + " column (data-order) is the ranking's");
            assertEquals(new TreeSet<>(expectedUnits), new TreeSet<>(rows.stream().map(r -> r.attr("data-unit")).toList()), page);
            BigDecimal before = null;
            boolean unvalued = false;
            for (Element r : rows) {
                JsonNode value = exported(b, r.attr("data-unit"), kpi, b.current()).get("value");
                assertEquals(exported(b, r.attr("data-unit"), kpi, b.current()).get("status").asText(), r.attr("data-status"), page);
                // Columns by position: 1 rank, 2 the sub-unit (the row's header), 3 value, 4 target, 5 performance.
                assertEquals(List.of("td", "th", "td", "td", "td"), r.children().stream().map(Element::tagName).toList(), page);
                assertEquals(StatusSpans.className(r.attr("data-status")), r.child(4).selectFirst(StatusSpans.ANY).className(), page);
                assertEquals(r.attr("data-unit") + "/kpi/" + kpi + ".html", b.site().relativize(b.site().resolve(page).getParent()
                        .resolve(r.child(2).selectFirst("a").attr("href")).normalize()).toString().replace('\\', '/'), page);
                if (value.isNull()) {
                    unvalued = true;
                    assertEquals("", r.child(0).text(), page + ": a unit without a value has no rank");
                    continue;
                }
                assertFalse(unvalued, page + ": a unit with a value after one without");
                BigDecimal v = value.decimalValue();
                if (before != null) {
                    int c = v.compareTo(before);
                    assertTrue(direction == Direction.LOWER ? c >= 0 : c <= 0, page + ": " + before + " then " + v + " (" + direction + ")");
                }
                before = v;
            }
        }
        assertEquals(EnumSet.allOf(Direction.class), seen, "rankings of both directions were checked");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void theChangeReportListsExactlyTheKpisWhoseStatusDiffersFromThePreviousPeriodsExport(Baked b) {
        Document report = parse(b.site().resolve("reports/changes.html"));
        Set<String> listed = new TreeSet<>();
        for (Element section : report.select("section.changes-unit")) {
            String unit = section.id().substring("unit-".length());
            for (Element tr : section.select("tbody tr")) {
                assertEquals(unit, tr.attr("data-unit"), "grouped by unit");
                listed.add(unit + "/" + tr.attr("data-kpi"));
            }
        }
        Set<String> expected = new TreeSet<>();
        for (String unit : b.project().scorecards().keySet()) {
            expected.addAll(changed(b, unit, b.current(), true));
        }
        assertFalse(expected.isEmpty(), "something changed");
        assertEquals(expected, listed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void eachScorecardsSectionListsItsKpisWhoseStatusChangedAndTheEntryPageCountsThem(Baked b) {
        Document entry = parse(b.site().resolve("index.html"));
        for (String unit : b.project().scorecards().keySet()) {
            for (YearMonth month : List.of(b.current(), b.current().minusMonths(1))) {
                String page = month.equals(b.current()) ? unit + "/index.html" : unit + "/" + month + "/index.html";
                Set<String> listed = new TreeSet<>();
                Map<String, String> now = statuses(b, unit, month);
                Map<String, String> before = statuses(b, unit, month.minusMonths(1));
                // A row carries data-unit only for another unit's KPI, as the scorecard's KPI rows do.
                for (Element tr : parse(b.site().resolve(page)).select("#changes tbody tr")) {
                    String ref = (tr.hasAttr("data-unit") ? tr.attr("data-unit") : unit) + "/" + tr.attr("data-kpi");
                    listed.add(ref);
                    List<String> shown = tr.select("td " + StatusSpans.ANY).eachAttr("class");
                    assertEquals(StatusSpans.className(now.get(ref)), shown.get(1), page + " " + ref + ": the status now");
                    if (before.containsKey(ref)) {
                        assertEquals(StatusSpans.className(before.get(ref)), shown.get(0), page + " " + ref + ": the status before");
                    }
                }
                assertEquals(changed(b, unit, month, false), listed, page);
            }
            Element line = entry.selectFirst("a[href='reports/changes.html#unit-" + unit + "']");
            int own = changed(b, unit, b.current(), true).size();
            if (own == 0) {
                assertEquals(null, line, unit + " has no changes to count");
            } else {
                int counted = Pattern.compile("\\d+").matcher(line.text()).results().mapToInt(r -> Integer.parseInt(r.group())).sum();
                assertEquals(own, counted, unit + ": " + line.text());
            }
        }
    }

    @Test
    void aReferencedKpisRowCarriesItsUnitAndTheUnitsOwnRowsDoNot() {
        Baked b = SITES.get("example");
        Document d = parse(b.site().resolve("800/index.html"));
        int referenced = 0;
        for (JsonNode k : export(b, "800", b.current()).get("kpis")) {
            String unit = k.get("unit").asText();
            String id = k.get("id").asText();
            if (unit.equals("800")) {
                assertFalse(d.select("table.kpis tr[data-kpi='" + id + "']:not([data-unit])").isEmpty(), "800's own " + id);
            } else {
                assertFalse(d.select("table.kpis tr[data-unit='" + unit + "'][data-kpi='" + id + "']").isEmpty(), unit + "/" + id);
                referenced++;
            }
        }
        assertTrue(referenced > 10, "the department's scorecard refers to its sections' KPIs");
        for (Element tr : d.select("table.kpis tr[data-unit]")) {
            assertFalse(tr.attr("data-unit").equals("800"), "only another unit's KPI carries data-unit");
        }
    }

    @Test
    void countsAgreeWithTheirNounOnThePages() {
        Document entry = parse(SITES.get("example").site().resolve("index.html"));
        String all = entry.select("ul.tree .meta").text();
        assertFalse(Pattern.compile("\\b1 (grønne|gule|røde|nye)\\b").matcher(all).find(), all);
        assertFalse(Pattern.compile("\\b([02-9]|\\d\\d+) (grønn|gul|rød|ny rød)\\b").matcher(all).find(), all);
        assertTrue(all.contains("1 ny rød") || all.contains("1 gul") || all.contains("1 rød"), all);
    }

    @Test
    void aRankingIsNamedByItsNewestFigureAndStaysByteForByteUntilOneChanges() throws IOException {
        // 37 months from 2023-01: baked as of December 2025 and of January 2026, which brings monthly figures only.
        Path project = tmp.resolve("ranking-months");
        SampleProject.generate(project, 12, 8, 37, 1);
        Path december = tmp.resolve("ranking-2025-12");
        Path january = tmp.resolve("ranking-2026-01");
        for (String[] bake : List.of(new String[] {"2025-12", december.toString()}, new String[] {"2026-01", january.toString()})) {
            StringWriter err = new StringWriter();
            assertEquals(0, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                    "build", "--project", project.toString(), "--out", bake[1], "--period", bake[0], "-q"), err.toString());
        }
        List<String> yearly = pages(january, "[^/]+/compare/employee-survey\\.html");
        List<String> monthly = pages(january, "[^/]+/compare/sick-leave\\.html");
        assertFalse(yearly.isEmpty(), "the sample has rankings of a yearly KPI");
        assertEquals(yearly.size(), monthly.size());
        for (String page : yearly) {
            Document d = parse(january.resolve(page));
            assertTrue(d.selectFirst("p.lead").text().contains("etter Medarbeiderundersøkelsen for 2025,"), page + ": " + d.selectFirst("p.lead").text());
            assertTrue(d.selectFirst("footer").text().startsWith("Tall per 2025 "), page + ": " + d.selectFirst("footer").text());
            assertEquals(Files.readString(december.resolve(page)), Files.readString(january.resolve(page)),
                    page + ": no yearly figure came in January, so the ranking is as it was");
        }
        for (String page : monthly) {
            assertTrue(parse(december.resolve(page)).selectFirst("p.lead").text().contains(" for desember 2025,"), page);
            assertTrue(parse(january.resolve(page)).selectFirst("p.lead").text().contains(" for januar 2026,"), page);
        }
    }
}
