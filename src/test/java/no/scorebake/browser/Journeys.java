package no.scorebake.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a reader does with the example portal, in Chromium: from the entry page to a section's
 * scorecard, a KPI and back; another period; a search by a Norwegian word; a strategy-map box
 * to its objective; printing a scorecard. Every link of every page passed is followed to check
 * it leads somewhere. Subclasses say where the site is read from (file:// or serve).
 */
@ExtendWith(ScreenshotOnFailure.class)
abstract class Journeys {

    static Browser browser;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /** The address of the site's root, ending in '/'. */
    abstract String base();

    /** A short name for screenshots: "file" or "http". */
    abstract String how();

    void open(String page) {
        browser.open(base() + page);
    }

    String here() {
        return browser.driver.getCurrentUrl().substring(base().length());
    }

    String h1() {
        return browser.driver.findElement(By.tagName("h1")).getText().trim();
    }

    /** Fails when any link, image, script or stylesheet of the open page leads nowhere. */
    void linksResolve() {
        List<String> urls = browser.js("""
                var u = [];
                document.querySelectorAll('a[href], a[*|href]').forEach(function (a) {
                  u.push(new URL(a.getAttribute('href') || a.getAttributeNS('http://www.w3.org/1999/xlink', 'href'), document.baseURI).href);
                });
                document.querySelectorAll('img[src], script[src]').forEach(function (e) { u.push(e.src); });
                document.querySelectorAll('link[href]').forEach(function (e) { u.push(e.href); });
                return u;""");
        List<String> broken = new Links(base()).broken(here(), urls.stream()
                .filter(u -> !u.contains("/__scorebake/")).distinct().toList());
        assertEquals(List.of(), broken, "broken links:\n" + String.join("\n", broken));
    }

    void click(WebElement e) {
        browser.waiting().until(ExpectedConditions.elementToBeClickable(e));
        e.click();
    }

    /** The position (1, 2, …) of the comparison's column of a KPI: a cell does not name its KPI, its heading does. */
    int column(String kpi) {
        List<WebElement> headings = browser.driver.findElements(By.cssSelector("table.compare thead th"));
        for (int i = 0; i < headings.size(); i++) {
            if (kpi.equals(headings.get(i).getAttribute("data-kpi"))) {
                return i + 1;
            }
        }
        throw new AssertionError("no column of " + kpi);
    }

    @Test
    void entryToAScorecardToAKpiAndBack() {
        open("index.html");
        browser.screenshot(how() + "-entry");
        linksResolve();
        WebElement section = browser.driver.findElement(By.cssSelector("ul.tree a[href$='820/index.html']"));
        String name = section.getText().trim();
        click(section);
        assertEquals("820/index.html", here());
        assertEquals(name, h1());
        assertFalse(browser.driver.findElements(By.cssSelector("tr[data-kpi][data-status]")).isEmpty(), "KPI rows");
        browser.screenshot(how() + "-scorecard");
        linksResolve();

        WebElement kpi = browser.driver.findElement(By.cssSelector("tr[data-kpi='user-faults'] th a"));
        String kpiName = kpi.getText().trim();
        click(kpi);
        assertEquals("820/kpi/user-faults.html", here());
        assertEquals(kpiName, h1());
        assertTrue(browser.driver.findElement(By.cssSelector("figure.chart svg")).isDisplayed());
        browser.screenshot(how() + "-kpi");
        linksResolve();

        browser.driver.navigate().back();
        browser.waiting().until(d -> here().equals("820/index.html"));
        assertEquals(name, h1());
        click(browser.driver.findElement(By.cssSelector("tr[data-kpi='user-faults'] th a")));
        click(browser.driver.findElement(By.cssSelector("main > p:last-of-type a")));
        assertEquals("820/index.html", here(), "the KPI page's own way back");
    }

    /**
     * On a KPI page with notes, the keyboard reaches the chart's marks in the order of the
     * periods, each named by its period and drawn with a focus ring; Enter follows the mark to
     * the period's long note, or to its row of the table where its comment is. The page has no
     * axe violation with the links in the chart.
     */
    @Test
    void aNoteMarkOnTheChartIsReachedByKeyboardAndLeadsToTheNote() {
        open("820/kpi/user-faults.html");
        assertEquals(List.of(), Axe.violations(browser), "axe on a KPI page with notes");

        WebElement mark = tabToChart();
        assertEquals("Merknad for mars 2005", mark.getAccessibleName());
        assertEquals("link", mark.getAriaRole());
        String ring = browser.js("var r = getComputedStyle(arguments[0].querySelector('.kc-ring')); return r.stroke + ' ' + r.strokeWidth;", mark);
        assertEquals("rgb(11, 87, 208) 4px", ring, "the focused mark's ring");
        browser.screenshot(mark.findElement(By.xpath("ancestor::*[local-name()='svg']")), how() + "-chart-note-focus");
        mark.sendKeys(Keys.ENTER);
        browser.waiting().until(d -> here().endsWith("#note-2005-03"));
        WebElement note = browser.driver.findElement(By.id("note-2005-03"));
        assertEquals("article", note.getTagName());
        assertEquals("mars 2005", note.findElement(By.tagName("h3")).getText().trim());
        assertInView(note);

        open("820/kpi/user-faults.html");
        tabToChart();
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        WebElement second = browser.driver.switchTo().activeElement();
        assertEquals("Merknad for april 2005", second.getAccessibleName());
        second.sendKeys(Keys.ENTER);
        browser.waiting().until(d -> here().endsWith("#note-2005-04"));
        WebElement row = browser.driver.findElement(By.id("note-2005-04"));
        assertEquals("tr", row.getTagName());
        assertEquals("april 2005", row.findElement(By.tagName("th")).getText().trim());
        assertTrue(row.getText().contains("Høy pågang etter ferien"), "the row shows the comment: " + row.getText());
        assertInView(row);
        linksResolve();
    }

    /** Tabs from the top of the open page to the first link in the KPI chart, and returns it. */
    private WebElement tabToChart() {
        browser.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        for (int i = 0; i < 80; i++) {
            WebElement at = browser.driver.switchTo().activeElement();
            if (Boolean.TRUE.equals(browser.js("return !!arguments[0].closest('svg.kpi-chart');", at))) {
                return at;
            }
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("the keyboard never reaches the chart's marks");
    }

    private void assertInView(WebElement e) {
        Boolean inView = browser.js("var r = arguments[0].getBoundingClientRect(); return r.top >= -2 && r.top < window.innerHeight;", e);
        assertTrue(inView, "scrolled into view: " + e.getText());
    }

    @Test
    void entryToTheComparisonToARankingToASectionsKpiAndBack() {
        open("index.html");
        click(browser.driver.findElement(By.cssSelector("ul.tree a[href='800/compare.html']")));
        assertEquals("800/compare.html", here());
        assertEquals(5, browser.driver.findElements(By.cssSelector("table.compare tbody tr")).size(), "a row per section");
        // A cell's KPI is its column's: the sick-leave column's cells each show a status.
        String sickLeave = "table.compare tbody tr > :nth-child(" + column("sick-leave") + ")";
        assertFalse(browser.driver.findElements(By.cssSelector(sickLeave + " > " + no.scorebake.testkit.StatusSpans.ANY)).isEmpty());
        for (WebElement cell : browser.driver.findElements(By.cssSelector(sickLeave + "[data-order]"))) {
            assertFalse(cell.getCssValue("background-color").equals("rgba(0, 0, 0, 0)"), "a cell takes its status's tint");
        }
        browser.screenshot(how() + "-compare");
        linksResolve();

        // With JavaScript the sort link sorts the table in place, best first, then worst first.
        WebElement sort = browser.driver.findElement(By.cssSelector("th[data-kpi='sick-leave'] .sort"));
        click(sort);
        assertEquals("800/compare.html", here(), "sorted in the page");
        WebElement th = browser.driver.findElement(By.cssSelector("th[data-kpi='sick-leave']"));
        assertEquals("ascending", th.getAttribute("aria-sort"), "sick leave: lower is better, so best first is ascending");
        assertEquals("1", browser.driver.findElement(By.cssSelector(sickLeave.replace("tr >", "tr:first-child >"))).getAttribute("data-order"));
        click(sort);
        assertEquals("descending", th.getAttribute("aria-sort"));

        WebElement ranking = browser.driver.findElement(By.cssSelector("th[data-kpi='sick-leave'] > a:not(.sort)"));
        String kpiName = ranking.getText().trim();
        click(ranking);
        assertEquals("800/compare/sick-leave.html", here());
        assertTrue(h1().startsWith(kpiName), h1());
        assertEquals("1", browser.driver.findElement(By.cssSelector("table.ranking tbody tr:first-child > td:first-child")).getText().trim());
        for (WebElement performance : browser.driver.findElements(By.cssSelector("table.ranking tbody tr > :nth-child(5)"))) {
            assertFalse(performance.getCssValue("background-color").equals("rgba(0, 0, 0, 0)"), "the performance takes its status's tint");
        }
        browser.screenshot(how() + "-ranking");
        linksResolve();

        WebElement best = browser.driver.findElement(By.cssSelector("table.ranking tbody tr:first-child > :nth-child(3) a"));
        String unit = browser.driver.findElement(By.cssSelector("table.ranking tbody tr:first-child")).getAttribute("data-unit");
        click(best);
        assertEquals(unit + "/kpi/sick-leave.html", here());
        assertEquals(kpiName, h1());
        linksResolve();

        browser.driver.navigate().back();
        browser.waiting().until(d -> here().equals("800/compare/sick-leave.html"));
        click(browser.driver.findElement(By.cssSelector("main > p:last-of-type a")));
        assertEquals("800/compare.html", here(), "the ranking's own way back");
    }

    @Test
    void switchPeriodAndBackToTheCurrentOne() {
        open("820/index.html");
        String current = browser.driver.findElement(By.cssSelector(".periods .this-period strong")).getText();
        click(browser.driver.findElement(By.cssSelector(".periods a.all-periods")));
        assertEquals("820/periods.html", here());
        browser.screenshot(how() + "-periods");
        WebElement june = browser.driver.findElement(By.cssSelector(".periods-table a[href$='2005-06/index.html']"));
        String label = june.getText().trim();
        click(june);
        assertEquals("820/2005-06/index.html", here());
        assertEquals(label, browser.driver.findElement(By.cssSelector(".periods .this-period strong")).getText().trim());
        assertTrue(notice().isDisplayed(), "an earlier period says so");
        browser.screenshot(how() + "-scorecard-period");
        linksResolve();

        click(next());
        assertEquals("820/2005-07/index.html", here());
        click(notice().findElement(By.tagName("a")));
        assertTrue(here().startsWith("820/"), here());
        assertEquals(current, browser.driver.findElement(By.cssSelector(".periods .this-period strong")).getText());
        assertTrue(browser.driver.findElements(By.cssSelector(".periods .notice")).isEmpty());
    }

    /** The note that the month shown is an earlier one, which assets/periods.js adds. */
    private WebElement notice() {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".periods .notice")));
    }

    /** The link to the next month, which assets/periods.js adds. */
    private WebElement next() {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".periods a.next")));
    }

    /**
     * A month's page is written without anything of later months; the script adds the next
     * month and the note on an earlier month from data/periods.js, and adds nothing on the last
     * month's page, which is the current one. The example's months run to 2006-04.
     */
    @Test
    void theScriptAddsTheNextMonthAndTheNoteOnAnEarlierMonthOnly() {
        for (String file : List.of("index.html", "compare.html")) {
            String unit = file.equals("index.html") ? "820/" : "800/";
            open(unit + "2006-03/" + file);
            WebElement next = next();
            assertEquals("april 2006 →", next.getText().trim());
            assertTrue(next.getAttribute("href").endsWith("/" + unit + "2006-04/" + file), "the next month's page: " + next.getAttribute("href"));
            WebElement notice = notice();
            assertTrue(notice.getText().startsWith("Du ser på en tidligere periode."), notice.getText());
            assertTrue(notice.findElement(By.tagName("a")).getAttribute("href").endsWith("/" + unit + file), "the note links the current page");
            assertEquals(1, browser.driver.findElements(By.cssSelector(".periods a.next")).size(), "added once");
            List<String> order = browser.js("return Array.prototype.map.call(document.querySelectorAll('nav.periods > *'),"
                    + " function (e) { return e.className; });");
            assertEquals(file.equals("index.html") ? List.of("prev", "this-period", "all-periods", "current", "next", "notice")
                    : List.of("prev", "this-period", "current", "next", "notice", "remark"), order);
            browser.screenshot(how() + "-period-script-" + file);
            linksResolve();
            click(next);
            assertEquals(unit + "2006-04/" + file, here());
            // The last month: the page is complete once the script has loaded the list of months.
            browser.waiting().until(d -> browser.<Boolean>js("return !!window.scorebakePeriods;"));
            assertTrue(browser.driver.findElements(By.cssSelector(".periods a.next, .periods .notice")).isEmpty(),
                    "nothing added on the last month");
            assertEquals("Gjeldende periode", browser.driver.findElement(By.cssSelector(".periods a.current")).getText().trim());
            linksResolve();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sykefravær", "Brukerstøtte", "høy leveringspresisjon"})
    void searchByANorwegianWordAndOpenTheHit(String words) {
        open("index.html");
        WebElement box = browser.driver.findElement(By.id("q"));
        box.sendKeys(words, Keys.ENTER);
        browser.waiting().until(d -> here().startsWith("search.html?q="));
        browser.waiting().until(d -> !d.findElements(By.cssSelector("#search-results li a")).isEmpty()
                || !d.findElement(By.id("search-status")).getText().isEmpty());
        List<WebElement> hits = browser.driver.findElements(By.cssSelector("#search-results li a"));
        assertFalse(hits.isEmpty(), "no hit for \"" + words + "\": " + browser.driver.findElement(By.id("search-status")).getText());
        assertEquals(words, browser.driver.findElement(By.id("search-q")).getAttribute("value"), "the query stays in the box");
        String first = hits.get(0).getText().trim();
        String lower = words.toLowerCase(new Locale("nb"));
        for (String w : lower.split(" ")) {
            assertTrue(first.toLowerCase(new Locale("nb")).contains(w), "the best hit names the word: " + first);
        }
        browser.screenshot(how() + "-search");
        linksResolve();

        click(hits.get(0));
        String at = browser.driver.getCurrentUrl();
        String fragment = at.contains("#") ? at.substring(at.indexOf('#') + 1) : "";
        String shown = fragment.isEmpty() ? h1()
                : browser.driver.findElement(By.id(fragment)).findElement(By.xpath("./*[self::h1 or self::h2 or self::h3 or self::h4 or self::th][1]")).getText();
        assertTrue(shown.toLowerCase(new Locale("nb")).contains(lower.split(" ")[0]), "the hit opens \"" + first + "\", found \"" + shown + "\" at " + here());
    }

    @Test
    void aStrategyMapBoxLeadsToItsObjective() {
        open("800/map.html");
        browser.screenshot(how() + "-map");
        linksResolve();
        int boxes = browser.driver.findElements(By.cssSelector("svg.sm-map a")).size();
        assertTrue(boxes >= 10, "one box per objective: " + boxes);
        for (int i = 0; i < boxes; i += 3) {
            open("800/map.html");
            WebElement a = browser.driver.findElements(By.cssSelector("svg.sm-map a")).get(i);
            String firstWord = a.findElement(By.cssSelector("text")).getText().trim().split("\\s+")[0].replace("…", "");
            click(a);
            String at = browser.driver.getCurrentUrl();
            assertTrue(at.contains("800/index.html#"), at);
            WebElement objective = browser.driver.findElement(By.id(at.substring(at.indexOf('#') + 1)));
            String heading = objective.findElement(By.cssSelector("h3, h4")).getText();
            assertTrue(heading.startsWith(firstWord), "box \"" + firstWord + "…\" opened \"" + heading + "\"");
            Boolean inView = browser.js("var r = arguments[0].getBoundingClientRect(); return r.top >= -2 && r.top < window.innerHeight;", objective);
            assertTrue(inView, "the objective is scrolled into view");
        }
    }

    @Test
    void aPrintedScorecardLeavesOutTheNavigation() throws Exception {
        open("820/index.html");
        browser.media("print");
        try {
            for (String hidden : List.of(".site-header", ".site-footer", ".unit-nav", ".periods a", ".skip")) {
                for (WebElement e : browser.driver.findElements(By.cssSelector(hidden))) {
                    assertFalse(e.isDisplayed(), hidden + " is printed");
                }
            }
            assertTrue(browser.driver.findElement(By.tagName("h1")).isDisplayed());
            List<WebElement> rows = browser.driver.findElements(By.cssSelector("tr[data-kpi]"));
            assertFalse(rows.isEmpty());
            for (WebElement r : rows) {
                assertTrue(r.isDisplayed(), "every KPI row is printed");
            }
            browser.screenshot(how() + "-print-scorecard");
            browser.js("document.documentElement.style.filter = 'grayscale(1)';");
            browser.screenshot(how() + "-print-scorecard-greyscale");
            browser.js("document.documentElement.style.filter = '';");
        } finally {
            browser.media("");
        }
        byte[] pdf = Base64.getDecoder().decode(browser.driver.print(new PrintOptions()).getContent());
        Path file = Browser.SCREENSHOTS.resolve(how() + "-scorecard.pdf");
        Files.write(file, pdf);
        String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        long pages = text.lines().filter(l -> l.contains("/Type /Page") && !l.contains("/Pages")).count();
        assertTrue(text.startsWith("%PDF") && pages >= 1, "printed to " + file + " (" + pages + " pages)");
    }
}
