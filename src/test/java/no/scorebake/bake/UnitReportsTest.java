package no.scorebake.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.scorebake.address.Addresses;
import no.scorebake.testkit.TestProject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A department's own reports ({@code <unit>/deviations.html}, {@code <unit>/changes.html}) list
 * exactly the KPIs of the unit and the units under it; the site's reports sum the units up and
 * link down to them; the early warning lists exactly the KPIs that are not red this month but
 * whose year outlook is. Read as a reader sees the pages, with jsoup.
 */
class UnitReportsTest {

    @TempDir
    static Path dir;
    static Path site;

    /**
     * Two top units: A over A1 and A2, B over B1. Each section has a KPI red in August ("r"),
     * one green all year ("g"), one that changed from red in July to green, well ahead for the year ("c"). A1's "e" is green in
     * August after seven red months, so its year outlook is red (an early warning); A2's "f" is
     * red in August with a red outlook (a deviation, not an early warning).
     */
    @BeforeAll
    static void bake() {
        TestProject p = new TestProject(dir.resolve("p")).file("model/organisation.yaml", """
                units:
                  - id: A
                    name: Avdeling A
                    units:
                      - { id: A1, name: Seksjon A1 }
                      - { id: A2, name: Seksjon A2 }
                  - id: B
                    name: Avdeling B
                    units:
                      - { id: B1, name: Seksjon B1 }
                """);
        StringBuilder data = new StringBuilder("scorecard,kpi,period,value,target,comment\n");
        for (String unit : List.of("A1", "A2", "B1")) {
            p.scorecard(unit, """
                    - { id: r, name: Rød %1$s, unit: count, target: 100, owner: Eier %1$s }
                    - { id: g, name: Grønn %1$s, unit: count, target: 100 }
                    - { id: c, name: Bedre %1$s, unit: count, target: 100 }
                    - { id: e, name: Prognose %1$s, unit: count, target: 100, owner: Eier %1$s }
                    """.formatted(unit), "r", "g", "c", "e");
            for (int m = 1; m <= 8; m++) {
                String month = "2005-0" + m;
                data.append(unit).append(",r,").append(month).append(",100,,\n".replace("100", m == 8 ? "50" : "100"));
                data.append(unit).append(",g,").append(month).append(",100,,\n");
                data.append(unit).append(",c,").append(month).append(m == 8 ? ",100,,\n" : m == 7 ? ",50,,\n" : ",150,,\n");
                String e = switch (unit) {
                    case "A1" -> m == 8 ? "100,,Bedre nå" : "50,,";    // green now, outlook red
                    case "A2" -> "50,,";                                 // red now, outlook red
                    default -> "100,,";                                  // green, outlook green
                };
                data.append(unit).append(",e,").append(month).append(',').append(e).append('\n');
            }
        }
        p.file("model/data/all.csv", data.toString());
        TestProject.Run run = p.run("build");
        assertEquals(0, run.exit(), run.err());
        site = p.root().resolve("site");
    }

