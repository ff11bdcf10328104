package no.scorebake.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import no.scorebake.testkit.TestProject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project's theme replaces the built-in one file by file; a project without themes/ or content/ bakes all the same. */
class ThemeTest {

    static TestProject small(Path dir) {
        return new TestProject(dir)
                .scorecard("A", "- { id: k, name: Kpi, unit: count, target: 1 }\n", "k")
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA;k;2005-08;1\n");
    }

    @Test
    void withoutThemesOrContentTheBuiltInThemeIsUsed(@TempDir Path dir) throws Exception {
        TestProject p = small(dir);
        assertEquals(0, p.run("build").exit());
        assertTrue(Files.readString(dir.resolve("site/A/index.html")).contains("assets/style.css"));
        assertTrue(Files.size(dir.resolve("site/assets/style.css")) > 1000);
    }

    @Test
    void aProjectTemplateAndStylesheetOverrideTheBuiltInOnes(@TempDir Path dir) throws Exception {
        TestProject p = small(dir)
                .file("themes/default/templates/index.ftlh", "<!DOCTYPE html><html lang=\"${lang}\"><title>x</title><h1>Our own entry page</h1></html>")
                .file("themes/default/assets/style.css", "body { color: black; }\n");
        assertEquals(0, p.run("build").exit());
        assertTrue(Files.readString(dir.resolve("site/index.html")).contains("Our own entry page"));
        assertEquals("body { color: black; }\n", Files.readString(dir.resolve("site/assets/style.css")));
        assertTrue(Files.readString(dir.resolve("site/A/index.html")).contains("data-kpi=\"k\""), "other templates still come from the jar");
    }

    @Test
    void aNamedThemeWithoutItsFolderFailsCheckAtItsLineInSiteYamlListingTheThemes(@TempDir Path dir) throws Exception {
        TestProject p = small(dir).file("model/site.yaml", "title: T\nperiod: 2005-08\ntheme: bergen\n")
                .file("themes/oslo/assets/style.css", "body { color: black; }\n");
        TestProject.Run check = p.run("check");
        assertEquals(2, check.exit(), check.err());
        assertTrue(check.err().startsWith("model/site.yaml:3:8: theme 'bergen' has no folder themes/bergen/; the themes here are: default, oslo"),
                check.err());
        TestProject.Run build = p.run("build");
        assertEquals(2, build.exit());
        assertTrue(build.err().contains("model/site.yaml:3:8: theme 'bergen'"), build.err());
        assertTrue(Files.notExists(dir.resolve("site")));
    }

    @Test
    void aTemplateThatDoesNotParseIsAnInputProblemAtItsLineAndNothingIsWritten(@TempDir Path dir) throws Exception {
        String deviations = Files.readString(Path.of("themes/default/templates/deviations.ftlh"));
        String[] lines = deviations.split("\n", -1);
        lines[2] = lines[2] + "<#if >";
        TestProject p = small(dir).file("themes/default/templates/deviations.ftlh", String.join("\n", lines));
        String where = "themes/default/templates/deviations.ftlh:3:" + lines[2].length() + ": ";
        for (String command : new String[] {"check", "build"}) {
            TestProject.Run run = p.run(command, "-q");
            assertEquals(2, run.exit(), run.err());
            assertTrue(run.err().startsWith(where + "Encountered \">\""), command + ": " + run.err());
            assertFalse(run.err().contains("Exception") || run.err().contains("internal error"), run.err());
        }
        assertTrue(Files.notExists(dir.resolve("site")), "nothing written");
    }

