package no.scorebake.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void aNamedThemeWithoutItsFolderIsAClearError(@TempDir Path dir) throws Exception {
        TestProject p = small(dir).file("model/site.yaml", "title: T\nperiod: 2005-08\ntheme: bergen\n");
        TestProject.Run run = p.run("build");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("model/site.yaml: theme 'bergen' has no folder themes/bergen/"), run.err());
        assertTrue(Files.notExists(dir.resolve("site")));
    }
}
