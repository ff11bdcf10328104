package no.scorebake.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import no.scorebake.bake.Theme;
import no.scorebake.testkit.TestProject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code new-theme NAME}: a full copy of the default theme in the project, selected by one line of site.yaml. */
class NewThemeCommandTest {

    static TestProject small(Path dir) {
        return new TestProject(dir)
                .scorecard("A", "- { id: k, name: Kpi, unit: count, target: 1 }\n", "k")
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA;k;2005-08;1\n");
    }

    @Test
    void copiesTheDefaultThemeAndSaysHowToSelectIt(@TempDir Path dir) throws Exception {
        TestProject p = small(dir);
        TestProject.Run made = p.run("new-theme", "bergen");
        assertEquals(0, made.exit(), made.err());
        assertTrue(made.out().contains("Created themes/bergen/"), made.out());
        assertTrue(made.out().contains("  theme: bergen\n"), made.out());
        Map<String, byte[]> builtIn = Theme.builtInFiles();
        assertTrue(builtIn.containsKey("templates/layout.ftlh") && builtIn.containsKey("assets/style.css"), builtIn.keySet().toString());
        for (String partial : new String[] {"head", "header", "menu", "footer"}) {
            assertTrue(builtIn.containsKey("templates/partials/" + partial + ".ftlh"), "the partials are copied too: " + builtIn.keySet());
        }
        for (Map.Entry<String, byte[]> f : builtIn.entrySet()) {
            assertArrayEquals(f.getValue(), Files.readAllBytes(dir.resolve("themes/bergen").resolve(f.getKey())), f.getKey());
        }
    }

    @Test
    void theCopyIsUsedOnceSelectedAndAnEditShows(@TempDir Path dir) throws Exception {
        TestProject p = small(dir);
        assertEquals(0, p.run("new-theme", "bergen").exit());
        Path layout = dir.resolve("themes/bergen/templates/layout.ftlh");
        Files.writeString(layout, Files.readString(layout).replace("<main id=\"main\">", "<p class=\"banner\">Bergen kommune</p>\n<main id=\"main\">"));
        Path footer = dir.resolve("themes/bergen/templates/partials/footer.ftlh");
        Files.writeString(footer, Files.readString(footer).replace("<footer class=\"site-footer\">", "<footer class=\"site-footer\"><p class=\"own\">Bergen</p>"));
        p.file("model/site.yaml", TestProject.SITE + "theme: bergen\n");
        TestProject.Run built = p.run("build");
        assertEquals(0, built.exit(), built.err());
        assertEquals("Bergen kommune", Jsoup.parse(dir.resolve("site/A/index.html").toFile()).select(".banner").text());
        assertEquals("Bergen", Jsoup.parse(dir.resolve("site/A/index.html").toFile()).select("footer .own").text(), "the copied partial is used");
    }

    @Test
    void refusesAThemeThatIsThereABadNameAndAFolderThatIsNoProject(@TempDir Path dir) throws Exception {
        TestProject p = small(dir).file("themes/bergen/assets/style.css", "mine");
        TestProject.Run again = p.run("new-theme", "bergen");
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("themes/bergen/ exists and is not empty"), again.err());
        assertEquals("mine", Files.readString(dir.resolve("themes/bergen/assets/style.css")));

        TestProject.Run bad = p.run("new-theme", "../x");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("'../x' is not a theme name"), bad.err());

        Path empty = Files.createDirectory(dir.resolve("empty"));
        NewCommandTest.Run none = NewCommandTest.run("new-theme", "bergen", "--project", empty.toString());
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("is not a scorebake project (it has no model/site.yaml)"), none.err());
        assertTrue(Files.notExists(empty.resolve("themes")));
    }

    @Test
    void helpAndUsage() {
        NewCommandTest.Run help = NewCommandTest.run("new-theme", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("themes/NAME/"), help.out());
        assertTrue(NewCommandTest.run("--help").out().contains("new-theme"));
        NewCommandTest.Run missing = NewCommandTest.run("new-theme");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("Missing required parameter: 'NAME'"), missing.err());
    }
}
