package no.scorebake.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Every kind of page of the example (in the default theme and in the example municipality theme
 * of themes/kommune) and of a hostile fixture, opened from file:// in Chromium: no axe-core
 * violation of the WCAG 2.0/2.1 A and AA rules, and the checks axe cannot make.
 */
@ExtendWith(ScreenshotOnFailure.class)
class AccessibilityBrowserIT {

    /** The sites read: the example, the example in the kommune theme, the hostile fixture. */
    static final List<String> SITES = List.of("example", "kommune", "hostile");

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

    static Stream<Arguments> pages() {
        List<Arguments> all = new ArrayList<>();
        for (String site : SITES) {
            PageTypes.of(Sites.named(site)).forEach((kind, page) -> all.add(Arguments.of(site, kind, page)));
        }
        all.sort((a, b) -> (a.get()[0] + " " + a.get()[1]).compareTo(b.get()[0] + " " + b.get()[1]));
        return all.stream();
    }

    private static void open(String site, String page) {
        browser.open(Sites.named(site).resolve(page).toUri().toString());
    }

    @Test
    void everyKindOfPageIsThere() {
        Set<String> want = new LinkedHashSet<>(PageTypes.KINDS.keySet());
        for (String site : SITES) {
            assertEquals(want, PageTypes.of(Sites.named(site)).keySet(), site);
        }
        open("example", "index.html");
        System.out.println("axe-core " + Axe.VERSION + " rules for " + Axe.TAGS + ": " + Axe.rules(browser));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("pages")
    void axeFindsNoWcagViolation(String site, String kind, String page) {
        open(site, page);
        browser.screenshot(site + "-" + kind);
        List<String> violations = Axe.violations(browser);
        assertEquals(List.of(), violations, page + " of the " + site + " site:\n" + String.join("\n", violations));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("pages")
    void statusIsNeverColourAlone(String site, String kind, String page) {
        open(site, page);
        List<String> problems = PageChecks.statusNotByColourAlone(browser);
        assertEquals(List.of(), problems, page + ":\n" + String.join("\n", problems));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("pages")
    void graphicsStandOutAtThreeToOne(String site, String kind, String page) {
        open(site, page);
        List<String> problems = PageChecks.graphicsContrast(browser);
        assertEquals(List.of(), problems, page + ":\n" + String.join("\n", problems));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("pages")
    void everyChartHasATextAlternativeAndADataTable(String site, String kind, String page) {
        open(site, page);
        List<String> problems = PageChecks.chartsHaveTables(browser);
        assertEquals(List.of(), problems, page + ":\n" + String.join("\n", problems));
        if ("kpi".equals(kind)) {
            Long charts = browser.js("return document.querySelectorAll('figure.chart svg').length;");
            assertTrue(charts > 0, "a KPI page shows its chart");
        }
    }

    /**
     * At the browser's 1280 pixels, and in a 1024-pixel window, no page is wider than the
     * window: a reader never scrolls the page sideways to find a scorecard's last columns (a
     * table too wide for the window scrolls in its own box). The elements past the right edge
     * are named.
     */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("pages")
    void noPageScrollsSideways(String site, String kind, String page) {
        open(site, page);
        List<String> wide = new ArrayList<>(sideways());
        browser.width(1024);
        try {
            wide.addAll(sideways());
        } finally {
            browser.windowWidth();
        }
        assertEquals(List.of(), wide, page + " of the " + site + " site scrolls sideways:\n" + String.join("\n", wide));
    }

    /** What reaches past the right edge of the window, when the page is wider than the window. */
    private static List<String> sideways() {
        return browser.js("""
                var w = document.documentElement.clientWidth, out = [];
                if (document.documentElement.scrollWidth <= w) { return out; }
                document.querySelectorAll('body *').forEach(function (e) {
                  var r = e.getBoundingClientRect();
                  if (r.right > w + 1 && out.length < 5) { out.push(e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
                      + ' reaches ' + Math.round(r.right) + ' px of ' + w); }
                });
                return out.length ? out : ['the page is ' + document.documentElement.scrollWidth + ' px wide, the window ' + w];
                """);
    }

    /** The lines and status marks of every chart on the page, measured in the pixels the browser drew. */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("pages")
    void chartLinesAndMarksStandOutAtThreeToOne(String site, String kind, String page) throws Exception {
        open(site, page);
        List<WebElement> charts = browser.driver.findElements(By.cssSelector("figure.chart svg"));
        List<String> faint = new ArrayList<>();
        for (int i = 0; i < charts.size(); i++) {
            Path png = browser.screenshot(charts.get(i), "chart-" + site + "-" + page + "-" + i);
            Map<String, Double> drawn = ChartPixels.drawnColours(png);
            assertTrue(drawn.size() >= 2, png + ": a line and its marks are drawn: " + drawn);
            faint.addAll(ChartPixels.tooFaint(png));
        }
        assertEquals(List.of(), faint, page + ": chart colours below 3:1");
    }

    /** Tabs through the page from its top as a keyboard user does; every stop must show a ring that stands out at 3:1. */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("pages")
    void keyboardFocusIsVisible(String site, String kind, String page) {
        open(site, page);
        List<String> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < 60; i++) {
            if (i == 0) {
                browser.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            } else {
                new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            }
            List<String> ring = browser.js(PageChecks.FOCUS_RING);
            if (ring == null) {
                break;
            }
            seen.add(ring.get(0));
            if (!ring.get(1).isEmpty()) {
                problems.add(ring.get(0) + ": " + ring.get(1));
            }
        }
        assertTrue(seen.size() >= 3, "the keyboard reaches the skip link, the search and the navigation: " + seen);
        assertEquals(List.of(), problems.stream().distinct().toList(), page + ":\n" + String.join("\n", problems));
    }
}
