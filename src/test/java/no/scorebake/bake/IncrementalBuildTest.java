package no.scorebake.bake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.scorebake.cli.Main;
import no.scorebake.testkit.TestFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild writes only what changed: with nothing changed it writes no file at all (every
 * file keeps its inode and modification time), a changed note rewrites its own pages and
 * leaves the rest alone, and the site is the same bytes whether baked on one thread or many.
 */
class IncrementalBuildTest {

    @TempDir
    Path dir;

    private Path project;
    private Path out;

    @BeforeEach
    void copyExample() throws IOException {
        project = dir.resolve("example");
        TestFiles.copyExample(project);
        out = dir.resolve("site");
    }

    /** What the last {@link #build} said on the error stream: its phase lines. */
    private String phases = "";

    private String build(String... extra) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        String[] args = Stream.concat(Stream.of("build", "--project", project.toString(), "--out", out.toString()),
                Stream.of(extra)).toArray(String[]::new);
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), args);
        assertEquals(0, code, e.toString());
        phases = e.toString();
        return o.toString();
    }

    /** How many pages other than month pages the last build kept by their own key, as its "rendering" line says (0 if it says none). */
    private int keptPages() {
        Matcher m = Pattern.compile("rendering: .* (\\d+) other pages kept from the last build").matcher(phases);
        assertTrue(phases.contains("rendering: "), phases);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Every file of the site with what shows it was (re)written: inode (file key) and modification time. */
    private static Map<String, String> stamps(Path site) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                m.put(site.relativize(p).toString(), a.fileKey() + " " + a.lastModifiedTime().toMillis());
            }
        }
        return m;
    }

    /** Sets every file's time back an hour, so a rewrite cannot hide in the same millisecond. */
    private static void age(Path site) throws IOException {
        FileTime hourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000L);
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, hourAgo);
            }
        }
    }

    @Test
    void aRebuildWithNothingChangedWritesNoFile() throws IOException {
        build();
        // (Not aged: the record of the last build holds every file's time, so aging is a change.
        // A rewrite shows anyway, as a new inode: changed files are moved in, never overwritten.)
        Map<String, String> before = stamps(out);
        assertTrue(before.size() > 350, "the example has hundreds of files");

        String said = build();
        assertTrue(said.startsWith("Up to date"), said);
        assertEquals(before, stamps(out), "no file written, none deleted");

        // Even when made to bake everything again, equal bytes are not written.
        String forced = build("--force");
        assertTrue(forced.startsWith("Baked"), forced);
        assertEquals(before, stamps(out), "a forced bake of unchanged input writes no file either");
    }

    @Test
    void aChangedNoteRewritesItsPagesAndNothingElse() throws IOException {
        build();
        age(out);
        Map<String, String> before = stamps(out);
        Path note;
        try (Stream<Path> s = Files.walk(project.resolve("content/comments"))) {
            note = s.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(note, Files.readString(note, StandardCharsets.UTF_8) + "\nEn ny setning om tallene.\n",
                StandardCharsets.UTF_8);

        assertTrue(build().startsWith("Baked"));
        Map<String, String> after = stamps(out);
        assertEquals(before.keySet(), after.keySet());
        long rewritten = before.keySet().stream().filter(k -> !before.get(k).equals(after.get(k))).count();
        assertTrue(rewritten >= 1, "the note's KPI page is rewritten");
        assertTrue(rewritten < before.size() / 10, rewritten + " of " + before.size() + " files rewritten for one note");
        boolean shown;
        try (Stream<Path> s = Files.walk(out)) {
            shown = s.filter(p -> p.toString().endsWith(".html")).anyMatch(p -> read(p).contains("En ny setning om tallene."));
        }
        assertTrue(shown, "the new sentence is on a page");
    }

    @Test
    void aFileDeletedFromTheSiteByHandIsBakedAgainAndAFileNoLongerMadeIsRemoved() throws IOException {
        build();
        Path index = out.resolve("index.html");
        byte[] bytes = Files.readAllBytes(index);
        Files.delete(index);
        Files.writeString(out.resolve("820/stray.html"), "not ours");

        assertTrue(build().startsWith("Baked"), "a missing file means the site is not up to date");
        assertArrayEquals(bytes, Files.readAllBytes(index));
        assertFalse(Files.exists(out.resolve("820/stray.html")), "the site holds only what the build made");
    }

    @Test
    void aPageTheLastBuildMadeAndThisOneDoesNotIsDeletedWithItsEmptiedFolder() throws IOException {
        build();
        Path news = project.resolve("content/nyheter/2006-04-nye-tall.md");
        assertTrue(Files.exists(out.resolve("pages/nyheter/2006-04-nye-tall.html")), "the news post has its page");
        Files.delete(news);
        Files.delete(news.getParent());

        assertTrue(build().startsWith("Baked"));
        assertFalse(Files.exists(out.resolve("pages/nyheter/2006-04-nye-tall.html")), "a page no longer made is deleted");
        assertFalse(Files.exists(out.resolve("pages/nyheter")), "and its folder, left empty");
        assertEquals(OutputFolderTest.sizesAndTimes(out), recordedFiles(), "the record says what a fresh look at each file says");
        assertTrue(build().startsWith("Up to date"));
        assertSameSite(freshBake(), out);
    }

    /**
     * The record of a new month's build holds each file's size and time as a fresh look at the
     * file gives them, though the build asks the disk for none of them again: the next build
     * finds every file as this one left it.
     */
    @Test
    void theRecordAfterANewMonthSaysWhatAFreshLookAtEachFileSays() throws IOException {
        build("--period", "2006-03");
        assertEquals(OutputFolderTest.sizesAndTimes(out), recordedFiles());
        assertTrue(build("--period", "2006-04").startsWith("Baked"));
        assertEquals(OutputFolderTest.sizesAndTimes(out), recordedFiles());
        assertTrue(build("--period", "2006-04").startsWith("Up to date"));
    }

    /** The files the record of the last build lists, with their size and time. */
    private Map<String, String> recordedFiles() throws IOException {
        Map<String, String> m = new TreeMap<>();
        for (String line : Files.readAllLines(onlyRecord(), StandardCharsets.UTF_8)) {
            String[] f = line.split(" ", 3);
            if (f[0].matches("\\d+")) {
                m.put(f[2], f[0] + " " + f[1]);
            }
        }
        return m;
    }

    @Test
    void aNewMonthKeepsTheEarlierMonthsPagesAndGivesTheSameSiteAsAFreshBake() throws IOException {
        build("--period", "2006-03");
        Map<String, String> before = stamps(out);
        String said = build("--period", "2006-04");
        assertTrue(said.startsWith("Baked"), said);
        Map<String, String> after = stamps(out);
        for (String f : before.keySet()) {
            if (f.matches("\\d+/\\d{4}-\\d\\d/(index|compare)\\.html|data/\\d+/\\d{4}-\\d\\d\\.(json|csv)")) {
                assertEquals(before.get(f), after.get(f), f + ": a month before the new one is not written again, the one that was current included");
            }
        }
        assertTrue(!before.get("reports/changes.html").equals(after.get("reports/changes.html")), "the changes are the new month's");
        assertTrue(!before.get("data/periods.js").equals(after.get("data/periods.js")), "the list of months has the new one");
        for (String f : new String[] {"feed.xml", "810/feed.xml", "800/feed.xml", "800/deviations.html", "800/changes.html"}) {
            assertTrue(after.containsKey(f), f + " is made, and compared with a fresh bake's below");
        }
        assertSameSite(freshBake("--period", "2006-04"), out);
    }

    /**
     * The month that was current keeps its scorecards and comparisons byte for byte when the next
     * month arrives: they linked their own month's pages while it was current, and the link to the
     * next month and the note on an earlier one are added in the browser (assets/periods.js), so
     * a publish writes none of them again. A fresh bake of the later site makes the same bytes.
     */
    @Test
    void aNewMonthLeavesTheMonthThatWasCurrentByteForByte() throws IOException {
        build("--period", "2006-03");
        Map<String, byte[]> before = TestFiles.files(out);
        build("--period", "2006-04");
        Map<String, byte[]> after = TestFiles.files(out);
        Map<String, byte[]> fresh = TestFiles.files(freshBake("--period", "2006-04"));
        int compared = 0;
        for (String f : before.keySet()) {
            if (f.replace('\\', '/').matches("\\d+/2006-03/(index|compare)\\.html")) {
                assertArrayEquals(before.get(f), after.get(f), f + " changed when 2006-04 arrived");
                assertArrayEquals(before.get(f), fresh.get(f), f + " differs in a fresh bake with 2006-04");
                compared++;
            }
        }
        assertTrue(compared > 5 && before.containsKey("820/2006-03/index.html") && before.containsKey("800/2006-03/compare.html"),
                compared + " pages of 2006-03");
        // What does change: the new month's pages, the current pages and the list of months.
        assertFalse(new String(before.get("data/periods.js"), StandardCharsets.UTF_8).contains("2006-04"));
        assertTrue(new String(after.get("data/periods.js"), StandardCharsets.UTF_8).contains("[\"2006-04\",\"april 2006\"]]"));
    }

    @Test
    void aMonthWithNoNewFigureForAQuarterlyKpiLeavesItsPageAsItWas() throws IOException {
        build("--period", "2006-03");
        Map<String, String> before = stamps(out);
        build("--period", "2006-04");
        Map<String, String> after = stamps(out);
        String quarterly = "810/kpi/method-reports.html";
        assertEquals(before.get(quarterly), after.get(quarterly), quarterly + ": April brings no quarterly figure, so the page is not written again");
        assertTrue(!before.get("810/kpi/overtime.html").equals(after.get("810/kpi/overtime.html")), "a monthly KPI's page is April's");
        Document page = Jsoup.parse(out.resolve(quarterly).toFile(), "UTF-8");
        assertTrue(page.selectFirst("p.overall").text().startsWith("1. kvartal 2006:"), "the page says which period its status is for: "
                + page.selectFirst("p.overall").text());
        assertSameSite(freshBake("--period", "2006-04"), out);
    }

    /** The KPI pages of a site ({@code <unit>/kpi/<kpi>.html}), by path with {@code /}. */
    private static Map<String, String> kpiPages(Map<String, String> stamps) {
        Map<String, String> pages = new TreeMap<>();
        stamps.forEach((f, stamp) -> {
            String path = f.replace('\\', '/');
            if (path.matches("\\d+/kpi/[^/]+\\.html")) {
                pages.put(path, stamp);
            }
        });
        return pages;
    }

    /** The KPI pages whose stamp (inode, time) differs between two builds: the ones written again. */
    private static Set<String> rewritten(Map<String, String> before, Map<String, String> after) {
        Set<String> changed = new TreeSet<>();
        after.forEach((f, stamp) -> {
            if (!stamp.equals(before.get(f))) {
                changed.add(f);
            }
        });
        return changed;
    }

    /**
     * When a month arrives that ends no quarter, a quarterly KPI's page is not rendered at all:
     * its key (from everything the page shows) is the one the last build recorded, and the file
     * is as that build left it. A monthly KPI's page is rendered. Every KPI page whose bytes stay
     * is kept, and the site is the same as a fresh bake's.
     */
    @Test
    void aNewMonthKeepsTheKpiPagesItDoesNotChangeWithoutRenderingThem() throws IOException {
        String first = build("--period", "2006-03");
        assertEquals(0, keptPages(), "the first build has nothing to keep");
        assertTrue(first.matches("(?s).* \\d+ charts drawn, in .*"), "a first build keeps no chart and says nothing of keeping: " + first);
        Map<String, String> before = kpiPages(stamps(out));
        String record = Files.readString(onlyRecord(), StandardCharsets.UTF_8);
        assertTrue(record.contains(" 810/kpi/method-reports.html\n") && record.contains("\npage "), "the record holds each KPI page's key");

        String said = build("--period", "2006-04");
        Map<String, String> after = kpiPages(stamps(out));
        String quarterly = "810/kpi/method-reports.html";
        assertEquals(before.get(quarterly), after.get(quarterly), quarterly + " is kept");
        assertTrue(!before.get("810/kpi/overtime.html").equals(after.get("810/kpi/overtime.html")), "a monthly KPI's page is rendered");
        Set<String> rendered = rewritten(before, after);
        assertEquals(after.size() - rendered.size(), keptPages(), "every KPI page not written again was kept, not rendered: " + phases);
        assertTrue(keptPages() > 10, phases);
        // The summary counts the charts of the rendered KPI pages as drawn, those of the kept ones as kept.
        assertTrue(said.contains(" " + rendered.size() + " charts drawn, " + keptPages() + " kept with their unchanged pages"), said);
        assertTrue(phases.contains("charts: " + rendered.size() + " drawn, " + keptPages() + " kept with their unchanged pages"), phases);
        assertSameSite(freshBake("--period", "2006-04"), out);

        // Built again with nothing changed but forced: nothing is kept, since nothing of the last build is trusted.
        build("--period", "2006-04", "--force");
        assertEquals(0, keptPages(), phases);
    }

    /**
     * A changed comment or value of a section's quarterly figure renders again exactly the pages
     * that show it (the section's KPI and the department's roll-up of it), a note its KPI's page;
     * the rest are kept, and the site is a fresh bake's.
     */
    @Test
    void aChangedCommentValueOrNoteRendersExactlyThePagesThatShowIt() throws IOException {
        build("--period", "2006-04");
        Path upload = project.resolve("model/data/2006/2006-03-810.csv");
        String text = Files.readString(upload, StandardCharsets.UTF_8);

        Map<String, String> before = kpiPages(stamps(out));
        Files.writeString(upload, text.replace("810;overtime;2006-03;88,5;Driftsproblemer", "810;overtime;2006-03;88,5;Driftsproblemer i mars"),
                StandardCharsets.UTF_8);
        build("--period", "2006-04");
        Map<String, String> after = kpiPages(stamps(out));
        assertEquals(Set.of("810/kpi/overtime.html"), rewritten(before, after), "a comment is on its own KPI's page only");
        assertEquals(after.size() - 1, keptPages(), phases);
        assertTrue(read(out.resolve("810/kpi/overtime.html")).contains("Driftsproblemer i mars"));

        before = after;
        Files.writeString(upload, Files.readString(upload, StandardCharsets.UTF_8).replace("810;sick-leave;2006-Q1;5,0;", "810;sick-leave;2006-Q1;6,0;"),
                StandardCharsets.UTF_8);
        build("--period", "2006-04");
        after = kpiPages(stamps(out));
        Set<String> rendered = rewritten(before, after);
        assertTrue(rendered.containsAll(Set.of("810/kpi/sick-leave.html", "800/kpi/sick-leave.html")),
                "the section's figure and the department's roll-up of it: " + rendered);
        assertEquals(after.size() - rendered.size(), keptPages(), "only the pages that show the value are rendered: " + rendered);
        assertSameSite(freshBake("--period", "2006-04"), out);

        before = after;
        Path note;
        try (Stream<Path> s = Files.walk(project.resolve("content/comments"))) {
            note = s.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(note, Files.readString(note, StandardCharsets.UTF_8) + "\nEn ny setning om tallene.\n", StandardCharsets.UTF_8);
        build("--period", "2006-04");
        after = kpiPages(stamps(out));
        rendered = rewritten(before, after);
        assertTrue(!rendered.isEmpty() && rendered.stream().allMatch(f -> read(out.resolve(f)).contains("En ny setning om tallene.")),
                "the note's KPI page, and no other: " + rendered);
        assertEquals(after.size() - rendered.size(), keptPages(), phases);
        assertSameSite(freshBake("--period", "2006-04"), out);

        // A first comment, then a first long note, on a period that had neither: its KPI's chart marks it.
        String page = "810/kpi/investigations.html";
        assertFalse(read(out.resolve(page)).contains("href=\"#note-2006-0"), "no note on " + page + " in 2006 yet");
        before = after;
        Files.writeString(upload, Files.readString(upload, StandardCharsets.UTF_8).replace("810;investigations;2006-03;13;",
                "810;investigations;2006-03;13;Ny rutine"), StandardCharsets.UTF_8);
        build("--period", "2006-04");
        after = kpiPages(stamps(out));
        assertEquals(Set.of(page), rewritten(before, after), "a new comment is marked on its own KPI's chart only");
        assertTrue(read(out.resolve(page)).contains("<a href=\"#note-2006-03\" aria-label=\"Merknad for mars 2006\">"));
        assertSameSite(freshBake("--period", "2006-04"), out);

        before = after;
        Path first = project.resolve("content/comments/2006-02/810/investigations.md");
        Files.createDirectories(first.getParent());
        Files.writeString(first, "Februar var en kort måned.\n", StandardCharsets.UTF_8);
        build("--period", "2006-04");
        after = kpiPages(stamps(out));
        assertEquals(Set.of(page), rewritten(before, after), "a new note is marked on its own KPI's chart only");
        assertTrue(read(out.resolve(page)).contains("<a href=\"#note-2006-02\" aria-label=\"Merknad for februar 2006\">"));
        assertSameSite(freshBake("--period", "2006-04"), out);
    }

    /**
     * An owner's forecast added to March's upload (800 hours of a year target of 1 200: red, where
     * the computed outlook is green) changes exactly what shows it: the KPI's page, the
     * section's scorecard and exports of March and of April (where March's forecast still
     * counts); no earlier month, no other KPI page. A KPI that is green in April with a red outlook
     * is an early warning, so the deviations reports that list it (the site's and 800's) and the
     * entry page that counts it change too. The site is a fresh bake's.
     */
    @Test
    void aNewForecastChangesTheKpiPageAndTheMonthsItCountsInAndNothingElse() throws IOException {
        build("--period", "2006-04");
        // Not aged (that would be a change to the record): a rewrite shows as a new inode.
        Map<String, String> before = stamps(out);
        Path upload = project.resolve("model/data/2006/2006-03-810.csv");
        String text = Files.readString(upload, StandardCharsets.UTF_8);
        String changed = text.replace("810;competence-hours;2006-03;119;Tall fra helpdesksystemet;", "810;competence-hours;2006-03;119;Tall fra helpdesksystemet;800");
        assertTrue(!changed.equals(text), "a forecast was added to " + upload);
        Files.writeString(upload, changed, StandardCharsets.UTF_8);

        build("--period", "2006-04");
        Set<String> rewritten = new TreeSet<>(rewritten(before, stamps(out)));
        rewritten.removeIf(f -> f.startsWith(".scorebake") || f.equals("search-index.js"));
        assertEquals(Set.of("810/kpi/competence-hours.html", "810/2006-03/index.html", "810/2006-04/index.html", "810/index.html",
                "data/810/2006-03.json", "data/810/2006-03.csv", "data/810/2006-04.json", "data/810/2006-04.csv",
                "reports/deviations.html", "800/deviations.html", "index.html"), rewritten);
        assertTrue(Jsoup.parse(out.resolve("800/deviations.html").toFile(), "UTF-8")
                .selectFirst("table.early tr[data-unit=810][data-kpi=competence-hours]") != null, "the new early warning is listed");
        assertEquals(kpiPages(stamps(out)).size() - 1, keptPages(), phases);
        Document page = Jsoup.parse(out.resolve("810/kpi/competence-hours.html").toFile(), "UTF-8");
        Element outlook = page.selectFirst("p.outlook");
        assertTrue(outlook != null && outlook.text().contains("800 t") && outlook.text().contains("ansvarliges prognose")
                && "red".equals(outlook.attr("data-status")), page.select("p").text());
        Document card = Jsoup.parse(out.resolve("810/2006-03/index.html").toFile(), "UTF-8");
        assertEquals("red", card.selectFirst("tr[data-kpi=competence-hours]").attr("data-outlook"));
        assertSameSite(freshBake("--period", "2006-04"), out);
    }

    /**
     * A target given in a later month's row changes the year target, so the outlook of every
     * earlier month of that year: a build of March after April's upload gains a target is a
     * fresh bake's.
     */
    @Test
    void aTargetInALaterMonthsRowChangesTheOutlookOfTheEarlierMonthsOfItsYear() throws IOException {
        build("--period", "2006-03");
        Path upload = project.resolve("model/data/2006/2006-04-800.csv");
        String text = Files.readString(upload, StandardCharsets.UTF_8);
        String changed = text.replace("800;budget-deviation;2006-04;-310 500;;", "800;budget-deviation;2006-04;-310 500;60 000;");
        assertTrue(!changed.equals(text), "a target was added to " + upload);
        String marchBefore = read(out.resolve("data/800/2006-03.json"));
        Files.writeString(upload, changed, StandardCharsets.UTF_8);
        build("--period", "2006-03");
        assertTrue(!marchBefore.equals(read(out.resolve("data/800/2006-03.json"))), "March's export has the new year target");
        assertSameSite(freshBake("--period", "2006-03"), out);
    }

    /** How many KPI pages of a site are not of the units {@code drawing} (which draw on a changed scorecard). */
    private static long kpiPagesBut(Map<String, String> stamps, String... drawing) {
        return kpiPages(stamps).keySet().stream().map(f -> f.replace('\\', '/'))
                .filter(f -> Stream.of(drawing).noneMatch(u -> f.startsWith(u + "/"))).count();
    }

    /**
     * A changed target in a unit's scorecard renders the KPI pages of that unit (the top unit
     * 800 here, on which no other unit draws) and keeps every other unit's; a changed template
     * of the theme renders every KPI page again.
     */
    @Test
    void aChangedModelOrThemeRendersEveryKpiPage() throws IOException {
        build("--period", "2006-04");
        Path card = project.resolve("model/scorecards/800.yaml");
        String yaml = Files.readString(card, StandardCharsets.UTF_8);
        assertTrue(yaml.contains("    target: 580\n"));
        Files.writeString(card, yaml.replace("    target: 580\n", "    target: 581\n"), StandardCharsets.UTF_8);
        build("--period", "2006-04");
        assertEquals(kpiPagesBut(stamps(out), "800"), keptPages(), "only 800's KPI pages rendered: " + phases);
        assertSameSite(freshBake("--period", "2006-04"), out);

        Path layout = project.resolve("themes/default/templates/layout.ftlh");
        Files.createDirectories(layout.getParent());
        Files.writeString(layout, Files.readString(Path.of("themes/default/templates/layout.ftlh"), StandardCharsets.UTF_8)
                .replace("</main>", "</main>\n<p class=\"extra\">Levert av IT</p>"), StandardCharsets.UTF_8);
        Map<String, String> before = kpiPages(stamps(out));
        build("--period", "2006-04");
        assertEquals(0, keptPages(), phases);
        Map<String, String> after = kpiPages(stamps(out));
        assertEquals(after.keySet(), rewritten(before, after), "every KPI page is rendered with the new layout");
        assertTrue(read(out.resolve("810/kpi/method-reports.html")).contains("Levert av IT"));
        assertSameSite(freshBake("--period", "2006-04"), out);
    }

    /**
     * The theme's settings in site.yaml, a partial of the frame and the language reach every page,
     * month pages kept from the last build included: each rebuild gives what a fresh bake gives.
     */
    @Test
    void changedThemeSettingsAPartialOrTheLanguageGiveWhatAFreshBakeGives() throws IOException {
        build("--period", "2006-04");
        Path site = project.resolve("model/site.yaml");
        String yaml = Files.readString(site, StandardCharsets.UTF_8);
        Files.writeString(site, yaml + "accessibility-statement: pages/uu.html\ntheme-params:\n  phone: 12 34 56 78\n", StandardCharsets.UTF_8);
        build("--period", "2006-04");
        assertEquals(0, keptPages(), phases);
        assertTrue(read(out.resolve("810/2005-06/index.html")).contains("href=\"../../pages/uu.html\""), "an earlier month's page too");
        assertSameSite(freshBake("--period", "2006-04"), out);

        Path footer = project.resolve("themes/default/templates/partials/footer.ftlh");
        Files.createDirectories(footer.getParent());
        Files.writeString(footer, "<footer class=\"site-footer\"><p>Ring ${themeParams.phone}</p></footer>\n", StandardCharsets.UTF_8);
        build("--period", "2006-04");
        assertTrue(read(out.resolve("810/2005-06/index.html")).contains("<p>Ring 12 34 56 78</p>"));
        assertSameSite(freshBake("--period", "2006-04"), out);

        Files.writeString(site, Files.readString(site, StandardCharsets.UTF_8).replace("language: nb", "language: nn"), StandardCharsets.UTF_8);
        build("--period", "2006-04");
        assertTrue(read(out.resolve("810/2005-06/index.html")).contains("<html lang=\"nn\">"));
        assertSameSite(freshBake("--period", "2006-04"), out);
    }

    @Test
    void aNewMonthTakesTheEarlierMonthsScoresFromTheRecordOfTheLastBuild() throws IOException {
        build("--period", "2006-03");
        Path record = onlyRecord();
        String text = Files.readString(record, StandardCharsets.UTF_8);
        assertTrue(text.contains("\nscore 2005-06 820 "), "the record holds each month's score of each scorecard");
        // A score the record says for a kept month is the one the period overview shows: it was not rolled up again.
        Files.writeString(record, text.replaceAll("\nscore 2005-06 820 [^\n]*", "\nscore 2005-06 820 123/2 RED"), StandardCharsets.UTF_8);

        assertTrue(build("--period", "2006-04").startsWith("Baked"));
        assertEquals("61,5 %", periodScore(out, "2005-06"));
        assertTrue(!periodScore(freshBake("--period", "2006-04"), "2005-06").equals("61,5 %"), "a fresh bake rolls it up");
    }

    @Test
    void aDamagedScoreInTheRecordIsRolledUpAgainAndTheSiteIsAsAFreshBake() throws IOException {
        build("--period", "2006-03");
        Path record = onlyRecord();
        String text = Files.readString(record, StandardCharsets.UTF_8);
        Files.writeString(record, text.replaceAll("\nscore 2005-06 820 [^\n]*", "\nscore 2005-06 820 x/y PURPLE")
                .replaceAll("\nscore 2005-07 820 [^\n]*", "\nscore 2005-07 820"), StandardCharsets.UTF_8);

        assertTrue(build("--period", "2006-04").startsWith("Baked"));
        assertSameSite(freshBake("--period", "2006-04"), out);
    }

    /** The record of the builds into {@code out}, the only one so far. */
    private Path onlyRecord() throws IOException {
        try (Stream<Path> s = Files.list(project.resolve(".scorebake/builds"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).collect(java.util.stream.Collectors.collectingAndThen(
                    java.util.stream.Collectors.toList(), l -> {
                        assertEquals(1, l.size(), "one record: " + l);
                        return l.get(0);
                    }));
        }
    }

    /** The overall score unit 820's period overview shows for {@code month} ("2005-06"), as a reader reads it. */
    private static String periodScore(Path site, String month) throws IOException {
        Document page = Jsoup.parse(site.resolve("820/periods.html").toFile(), "UTF-8");
        Element row = page.select("table.periods-table tbody tr").stream()
                .filter(tr -> tr.select("th a").attr("href").contains(month + "/")).findFirst().orElseThrow();
        return row.selectFirst("td").ownText().replace('\u00A0', ' ').strip();
    }

    @Test
    void aLateCorrectionOfAnOldMonthRebakesThatMonthAndLaterAsAFreshBakeWould() throws IOException {
        build();
        Path upload;
        try (Stream<Path> s = Files.walk(project.resolve("model/data"))) {
            upload = s.filter(p -> p.getFileName().toString().startsWith("2005-10") && p.toString().endsWith(".csv"))
                    .sorted().findFirst().orElseThrow();
        }
        String text = Files.readString(upload, StandardCharsets.UTF_8);
        String changed = text.replace("800;budget-deviation;2005-10;-28", "800;budget-deviation;2005-10;-27");
        assertTrue(!changed.equals(text), "a value was changed in " + upload);
        Files.writeString(upload, changed, StandardCharsets.UTF_8);
        assertTrue(build().startsWith("Baked"));
        assertSameSite(freshBake(), out);
    }

    /** A bake of the project into a new folder, with no earlier build to reuse. */
    private Path freshBake(String... extra) {
        Path keep = out;
        Path fresh = dir.resolve("fresh-" + System.nanoTime());
        out = fresh;
        try {
            build(extra);
        } finally {
            out = keep;
        }
        return fresh;
    }

    /** The month pages of a built site: a unit's scorecard and comparison of a month, and its exports. */
    private static final String MONTH_PAGE = "\\d+/\\d{4}-\\d\\d/(index|compare)\\.html|data/\\d+/\\d{4}-\\d\\d\\.(json|csv)";

    /** How many pages the last {@link #build} rendered, as its "rendering" line says. */
    private int renderedPages() {
        Matcher m = Pattern.compile("rendering: (\\d+) pages").matcher(phases);
        assertTrue(m.find(), phases);
        return Integer.parseInt(m.group(1));
    }

    /** Puts comments, blank lines, quoting and flow or block style into a scorecard, site.yaml and organisation.yaml, meaning the same. */
    private void reformatTheYaml() throws IOException {
        Path card = project.resolve("model/scorecards/810.yaml");
        String yaml = Files.readString(card, StandardCharsets.UTF_8);
        String reformatted = "# Gjennomgått på ledermøtet\n" + yaml
                .replace("perspectives:\n", "perspectives:   # tre perspektiver\n\n")
                .replace("  - { id: customer, name: Kunde/bruker }\n", "  - id: customer\n    name: \"Kunde/bruker\"\n")
                .replace("    name: Høy leveringspresisjon\n", "    name: 'Høy leveringspresisjon'\n");
        assertFalse(reformatted.equals(yaml));
        Files.writeString(card, reformatted, StandardCharsets.UTF_8);
        Path site = project.resolve("model/site.yaml");
        Files.writeString(site, Files.readString(site, StandardCharsets.UTF_8).replace("language: nb\n", "language: nb   # bokmål\n"),
                StandardCharsets.UTF_8);
        Path organisation = project.resolve("model/organisation.yaml");
        String units = Files.readString(organisation, StandardCharsets.UTF_8);
        String quoted = units.replace("    name: Avdeling for IT og datafangst\n", "    # ledes av avdelingsdirektøren\n    name: \"Avdeling for IT og datafangst\"\n");
        assertFalse(quoted.equals(units));
        Files.writeString(organisation, quoted, StandardCharsets.UTF_8);
    }

    /**
     * The site is keyed by what the model's YAML means, not by its bytes: comments, blank lines,
     * quoting and flow or block style in a scorecard, organisation.yaml and site.yaml render no
     * page at all (a fresh bake renders hundreds) and write no file, and the site is a fresh
     * bake's. The record takes the new bytes, so the next build stops before loading.
     */
    @Test
    void aCommentOrReformattingInTheYamlRendersNoPageAndWritesNoFile() throws IOException {
        build();
        int fresh = renderedPages();
        assertTrue(fresh > 100, phases);
        Map<String, String> before = stamps(out);
        reformatTheYaml();

        String said = build();
        assertTrue(said.startsWith("Up to date: nothing the pages show changed"), said);
        assertEquals(0, renderedPages(), "no page rendered, against " + fresh + " in a fresh bake: " + phases);
        assertEquals(before, stamps(out), "no file written, none deleted");
        assertSameSite(freshBake(), out);
        assertTrue(build().startsWith("Up to date: nothing in model/"), "the record took the new bytes: " + phases);
    }

    /**
     * Only a site whose files are all as the last build left them is taken as it is: a page
     * deleted by hand beside a comment-only edit is baked again, and the site is a fresh bake's.
     */
    @Test
    void aCommentOnlyEditStillBakesWhenAFileOfTheSiteWasTouched() throws IOException {
        build();
        Files.delete(out.resolve("810/index.html"));
        reformatTheYaml();
        assertTrue(build().startsWith("Baked"), "a file is missing: " + phases);
        assertTrue(Files.isRegularFile(out.resolve("810/index.html")));
        assertSameSite(freshBake(), out);
    }

    /**
     * A comment-only edit keeps the record whole: after it, a changed meaning (a new name) is
     * rendered where it shows, and a new month keeps the earlier months, as always.
     */
    @Test
    void aCommentOnlyEditThenARealChangeGivesAFreshBakesSite() throws IOException {
        period("2006-03");
        build();
        reformatTheYaml();
        build();
        assertEquals(0, renderedPages(), phases);
        Path card = project.resolve("model/scorecards/810.yaml");
        Files.writeString(card, Files.readString(card, StandardCharsets.UTF_8).replace("'Høy leveringspresisjon'", "'Svært høy leveringspresisjon'"),
                StandardCharsets.UTF_8);
        build();
        assertTrue(read(out.resolve("810/2005-06/index.html")).contains("Svært høy leveringspresisjon"), "an earlier month's page too");
        assertSameSite(freshBake(), out);
        period("2006-04");
        build();
        assertTrue(phases.matches("(?s).*rendering: \\d+ pages, [1-9]\\d* month pages and .*"), "the earlier months kept: " + phases);
        assertSameSite(freshBake(), out);
    }

    /** The files of the site under {@code unit}'s folders (its pages and its data), by path with '/'. */
    private static Map<String, String> ofUnit(Map<String, String> stamps, String unit) {
        Map<String, String> m = new TreeMap<>();
        stamps.forEach((f, stamp) -> {
            String slashed = f.replace('\\', '/');
            if (slashed.startsWith(unit + "/") || slashed.startsWith("data/" + unit + "/")) {
                m.put(slashed, stamp);
            }
        });
        return m;
    }

    /**
     * One unit's scorecard file changed re-renders that unit's pages and the pages of the units
     * that draw on it (800, whose scorecard lists 830's KPIs and whose roll-ups sum them), and
     * leaves the other units' month and KPI pages as they were, unrendered: far fewer pages
     * than a fresh bake renders, and the site is a fresh bake's byte for byte.
     */
    @Test
    void oneUnitsChangedScorecardRendersItsPagesAndWhatShowsItAndNothingElse() throws IOException {
        period("2006-03");
        build();
        int fresh = renderedPages();
        Map<String, String> before = stamps(out);
        Path card = project.resolve("model/scorecards/830.yaml");
        String yaml = Files.readString(card, StandardCharsets.UTF_8);
        String renamed = yaml.replace("name: Høy leveringspresisjon", "name: Svært høy leveringspresisjon");
        assertFalse(renamed.equals(yaml));
        Files.writeString(card, renamed, StandardCharsets.UTF_8);

        build();
        int rendered = renderedPages();
        Map<String, String> after = stamps(out);
        assertTrue(read(out.resolve("830/2005-06/index.html")).contains("Svært høy leveringspresisjon"), "830's earlier month shows it");
        for (String other : new String[] {"810", "820", "840", "850"}) {
            Map<String, String> was = ofUnit(before, other);
            Map<String, String> is = ofUnit(after, other);
            for (Map.Entry<String, String> f : was.entrySet()) {
                if (f.getKey().matches(MONTH_PAGE) || f.getKey().contains("/kpi/")) {
                    assertEquals(f.getValue(), is.get(f.getKey()), f.getKey() + ": another unit's page is not written again");
                }
            }
        }
        int othersPages = (int) ofUnit(before, "810").keySet().stream().filter(f -> f.matches("\\d+/(\\d{4}-\\d\\d/index|kpi/.*)\\.html")).count();
        assertTrue(rendered < fresh - othersPages, "rendered " + rendered + " pages, a fresh bake " + fresh + ": " + phases);
        assertSameSite(freshBake(), out);
    }

    /**
     * A changed target in one unit's scorecard moves its scores, and so its parent's: the
     * sibling units' pages, which show the parent's score, follow, and the site is a fresh
     * bake's byte for byte; a sibling's KPI pages, which show nothing of it, are not rendered.
     */
    @Test
    void aChangedTargetInOneScorecardGivesAFreshBakesSiteWhereverItsScoresShow() throws IOException {
        period("2006-03");
        build();
        Map<String, String> before = stamps(out);
        Path card = project.resolve("model/scorecards/830.yaml");
        String yaml = Files.readString(card, StandardCharsets.UTF_8);
        String changed = yaml.replace("    target: 70\n", "    target: 95\n").replace("    target: 21\n", "    target: 40\n");
        assertFalse(changed.equals(yaml));
        Files.writeString(card, changed, StandardCharsets.UTF_8);

        build();
        Map<String, String> after = stamps(out);
        assertSameSite(freshBake(), out);
        Map<String, String> kpis = ofUnit(before, "820");
        kpis.keySet().removeIf(f -> !f.contains("/kpi/"));
        assertFalse(kpis.isEmpty());
        kpis.forEach((f, stamp) -> assertEquals(stamp, ofUnit(after, "820").get(f), f + ": a sibling's KPI page shows nothing of it"));
    }

    private void period(String month) throws IOException {
        Path site = project.resolve("model/site.yaml");
        Files.writeString(site, Files.readString(site, StandardCharsets.UTF_8).replaceAll("period: \\S+", "period: " + month),
                StandardCharsets.UTF_8);
    }

    /**
     * Moving {@code period:} in site.yaml to the next month is a new month like any other: the
     * earlier months' pages (the one that was current included) are kept, not rendered, and so
     * are the KPI pages it does not change; moving it back keeps the months before. Either way
     * the site is a fresh bake's, byte for byte.
     */
    @Test
    void movingThePeriodInSiteYamlKeepsTheEarlierMonthsPages() throws IOException {
        period("2006-03");
        build();
        Map<String, String> before = stamps(out);
        assertFalse(before.containsKey("820/2006-04/index.html"));

        period("2006-04");
        build();
        int rendered = renderedPages();
        Map<String, String> after = stamps(out);
        int months = 0;
        for (String f : before.keySet()) {
            if (f.replace('\\', '/').matches(MONTH_PAGE)) {
                assertEquals(before.get(f), after.get(f), f + ": an earlier month is not written again when the period moves");
                months++;
            }
        }
        assertTrue(months > 100, months + " month files");
        assertTrue(after.containsKey("820/2006-04/index.html"));
        assertTrue(keptPages() > 10, "KPI pages the new month does not change are kept: " + phases);
        assertSameSite(freshBake(), out);
        int fresh = renderedPages();
        assertTrue(rendered < fresh - months / 4, "moving the period rendered " + rendered + " pages, a fresh bake " + fresh);

        // And back: the months before 2006-03 are kept, 2006-04's pages go.
        Map<String, String> at04 = stamps(out);
        period("2006-03");
        build();
        Map<String, String> back = stamps(out);
        for (String f : at04.keySet()) {
            String slashed = f.replace('\\', '/');
            if (slashed.matches(MONTH_PAGE) && !slashed.contains("2006-03") && !slashed.contains("2006-04")) {
                assertEquals(at04.get(f), back.get(f), f + ": an earlier month is not written again when the period moves back");
            }
        }
        assertFalse(back.containsKey("820/2006-04/index.html"));
        assertSameSite(freshBake(), out);
    }

    /** A changed meaning of the YAML still renders what shows it: an objective's new name, on every month's scorecard of its unit. */
    @Test
    void aChangedNameInTheYamlRendersThePagesThatShowIt() throws IOException {
        build();
        Path card = project.resolve("model/scorecards/810.yaml");
        String yaml = Files.readString(card, StandardCharsets.UTF_8);
        String renamed = yaml.replace("name: Høy leveringspresisjon", "name: Svært høy leveringspresisjon");
        assertFalse(renamed.equals(yaml));
        Files.writeString(card, renamed, StandardCharsets.UTF_8);
        build();
        assertEquals(kpiPagesBut(stamps(out), "800", "810"), keptPages(),
                "the model means something else: the KPI pages of 810 and of 800, which draws on it, rendered again: " + phases);
        assertTrue(read(out.resolve("810/index.html")).contains("Svært høy leveringspresisjon"));
        assertTrue(read(out.resolve("810/2005-06/index.html")).contains("Svært høy leveringspresisjon"), "an earlier month's page too");
        assertSameSite(freshBake(), out);
    }

    private static void assertSameSite(Path expected, Path actual) throws IOException {
        Map<String, byte[]> a = TestFiles.files(expected);
        Map<String, byte[]> b = TestFiles.files(actual);
        assertEquals(a.keySet(), b.keySet(), "the same files");
        for (String f : a.keySet()) {
            assertArrayEquals(a.get(f), b.get(f), f + " differs from a fresh bake");
        }
    }

    @Test
    void oneThreadAndManyGiveTheSameBytes() throws Exception {
        Map<String, byte[]> one = bakeOn(1, dir.resolve("one"));
        Map<String, byte[]> many = bakeOn(8, dir.resolve("many"));
        assertEquals(one.keySet(), many.keySet());
        assertTrue(one.size() > 350, "the whole example: " + one.size() + " files");
        for (String f : one.keySet()) {
            assertArrayEquals(one.get(f), many.get(f), f);
        }
    }

    /** Bakes with the parallel streams running in a pool of {@code threads} threads. */
    private Map<String, byte[]> bakeOn(int threads, Path site) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> {
                out = site;
                build("--force");
            }).get();
        } finally {
            pool.shutdown();
        }
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
