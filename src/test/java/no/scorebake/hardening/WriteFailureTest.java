package no.scorebake.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.scorebake.testkit.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output folder that cannot be made, in-process and on any machine (a file where a folder
 * should be stops root as well): exit 3 and one line, where it used to be an "internal error".
 * The full and read-only file systems are in {@link FaultJarIT}.
 */
class WriteFailureTest {

    @TempDir
    Path dir;

    private TestProject project() {
        return new TestProject(dir.resolve("project"))
                .scorecard("A", "- { id: k, name: K, unit: count, target: 10 }", "k")
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA;k;2005-08;8\n");
    }

    private static void assertOneLine(TestProject.Run run, String ending) {
        assertEquals(3, run.exit(), run.err());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith("scorebake: cannot write "), lines.get(0));
        assertTrue(lines.get(0).endsWith(ending), lines.get(0));
        assertEquals("", run.out());
    }

    @Test
    void buildIntoAFolderBelowAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "ikke en mappe\n");
        Path out = file.resolve("site");
        assertOneLine(project().run("build", "-q", "--out", out.toString()), out + " is as it was");
        assertEquals("ikke en mappe\n", Files.readString(file));
    }

    @Test
    void publishIntoAFolderBelowAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "ikke en mappe\n");
        Path to = file.resolve("site");
        assertOneLine(project().run("publish", "-q", "--to", to.toString()), "nothing was published; " + to + " is as it was");
        assertEquals("ikke en mappe\n", Files.readString(file));
    }
}
