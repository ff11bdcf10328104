package no.scorebake.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import no.scorebake.TestProject;
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
}
