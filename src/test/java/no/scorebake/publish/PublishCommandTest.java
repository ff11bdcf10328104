package no.scorebake.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.scorebake.cli.Main;
import no.scorebake.testkit.Expect;
import no.scorebake.testkit.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scorebake publish} in-process through {@link Main#run}: output, exit codes and what is left on disk. */
class PublishCommandTest {

    @TempDir
    Path dir;

    private Path site() {
        return dir.resolve("share/site").toAbsolutePath().normalize();
    }

    private Path previous() {
        return dir.resolve("share/site.previous").toAbsolutePath().normalize();
    }

    /** A small valid project whose one figure carries the given comment (shown on A1's scorecard). */
    private TestProject project(String comment) {
        return new TestProject(dir.resolve("project"))
                .scorecard("A1", "- { id: k, name: Brukerfeil, unit: count, target: 10 }", "k")
                .file("model/data/a.csv", "scorecard;kpi;period;value;comment\nA1;k;2005-07;9;\nA1;k;2005-08;8;" + comment + "\n");
    }

    private static TestProject.Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new TestProject.Run(code, out.toString(), err.toString());
    }

    private static String scorecard(Path site) throws IOException {
        return Files.readString(site.resolve("A1/index.html"));
    }

    @Test
    void publishTwiceThenRollBackTwice() throws IOException {
        TestProject.Run first = project("Første utgave").run("publish", "--to", site().toString(), "--quiet");
        assertEquals(0, first.exit(), first.err());
        assertEquals("", first.out() + first.err(), "--quiet prints only problems");
        assertTrue(scorecard(site()).contains("Første utgave"));
        assertFalse(Files.exists(previous()));

        TestProject.Run second = project("Andre utgave").run("publish", "--to", site().toString());
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().startsWith("Published 1 scorecard × 2 periods (up to 2005-08), "), second.out());
        assertTrue(second.out().matches("(?s).* files, to \\Q" + site() + "\\E; wrote \\d+ files \\([0-9.]+ MB, [0-9.]+ % of the site's bytes\\), "
                + "hard-linked \\d+ unchanged from the version before; .*"), "only changed files written: " + second.out());
        assertTrue(second.err().contains(" unchanged hard-linked from the published site"), second.err());
        assertTrue(second.out().endsWith("; the version it replaced is in " + previous()
                + " (undo with: scorebake publish --rollback --to " + site() + ")" + System.lineSeparator()), second.out());
        assertTrue(second.err().contains("rendering: "), "progress goes to standard error: " + second.err());
        assertTrue(scorecard(site()).contains("Andre utgave"));
        assertTrue(scorecard(previous()).contains("Første utgave"));
        assertEquals(List.of(".site.publish-lock", "site", "site.previous"), Trees.names(site().getParent()));
        String firstSite = Trees.hash(previous());
        String secondSite = Trees.hash(site());

        TestProject.Run back = run("publish", "--rollback", "--to", site().toString());
        assertEquals(0, back.exit(), back.err());
        assertEquals("Rolled back " + site() + " to the version that was in " + previous() + "; the version it replaced is now "
                + previous() + " (roll back again to undo)" + System.lineSeparator(), back.out());
        assertEquals("", back.err());
        assertTrue(scorecard(site()).contains("Første utgave"));
        assertTrue(scorecard(previous()).contains("Andre utgave"));
        assertEquals(firstSite, Trees.hash(site()), "renames keep every byte");
        assertEquals(secondSite, Trees.hash(previous()));

        TestProject.Run again = run("publish", "--rollback", "--to", site().toString());
        assertEquals(0, again.exit(), again.err());
        assertEquals(secondSite, Trees.hash(site()), "a second rollback undoes the first");
        assertEquals(firstSite, Trees.hash(previous()));
        assertEquals(List.of(".site.publish-lock", "site", "site.previous"), Trees.names(site().getParent()));
    }

    @Test
    void firstPublishIntoANewFolderSaysThereWasNoEarlierVersion() throws IOException {
        Path deep = dir.resolve("share/intranett/mal/site");
        TestProject.Run r = project("Første").run("publish", "--to", deep.toString(), "--period", "2005-07");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Published 1 scorecard × 1 period (up to 2005-07), "), r.out());
        assertTrue(r.out().endsWith("; there was no earlier version to keep" + System.lineSeparator()), r.out());
        assertTrue(Files.isRegularFile(deep.resolve(".scorebake-site")));
        assertTrue(Files.isRegularFile(deep.resolve("index.html")));
    }

    @Test
    void aBrokenModelLeavesTheSharedFolderByteIdentical() throws IOException {
        project("Første utgave").run("publish", "--to", site().toString(), "-q");
        project("Andre utgave").run("publish", "--to", site().toString(), "-q");
        var before = Trees.snapshot(site().getParent());

        TestProject broken = project("Tredje utgave").file("model/data/b.csv", "scorecard;kpi;period;value\nA1;k;2005-13;8\n");
        TestProject.Run r = broken.run("publish", "--to", site().toString());

        assertEquals(2, r.exit(), r.err());
        Expect.noStackTrace(r);
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("model/data/b.csv:2:6: period '2005-13' is not a period"), r.err());
        assertTrue(r.err().contains("1 error; nothing was written"), r.err());
        assertTrue(r.err().endsWith("scorebake: nothing was published; " + site() + " is as it was" + System.lineSeparator()), r.err());
        assertEquals(before, Trees.snapshot(site().getParent()), "DIR, DIR.previous and everything beside them");
        assertTrue(scorecard(site()).contains("Andre utgave"));
    }

    @Test
    void refusesAFolderScorebakeDidNotMake() throws IOException {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve("Documents"));
        Files.writeString(home.resolve("Documents/budsjett.txt"), "viktig\n");
        var before = Trees.snapshot(dir);

        TestProject.Run r = project("x").run("publish", "--to", home.toString());

        assertEquals(2, r.exit(), r.err());
        Expect.noStackTrace(r);
        assertEquals("scorebake: " + home + " holds files that scorebake did not write (no .scorebake-site marker); publish replaces only"
                + " a folder it made, or an empty one: choose another --to" + System.lineSeparator(), r.err());
        var after = Trees.snapshot(dir);
        after.keySet().removeIf(k -> k.startsWith("project/"));
        before.keySet().removeIf(k -> k.startsWith("project/"));
        assertEquals(before, after, "nothing touched, not even a lock file made beside it");

        TestProject.Run back = run("publish", "--rollback", "--to", home.toString());
        assertEquals(2, back.exit());
        assertTrue(back.err().contains("holds files that scorebake did not write"), back.err());
    }

    @Test
    void aBrokenModelPublishedToANewFolderCreatesNothing() {
        TestProject broken = project("x").file("model/data/b.csv", "scorecard;kpi;period;value\nA1;k;2005-13;8\n");
        TestProject.Run r = broken.run("publish", "--to", dir.resolve("share/intranett/site").toString());
        assertEquals(2, r.exit(), r.err());
        assertFalse(Files.exists(dir.resolve("share")), "not even the parent folder is left");
    }

    @Test
    void refusesAPreviousFolderScorebakeDidNotMake() throws IOException {
        project("Første").run("publish", "--to", site().toString(), "-q");
        Files.createDirectories(previous());
        Files.writeString(previous().resolve("notat.txt"), "mitt\n");
        var before = Trees.snapshot(site().getParent());
        TestProject.Run r = project("Andre").run("publish", "--to", site().toString());
        assertEquals(2, r.exit(), r.err());
        assertEquals("scorebake: " + previous() + " holds files that scorebake did not write (no .scorebake-site marker); publish would"
                + " replace it: move it away or choose another --to" + System.lineSeparator(), r.err());
        assertEquals(before, Trees.snapshot(site().getParent()));
    }

    @Test
    void rollbackWithNothingToRollBackToExitsTwo() {
        project("Første").run("publish", "--to", site().toString(), "-q");
        TestProject.Run r = run("publish", "--rollback", "--to", site().toString());
        assertEquals(2, r.exit());
        Expect.noStackTrace(r);
        assertEquals("", r.out());
        assertEquals("scorebake: nothing to roll back to: " + previous() + " does not exist (publish keeps the version it replaces there)"
                + System.lineSeparator(), r.err());
    }

    @Test
    void helpExitsZero() {
        TestProject.Run r = run("publish", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("Usage: scorebake publish "), r.out());
        for (String option : List.of("--to=DIR", "--rollback", "--project=DIR", "--period=P", "--quiet", "--verbose", "DIR.previous")) {
            assertTrue(r.out().contains(option), option + " in " + r.out());
        }
        TestProject.Run top = run("--help");
        assertTrue(top.out().contains("  publish "), top.out());
    }

    @Test
    void withoutToIsAUsageError() {
        TestProject.Run r = project("x").run("publish");
        assertEquals(2, r.exit());
        Expect.noStackTrace(r);
        assertTrue(r.err().startsWith("Missing required option: '--to=DIR'"), r.err());
        assertTrue(r.err().contains("Usage: scorebake publish "), r.err());
        assertFalse(Files.exists(dir.resolve("project/site")));
    }

    @Test
    void rollbackTakesNoPeriod() {
        TestProject.Run r = run("publish", "--rollback", "--period", "2005-08", "--to", site().toString());
        assertEquals(2, r.exit());
        Expect.noStackTrace(r);
        assertTrue(r.err().startsWith("--rollback bakes nothing, so it takes no --period"), r.err());
    }

    @Test
    void anInterruptedPublishIsPutRightAndSaidSo() throws IOException {
        project("Første").run("publish", "--to", site().toString(), "-q");
        project("Andre").run("publish", "--to", site().toString(), "-q");
        String second = Trees.hash(site());
        // What a kill between "DIR -> DIR.previous" and "DIR.next -> DIR" leaves: no DIR.
        Files.move(previous(), site().resolveSibling(".site.older"));
        Files.move(site(), previous());
        Files.createDirectories(site().resolveSibling("site.next"));
        Files.writeString(site().resolveSibling("site.next/.scorebake-site"), "");

        TestProject.Run r = project("Tredje").run("publish", "--to", site().toString(), "-q");

        assertEquals(0, r.exit(), r.err());
        assertEquals("scorebake: an earlier publish to " + site() + " was interrupted before it replaced anything: undone, " + site()
                + " and " + previous() + " are as they were before it" + System.lineSeparator(), r.err());
        assertTrue(scorecard(site()).contains("Tredje"));
        assertEquals(second, Trees.hash(previous()));
        assertEquals(List.of(".site.publish-lock", "site", "site.previous"), Trees.names(site().getParent()));
    }
}
