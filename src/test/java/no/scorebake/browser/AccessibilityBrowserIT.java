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
import no.scorebake.testkit.Contrast;
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
 * violation of the WCAG 2.0/2.1/2.2 A and AA rules in a 1280-pixel window and on a 360-pixel
 * phone, nor of its contrast rule in the dark colour scheme, and the checks axe cannot make.
 */
@ExtendWith(ScreenshotOnFailure.class)
class AccessibilityBrowserIT {

    /** A phone's width in CSS pixels, the narrowest a page is laid out for. */
    static final int PHONE = 360;

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

    /** The same rules on a phone, where the menu is one control and the tables are lists. */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("pages")
    void axeFindsNoWcagViolationOnAPhone(String site, String kind, String page) {
        open(site, page);
        browser.width(PHONE);
        try {
            List<String> violations = Axe.violations(browser);
            assertEquals(List.of(), violations, page + " of the " + site + " site at " + PHONE + " px:\n" + String.join("\n", violations));
        } finally {
            browser.windowWidth();
        }
    }

    /**
     * A reader whose system asks for dark pages gets one: the page's background is dark, its
     * text stands out at 4.5:1 (axe's contrast rule, which reads the colours the browser
     * computed), its status marks, sparklines and map boxes at 3:1. Printed, the page stays
     * light whatever the reader's preference.
     */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("pages")
    void darkSchemeIsDarkAndReadable(String site, String kind, String page) {
        open(site, page);
        List<String> problems = new ArrayList<>();
        try {
            browser.colourScheme("dark", "");
            double dark = browser.<Number>js(PageChecks.COLOUR + "return lum(backdrop(document.querySelector('main')));").doubleValue();
            if (dark > 0.05) {
                problems.add("the page's background is not dark (luminance " + dark + ")");
            }
            browser.screenshot("dark-" + site + "-" + kind);
            problems.addAll(Axe.violationsOf(browser, "color-contrast"));
            problems.addAll(PageChecks.graphicsContrast(browser));
            browser.colourScheme("dark", "print");
            double printed = browser.<Number>js(PageChecks.COLOUR + "return lum(backdrop(document.querySelector('main')));").doubleValue();
            if (printed < 0.9) {
                problems.add("printed in the dark scheme the page is not light (luminance " + printed + ")");
            }
        } finally {
            browser.media("");
        }
        assertEquals(List.of(), problems, page + " of the " + site + " site in the dark scheme:\n" + String.join("\n", problems));
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
     * At the browser's 1280 pixels, in a 1024-pixel window and on a 360-pixel phone, no page is
     * wider than the window: a reader never scrolls the page sideways to find a scorecard's last
     * columns (on a phone its rows are blocks; the comparison's table and the strategy map scroll
     * in their own box). The elements past the right edge are named.
     */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("pages")
    void noPageScrollsSideways(String site, String kind, String page) {
        open(site, page);
        List<String> wide = new ArrayList<>(sideways());
        try {
            for (int width : new int[] {1024, PHONE}) {
                browser.width(width);
                wide.addAll(sideways());
            }
        } finally {
            browser.windowWidth();
        }
        assertEquals(List.of(), wide, page + " of the " + site + " site scrolls sideways:\n" + String.join("\n", wide));
    }

    /**
     * On a phone, a table's caption in a box that scrolls sideways (the comparison, a report's
     * summary) wraps within the box's visible width instead of running on past its edge, where a
     * reader sees half a sentence until they scroll.
     */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("pages")
    void captionsFitTheirBoxOnAPhone(String site, String kind, String page) {
        open(site, page);
        List<String> cut;
        try {
            browser.width(PHONE);
            cut = browser.js("""
                    var out = [];
                    document.querySelectorAll('.table-scroll caption').forEach(function (c) {
                      var box = c.closest('.table-scroll').getBoundingClientRect(), r = c.getBoundingClientRect();
                      if (r.width > 0 && r.right > box.right + 1) {
                        out.push('caption "' + c.textContent.trim() + '" reaches ' + Math.round(r.right) + ' px, its box ' + Math.round(box.right));
                      }
                    });
                    return out;
                    """);
        } finally {
            browser.windowWidth();
        }
        assertEquals(List.of(), cut, page + " of the " + site + " site");
    }

    /** An empty table cell is not tinted: a tint with nothing in it reads as a figure that went missing. */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("pages")
    void noEmptyCellIsTinted(String site, String kind, String page) {
        open(site, page);
        List<String> tinted = browser.js("""
                var out = [];
                document.querySelectorAll('td').forEach(function (td) {
                  if (td.textContent.trim() === '' && td.children.length === 0) {
                    var bg = getComputedStyle(td).backgroundColor;
                    if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent' && out.length < 5) {
                      var tr = td.parentElement;
                      out.push((tr.dataset.kpi || tr.rowIndex) + ' column ' + (td.cellIndex + 1) + ': ' + bg);
                    }
                  }
                });
                return out;
                """);
        assertEquals(List.of(), tinted, page + " of the " + site + " site");
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

    /** The lines and status marks of every chart on the page, measured in the pixels the browser drew, in the light and the dark scheme. */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("pages")
    void chartLinesAndMarksStandOutAtThreeToOne(String site, String kind, String page) throws Exception {
        open(site, page);
        List<String> faint = new ArrayList<>();
        try {
            for (String scheme : List.of("light", "dark")) {
                browser.colourScheme(scheme, "");
                List<WebElement> charts = browser.driver.findElements(By.cssSelector("figure.chart svg"));
                for (int i = 0; i < charts.size(); i++) {
                    Path png = browser.screenshot(charts.get(i), "chart-" + scheme + "-" + site + "-" + page + "-" + i);
                    Map<String, Double> drawn = ChartPixels.drawnColours(png);
                    assertTrue(drawn.size() >= 2, png + ": a line and its marks are drawn: " + drawn);
                    if ("dark".equals(scheme)) {
                        assertTrue(Contrast.luminance(ChartPixels.background(png)) < 0.05, png + ": the chart is drawn on a dark background");
                    }
                    faint.addAll(ChartPixels.tooFaint(png));
                }
            }
        } finally {
            browser.media("");
        }
        assertEquals(List.of(), faint, page + ": chart colours below 3:1");
    }

    /** Tabs through the page from its top as a keyboard user does; every stop must show a ring that stands out at 3:1. */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("pages")
    void keyboardFocusIsVisible(String site, String kind, String page) {
        open(site, page);
        List<String> problems = new ArrayList<>();
        Set<String> seen = tabThrough(problems, false);
        assertTrue(seen.size() >= 3, "the keyboard reaches the skip link, the search and the navigation: " + seen);
        assertEquals(List.of(), problems.stream().distinct().toList(), page + ":\n" + String.join("\n", problems));
    }

    /**
     * Tabs through the page on a 360-pixel phone: every stop shows its ring and is not hidden
     * under something that stays in place while the page scrolls (WCAG 2.2, 2.4.11): the
     * browser is asked what is drawn at the focused element's centre and corners, and a sticky
     * or fixed element there that is not the focused one (nor holds it) hides it.
     */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("pages")
    void focusIsNeitherInvisibleNorHiddenOnAPhone(String site, String kind, String page) {
        open(site, page);
        List<String> problems = new ArrayList<>();
        Set<String> seen;
        browser.width(PHONE);
        try {
            seen = tabThrough(problems, true);
        } finally {
            browser.windowWidth();
        }
        assertTrue(seen.size() >= 3, "the keyboard reaches the skip link, the search and the menu: " + seen);
        assertEquals(List.of(), problems.stream().distinct().toList(), page + " at " + PHONE + " px:\n" + String.join("\n", problems));
    }

    /**
     * Presses Tab up to 60 times from the top of the open page, adding to {@code problems} each
     * stop whose ring is missing or faint and, when {@code hidden} is asked for, each stop covered
     * by a sticky or fixed element; returns the stops reached, in order.
     */
    private static Set<String> tabThrough(List<String> problems, boolean hidden) {
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
            String covered = hidden ? browser.js(PageChecks.FOCUS_HIDDEN) : "";
            if (!covered.isEmpty()) {
                problems.add(ring.get(0) + ": " + covered);
            }
        }
        return seen;
    }
}