    private static Document page(String path) throws Exception {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    /** The KPIs a report's main table lists, as unit/kpi. */
    private static List<String> listed(Document d, String table) {
        List<String> keys = new ArrayList<>();
        for (Element row : d.select(table + " tr[data-kpi]")) {
            keys.add(row.attr("data-unit") + "/" + row.attr("data-kpi"));
        }
        return keys;
    }

    @Test
    void aDepartmentsDeviationsAreExactlyItsSubtreesRedKpis() throws Exception {
        assertEquals(List.of("A1/r", "A2/r", "A2/e"), listed(page("A/deviations.html"), "table.deviations"));
        assertEquals(List.of("B1/r"), listed(page("B/deviations.html"), "table.deviations"));
        assertEquals(List.of("A1/r", "A2/r", "A2/e", "B1/r"), listed(page("reports/deviations.html"), "table.deviations"));
        assertEquals("Avviksrapport – Avdeling A", page("A/deviations.html").selectFirst("h1").text());
        assertTrue(Files.notExists(site.resolve("A1/deviations.html")), "a unit without sub-units has its scorecard, no report");
    }

    @Test
    void aDepartmentsChangesAreExactlyItsSubtreesChanges() throws Exception {
        Document a = page("A/changes.html");
        assertEquals(List.of("A1/r", "A1/c", "A1/e", "A2/r", "A2/c"), listed(a, "table.changes"));
        assertEquals(List.of("Seksjon A1", "Seksjon A2"), a.select("section.changes-unit h2 a").eachText());
        assertEquals(List.of("B1/r", "B1/c"), listed(page("B/changes.html"), "table.changes"));
        assertEquals(listed(page("reports/changes.html"), "table.changes"), List.of("A1/r", "A1/c", "A1/e", "A2/r", "A2/c", "B1/r", "B1/c"));
    }

    @Test
    void theSitesSummaryCountsEachTopUnitAndTheUnitsUnderItAndLinksTheirReports() throws Exception {
        Document d = page("reports/deviations.html");
        List<String> rows = new ArrayList<>();
        for (Element tr : d.select("table.report-summary tbody tr")) {
            Element a = tr.selectFirst("th a");
            rows.add(tr.attr("data-unit") + " " + (a == null ? "-" : a.attr("href")) + " " + tr.select("td").eachText());
        }
        // Green, yellow, red, grey, changed status, early warning.
        assertEquals(List.of(
                "A ../A/deviations.html [5, 0, 3, 0, 5, 1]",
                "A1 ../A1/index.html [3, 0, 1, 0, 3, 1]",
                "A2 ../A2/index.html [2, 0, 2, 0, 2, 0]",
                "B ../B/deviations.html [3, 0, 1, 0, 2, 0]",
                "B1 ../B1/index.html [3, 0, 1, 0, 2, 0]"), rows);
        assertEquals(List.of("nested", "nested", "nested"), d.select("table.report-summary tr.nested").eachAttr("class"));
        Document changes = page("reports/changes.html");
        assertEquals("../A/changes.html", changes.selectFirst("table.report-summary tr[data-unit=A] a").attr("href"));
        assertNull(changes.selectFirst("p.partial"), "a short list is listed whole");
        for (Element th : d.select("table.report-summary thead th")) {
            assertFalse(th.text().isBlank(), "every count's column says what it counts in words");
        }
    }

    @Test
    void theEarlyWarningListsExactlyTheKpisNotRedNowWithARedOutlook() throws Exception {
        for (String path : List.of("reports/deviations.html", "A/deviations.html")) {
            Document d = page(path);
            Element section = d.selectFirst("section#early-warning");
            assertNotNull(section, path);
            assertEquals("Tidlig varsel", section.selectFirst("h2").text());
            assertEquals(List.of("A1/e"), listed(d, "table.early"), path);
            Element row = section.selectFirst("tr[data-kpi=e]");
            assertEquals("green", row.attr("data-status"));
            assertEquals("red", row.attr("data-outlook"));
            assertEquals(PathLink.of(path, "A1/kpi/e.html"), row.selectFirst("th a").attr("href"), "linked to the KPI's page");
            assertEquals("Eier A1", row.select("td").get(1).text(), "with its owner");
            assertEquals("Bedre nå", row.select("td").get(4).text(), "and its comment");
            assertTrue(row.select("td").get(3).text().startsWith("rød 56,3"), "the outlook's status in words: " + row.select("td").get(3).text());
        }
        Document b = page("B/deviations.html");
        assertTrue(b.select("table.early").isEmpty(), "B has none");
        assertTrue(b.selectFirst("section#early-warning p").text().endsWith(": 0."), b.selectFirst("section#early-warning p").text());
    }

    @Test
    void theEntryPageCountsEarlyWarningsPerUnitInWordsAndLinksTheUnitReports() throws Exception {
        Document d = page("index.html");
        Element a1 = d.selectFirst("a[href='A1/index.html']").parent();
        Element early = a1.selectFirst(".early-line a");
        assertNotNull(early, a1.html());
        assertEquals("1 tidlig varsel", early.text());
        assertEquals("reports/deviations.html#early-warning", early.attr("href"));
        assertNull(d.selectFirst("a[href='A2/index.html']").parent().selectFirst(".early-line"), "A2's red KPI is a deviation already");
        Element a = d.selectFirst("ul.tree > li");
        assertTrue(a.select("> span.meta a").eachAttr("href").containsAll(List.of("A/deviations.html", "A/changes.html")),
                "the department's own reports: " + a.select("> span.meta a").eachAttr("href"));
    }

    @Test
    void aDepartmentsScorecardLinksItsReports() throws Exception {
        // B has no scorecard; A1 has no sub-units: neither page links unit reports. The example's 800 does (PortalTest).
        Document a1 = page("A1/index.html");
        assertTrue(a1.select(".unit-nav a[href$=deviations.html]").isEmpty(), "a section has no report of its own");
    }

    /** The link from one site-relative page to another, as the pages write it. */
    private static final class PathLink {
        static String of(String from, String to) {
            return Addresses.link(from, to);
        }
    }
}
