package no.scorebake.address;

import java.time.YearMonth;
import no.scorebake.model.KpiKey;
import no.scorebake.model.Period;

/**
 * The addresses of the site's pages and files, each relative to the site's top ({@code 810/kpi/x.html}),
 * and the relative links between them. Every link in the site is relative, so that the site works
 * from {@code file://}, a file share and any sub-folder of a web server: a page links another
 * through {@link #link} (or prefixes a path with its {@link #rootOf root}), never by a path of its own.
 */
public final class Addresses {

    /** The entry page: the unit tree, the news and the reports. */
    public static final String ENTRY = "index.html";

    /** The search page. */
    public static final String SEARCH = "search.html";

    /** The search page's index of units, objectives, factors and KPIs, as a script. */
    public static final String SEARCH_INDEX = "search/index.js";

    /** The list of the site's months that the theme's {@code periods.js} reads on every month's page. */
    public static final String PERIODS_SCRIPT = "data/periods.js";

    /** The feed of the whole site. */
    public static final String SITE_FEED = "feed.xml";

    /** The report of deviations across the site. */
    public static final String DEVIATIONS = "reports/deviations.html";

    /** The report of missing figures across the site. */
    public static final String MISSING = "reports/missing.html";

    /** The report of changes across the site. */
    public static final String CHANGES = "reports/changes.html";

    private static final String ASSETS = "assets/";

    private Addresses() {
    }

    /** A file of the theme's {@code assets/} folder ({@code assets/style.css}). */
    public static String asset(String name) {
        return ASSETS + name;
    }

    /** The folder of a unit's pages ({@code 810/}). */
    public static String unitFolder(String unit) {
        return unit + "/";
    }

    /** A unit's scorecard for the current month ({@code 810/index.html}). */
    public static String scorecard(String unit) {
        return unitFolder(unit) + "index.html";
    }

    /** A unit's scorecard for a month ({@code 810/2005-06/index.html}), the same page whether or not the month is the current one. */
    public static String scorecard(String unit, YearMonth month) {
        return unitFolder(unit) + label(month) + "/index.html";
    }

    /** A unit's overview of every month. */
    public static String periods(String unit) {
        return unitFolder(unit) + "periods.html";
    }

    /** A unit's strategy map. */
    public static String map(String unit) {
        return unitFolder(unit) + "map.html";
    }

    /** A unit's hierarchy view (perspective → objective → factor → KPI). */
    public static String hierarchy(String unit) {
        return unitFolder(unit) + "hierarchy.html";
    }

    /** A unit's initiatives. */
    public static String initiatives(String unit) {
        return unitFolder(unit) + "initiatives.html";
    }

    /** The comparison of a unit's sub-units in the current month. */
    public static String compare(String unit) {
        return unitFolder(unit) + "compare.html";
    }

    /** The comparison of a unit's sub-units in a month. */
    public static String compare(String unit, YearMonth month) {
        return unitFolder(unit) + label(month) + "/compare.html";
    }

    /** The ranking of a unit's sub-units by one KPI ({@code 800/compare/kpi.html}). */
    public static String ranking(String unit, String kpi) {
        return unitFolder(unit) + "compare/" + kpi + ".html";
    }

    /** A unit's own deviations report (for it and every unit under it). */
    public static String deviations(String unit) {
        return unitFolder(unit) + "deviations.html";
    }

    /** A unit's own changes report (for it and every unit under it). */
    public static String changes(String unit) {
        return unitFolder(unit) + "changes.html";
    }

    /** A unit's monthly report as PDF ({@code 810/report-2005-06.pdf}). */
    public static String monthReport(String unit, YearMonth month) {
        return unitFolder(unit) + "report-" + label(month) + ".pdf";
    }

    /** A unit's feed. */
    public static String feed(String unit) {
        return unitFolder(unit) + "feed.xml";
    }

    /** A KPI's page in its own unit's folder ({@code 810/kpi/x.html}). */
    public static String kpi(KpiKey key) {
        return unitFolder(key.unit()) + "kpi/" + key.kpi() + ".html";
    }

    /** A unit's scorecard of a month as JSON ({@code data/810/2005-06.json}). */
    public static String json(String unit, YearMonth month) {
        return exports(unit, month) + ".json";
    }

    /** A unit's scorecard of a month as CSV ({@code data/810/2005-06.csv}). */
    public static String csv(String unit, YearMonth month) {
        return exports(unit, month) + ".csv";
    }

    /** A survey's page of results. */
    public static String survey(String id) {
        return "surveys/" + id + "/index.html";
    }

    /** An editorial page written in {@code content/} ({@code content/a/b.md} → {@code pages/a/b.html}). */
    public static String editorial(String contentFile) {
        String under = contentFile.substring("content/".length());
        int dot = under.lastIndexOf('.');
        return "pages/" + under.substring(0, dot) + ".html";
    }

    /** The id of an objective's part of its unit's scorecard ({@code obj-delivery}). */
    public static String objectiveAnchor(String id) {
        return "obj-" + id;
    }

    /** The id of a factor's part of its unit's scorecard. */
    public static String factorAnchor(String id) {
        return "factor-" + id;
    }

    /** The id of an initiative's row on its unit's page of initiatives. */
    public static String initiativeAnchor(String id) {
        return "init-" + id;
    }

    /** An objective on its unit's current scorecard ({@code 810/index.html#obj-delivery}). */
    public static String objective(String unit, String id) {
        return scorecard(unit) + "#" + objectiveAnchor(id);
    }

    /** A factor on its unit's current scorecard. */
    public static String factor(String unit, String id) {
        return scorecard(unit) + "#" + factorAnchor(id);
    }

    /** An initiative on its unit's page of initiatives. */
    public static String initiative(String unit, String id) {
        return initiatives(unit) + "#" + initiativeAnchor(id);
    }

    /** The relative root of the page at this site-relative path ({@code 810/kpi/x.html} → {@code ../../}). */
    public static String rootOf(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /**
     * The shortest relative link from the page at site-relative {@code from} to the file at
     * site-relative {@code to} ({@code 810/2005-06/index.html} to {@code 810/kpi/x.html} →
     * {@code ../kpi/x.html}): a page repeated thousands of times links to its own unit's pages
     * without climbing to the root and back.
     */
    public static String link(String from, String to) {
        int common = commonFolder(from, to).length();
        return rootOf(from.substring(common)) + to.substring(common);
    }

    /**
     * The folder both site-relative paths lie in, ending in {@code /} ({@code 810/2005-06/index.html}
     * and {@code 810/kpi/x.html} → {@code 810/}), or empty when they share none.
     */
    public static String commonFolder(String a, String b) {
        int common = 0;
        for (int i = 0; i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i); i++) {
            if (a.charAt(i) == '/') {
                common = i + 1;
            }
        }
        return a.substring(0, common);
    }

    /** A unit's exports of a month without the extension ({@code data/810/2005-06}). */
    private static String exports(String unit, YearMonth month) {
        return "data/" + unit + "/" + label(month);
    }

    private static String label(YearMonth month) {
        return Period.month(month).label();
    }
}
