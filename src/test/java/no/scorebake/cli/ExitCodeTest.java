package no.scorebake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import no.scorebake.testkit.Expect;
import no.scorebake.testkit.TestFiles;
import no.scorebake.testkit.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exit codes of the command line: 0 done, 2 invalid input or usage; and that a failed build writes nothing. */
class ExitCodeTest {

    @TempDir
    Path dir;

    private TestProject valid() {
        return new TestProject(dir.resolve("project"))
                .scorecard("A", "- { id: k, name: K, unit: count, target: 10 }", "k")
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA;k;2005-08;8\n");
    }

    private TestProject broken() {
        return valid().file("model/data/b.csv", "scorecard;kpi;period;value\nA;k;2005-13;8\n");
    }

    private static TestProject.Run runWithoutProject(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new TestProject.Run(code, out.toString(), err.toString());
    }

    @Test
    void checkOfAValidProjectExitsZero() {
        TestProject.Run run = valid().run("check");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("No errors."), run.out());
        assertEquals("", run.err());
    }

    @Test
    void checkOfABrokenProjectExitsTwo() {
        TestProject.Run run = broken().run("check");
        assertEquals(2, run.exit());
        Expect.noStackTrace(run);
        assertTrue(run.err().startsWith("model/data/b.csv:2:5: period '2005-13' is not a period"), run.err());
    }

    @Test
    void noCurrentPeriodExitsTwo() {
        TestProject project = new TestProject(dir.resolve("project"))
                .file("model/site.yaml", "title: Test\n")
                .scorecard("A", "- { id: k, name: K, unit: count }", "k");
        TestProject.Run run = project.run("check");
        assertEquals(2, run.exit());
        Expect.noStackTrace(run);
        assertTrue(run.err().startsWith("model/site.yaml: no current period"), run.err());
    }

    @Test
    void failedBuildLeavesTheOldSiteByteForByteAndWritesNothingBesideIt() throws IOException {
        Path out = dir.resolve("www/site");
        Files.createDirectories(out.resolve("data/A"));
        Files.writeString(out.resolve(".scorebake-site"), "This folder is baked by scorebake and replaced by each build.\n");
        Files.writeString(out.resolve("index.html"), "<h1>Forrige måned</h1>\n");
        Files.write(out.resolve("data/A/2005-07.json"), new byte[] {'{', '}', '\n', (byte) 0xC3, (byte) 0xA6});
        Map<String, String> before = TestFiles.snapshot(dir.resolve("www"));

        TestProject.Run run = broken().run("build", "--out", out.toString());

        assertEquals(2, run.exit(), run.err());
        Expect.noStackTrace(run);
        assertTrue(run.err().contains("model/data/b.csv:2:5: period '2005-13' is not a period"), run.err());
        assertTrue(run.err().contains("1 error; nothing was written"), run.err());
        assertEquals("", run.out());
        assertEquals(before, TestFiles.snapshot(dir.resolve("www")), "the same files and folders");
    }

    @Test
    void failedBuildIntoANewFolderCreatesNothing() {
        Path out = dir.resolve("www/site");
        TestProject.Run run = broken().run("build", "--out", out.toString());
        assertEquals(2, run.exit());
        assertFalse(Files.exists(dir.resolve("www")), "not even the parent folder is made");
    }

    @Test
    void buildRefusesANonEmptyFolderWithoutTheMarkerAndDeletesNothing() throws IOException {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve("Documents"));
        Files.writeString(home.resolve("Documents/budsjett.txt"), "viktig\n");
        Files.writeString(home.resolve(".bashrc"), "export X=1\n");
        TestProject project = valid();
        Map<String, String> beforeHome = TestFiles.snapshot(home);
        Map<String, String> projectBefore = TestFiles.snapshot(project.root());
        Map<String, String> before = TestFiles.snapshot(dir);

        TestProject.Run run = project.run("build", "--out", home.toString());

        assertEquals(2, run.exit(), run.err());
        Expect.noStackTrace(run);
        assertTrue(run.err().contains("holds files that scorebake did not write (no .scorebake-site marker)"), run.err());
        assertEquals(beforeHome, TestFiles.snapshot(home), "the same files and folders");
        assertEquals(before, TestFiles.snapshot(dir), "the same files and folders");
        assertEquals(projectBefore, TestFiles.snapshot(project.root()), "the same files and folders");
    }

    @Test
    void unknownOptionIsAUsageError() {
        TestProject.Run run = valid().run("check", "--frobnicate");
        assertEquals(2, run.exit());
        Expect.noStackTrace(run);
        assertTrue(run.err().contains("Unknown option: '--frobnicate'"), run.err());
        assertTrue(run.err().contains("Usage: scorebake check"), run.err());
    }

    @Test
    void unknownCommandIsAUsageError() {
        TestProject.Run run = runWithoutProject("bake");
        assertEquals(2, run.exit());
        Expect.noStackTrace(run);
    }

    @Test
    void noCommandIsAUsageError() {
        TestProject.Run run = runWithoutProject();
        assertEquals(2, run.exit());
        Expect.noStackTrace(run);
        assertTrue(run.err().contains("name a command: check, build, serve, publish, report, new, new-theme or sheets"), run.err());
    }

    @ParameterizedTest(name = "build --period {0}")
    @ValueSource(strings = {"2005-13", "2005-Q3", "aug", "2005"})
    void periodThatIsNotAMonthIsAUsageErrorNamingTheValidForm(String period) {
        Path out = dir.resolve("out");
        TestProject.Run run = valid().run("build", "--period", period, "--out", out.toString());
        assertEquals(2, run.exit(), run.err());
        Expect.noStackTrace(run);
        assertTrue(run.err().contains("'" + period + "' is not a month; write it like 2005-08"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void helpExitsZero() {
        TestProject.Run run = runWithoutProject("--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("Usage: scorebake"), run.out());
        assertTrue(run.out().contains("check"), run.out());
        assertTrue(run.out().contains("build"), run.out());
    }

    @ParameterizedTest(name = "{0} --help")
    @ValueSource(strings = {"check", "build"})
    void commandHelpExitsZero(String command) {
        TestProject.Run run = runWithoutProject(command, "--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("Usage: scorebake " + command), run.out());
    }
}