    @Test
    void aTemplateThatUsesAMissingValueSaysWhichTemplateAndLine(@TempDir Path dir) throws Exception {
        TestProject p = small(dir).file("themes/default/templates/missing.ftlh",
                "<!DOCTYPE html>\n<html lang=\"${lang}\">\n<p>${coordinatorList}</p>\n</html>\n");
        TestProject.Run run = p.run("build", "-q");
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().startsWith("themes/default/templates/missing.ftlh:3:6: 'coordinatorList' is missing (or null);"
                + " this template receives: "), run.err());
        assertTrue(run.err().contains("lang, "), "it names the values there are: " + run.err());
        assertTrue(run.err().endsWith("1 error; nothing was written" + System.lineSeparator()), run.err());
        assertTrue(Files.notExists(dir.resolve("site")), "nothing written");
    }

    @Test
    void aBuiltInTemplateIncludedByAProjectTemplateIsNamedAsBuiltIn(@TempDir Path dir) throws Exception {
        // The project's layout lacks a macro the built-in pages call: the failure is in a built-in template.
        TestProject p = small(dir).file("themes/default/templates/layout.ftlh", "<#macro nothing></#macro>\n");
        TestProject.Run run = p.run("build", "-q");
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().startsWith("[built into scorebake] themes/default/templates/"), run.err());
        assertTrue(run.err().lines().findFirst().orElseThrow().matches("\\[built into scorebake] themes/default/templates/\\w+\\.ftlh:\\d+:\\d+: '\\S+' is missing .*"), run.err());
    }

    @Test
    void aTemplateTheDefaultThemeDoesNotHaveIsAWarningNamingTheOnesItHas(@TempDir Path dir) throws Exception {
        TestProject p = small(dir).file("themes/default/templates/scorecards.ftlh", "<p>typo in the name</p>\n");
        TestProject.Run run = p.run("check");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("themes/default/templates/scorecards.ftlh: warning: the default theme has no template"
                + " 'scorecards.ftlh'"), run.err());
        assertTrue(run.err().contains("deviations.ftlh, hierarchy.ftlh, index.ftlh"), run.err());
        assertTrue(run.err().contains("scorecard.ftlh, search.ftlh"), run.err());
    }

    /** A theme that changes the footer only overrides partials/footer.ftlh: the rest of the frame, and every page, come from the jar. */
    @Test
    void aThemeOverridingOnlyTheFooterPartialKeepsTheRestOfTheFrame(@TempDir Path dir) throws Exception {
        TestProject p = small(dir).file("model/site.yaml", "title: T\nperiod: 2005-08\ntheme: oslo\n")
                .file("themes/oslo/templates/partials/footer.ftlh", "<footer class=\"site-footer\"><p>Oslo's own footer, ${dataAsOf}</p></footer>\n");
        TestProject.Run check = p.run("check");
        assertEquals(0, check.exit(), check.err());
        assertFalse(check.err().contains("warning"), "a partial is a template of the default theme: " + check.err());
        assertEquals(0, p.run("build").exit());
        for (String page : new String[] {"index.html", "A/index.html", "reports/deviations.html"}) {
            Document d = Jsoup.parse(dir.resolve("site").resolve(page).toFile(), "UTF-8");
            assertEquals("Oslo's own footer, august 2005", d.selectFirst("footer.site-footer").text(), page);
            assertEquals("T", d.selectFirst("header.site-header a.brand").text(), page + ": the built-in header partial");
            assertEquals(4, d.select("header.site-header nav li").size(), page + ": the built-in menu partial");
            assertTrue(d.selectFirst("head link[rel=stylesheet]").attr("href").endsWith("assets/style.css"), page + ": the built-in head partial");
        }
    }

    /** {@code theme-params:} of site.yaml reach every template as {@code themeParams}, escaped like any user text. */
    @Test
    void themeParamsReachTheTemplatesEscaped(@TempDir Path dir) throws Exception {
        TestProject p = small(dir).file("model/site.yaml", """
                title: T
                period: 2005-08
                theme-params:
                  phone: 12 34 56 78
                  orgName: "Bø & <Sauherad>"
                """).file("themes/default/templates/partials/header.ftlh",
                "<div class=\"bar\"><a class=\"brand\" href=\"${root}index.html\">${themeParams.orgName}</a>"
                        + "<span class=\"phone\">${themeParams.phone}</span><#if themeParams.fax??><span class=\"fax\"></span></#if></div>\n");
        assertEquals(0, p.run("build").exit());
        Document d = Jsoup.parse(dir.resolve("site/A/index.html").toFile(), "UTF-8");
        assertEquals("Bø & <Sauherad>", d.selectFirst("a.brand").text());
        assertEquals("12 34 56 78", d.selectFirst("span.phone").text());
        assertTrue(d.select(".fax").isEmpty(), "a parameter site.yaml does not give is absent");
        assertFalse(Files.readString(dir.resolve("site/A/index.html")).contains("<Sauherad>"), "escaped");
    }

    /**
     * Every template has {@code l}, the frame and the shared macros of parts.ftlh, without an
     * import; a template that still imports layout.ftlh as l gets a warning at that line.
     */
    @Test
    void theSharedMacrosAreThereWithoutAnImportAndAnOldImportIsAWarning(@TempDir Path dir) throws Exception {
        TestProject p = small(dir).file("themes/default/templates/deviations.ftlh",
                "<@l.page><h1>Avvik</h1><p class=\"probe\"><@l.status {\"key\": \"red\", \"word\": \"rød\"}/></p></@l.page>\n");
        assertEquals(0, p.run("build").exit());
        Document d = Jsoup.parse(dir.resolve("site/reports/deviations.html").toFile(), "UTF-8");
        assertEquals("rød", d.selectFirst("p.probe span.status-red").text());
        assertEquals(1, d.select("footer.site-footer").size(), "the frame of layout.ftlh");

        p.file("themes/default/templates/missing.ftlh", "<#-- an old theme -->\n  <#import \"layout.ftlh\" as l>\n<@l.page><h1>M</h1></@l.page>\n");
        TestProject.Run check = p.run("check");
        assertEquals(0, check.exit(), check.err());
        assertTrue(check.err().contains("themes/default/templates/missing.ftlh:2:3: warning: every template has l"), check.err());
        assertEquals(0, p.run("build").exit(), "the frame alone still renders");
    }

    /** The accessibility statement named in site.yaml is linked from every page's footer, relative to the page or as written. */
    @Test
    void theAccessibilityStatementIsLinkedFromEveryFooter(@TempDir Path dir) throws Exception {
        TestProject p = small(dir).file("model/site.yaml", "title: T\nperiod: 2005-08\nlanguage: en\naccessibility-statement: pages/uu.html\n");
        assertEquals(0, p.run("build").exit());
        Element top = Jsoup.parse(dir.resolve("site/index.html").toFile(), "UTF-8").selectFirst("footer a.accessibility");
        assertEquals("Accessibility statement", top.text());
        assertEquals("pages/uu.html", top.attr("href"));
        Element kpi = Jsoup.parse(dir.resolve("site/A/kpi/k.html").toFile(), "UTF-8").selectFirst("footer a.accessibility");
        assertEquals("../../pages/uu.html", kpi.attr("href"));

        p.file("model/site.yaml", "title: T\nperiod: 2005-08\naccessibility-statement: https://uustatus.no/nb/erklaringer/publisert/abc\n");
        assertEquals(0, p.run("build").exit());
        Element nb = Jsoup.parse(dir.resolve("site/A/kpi/k.html").toFile(), "UTF-8").selectFirst("footer a.accessibility");
        assertEquals("Tilgjengelighetserklæring", nb.text());
        assertEquals("https://uustatus.no/nb/erklaringer/publisert/abc", nb.attr("href"));

        p.file("model/site.yaml", "title: T\nperiod: 2005-08\n");
        assertEquals(0, p.run("build").exit());
        assertTrue(Jsoup.parse(dir.resolve("site/index.html").toFile(), "UTF-8").select("footer a.accessibility").isEmpty(), "no statement, no link");
    }

    /** Bad theme settings in site.yaml are all listed at once, each at its place, and nothing is written. */
    @Test
    void badThemeSettingsAreListedAtOnce(@TempDir Path dir) throws Exception {
        TestProject p = small(dir).file("model/site.yaml", """
                title: T
                period: 2005-08
                accessibility-statement: ftp://example.org/uu
                theme-params:
                  org-name: X
                  phone: [1, 2]
                """);
        TestProject.Run build = p.run("build");
        assertEquals(2, build.exit(), build.err());
        assertTrue(build.err().contains("model/site.yaml:3:26: accessibility-statement 'ftp://example.org/uu' is a ftp: address"), build.err());
        assertTrue(build.err().contains("model/site.yaml:5:3: theme parameter 'org-name'"), build.err());
        assertTrue(build.err().contains("model/site.yaml:6:10: theme parameter 'phone' must be a single value"), build.err());
        assertFalse(build.err().contains("Exception"), build.err());
        assertTrue(Files.notExists(dir.resolve("site")));
    }
}
