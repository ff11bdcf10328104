package no.scorebake.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import no.scorebake.model.Pos;
import no.scorebake.problem.Problems;
import no.scorebake.testkit.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bounds that keep a junk file from flooding the terminal or the memory: errors per file and quoted text length. */
class LimitsTest {

    @Test
    void aFileOfJunkRowsListsFiftyErrorsAndCountsTheRest(@TempDir Path dir) {
        StringBuilder csv = new StringBuilder("scorecard;kpi;period;value\n");
        for (int i = 0; i < 100_000; i++) {
            csv.append("A;k;2005-13;").append(i).append('\n');
        }
        TestProject project = new TestProject(dir)
                .scorecard("A", "- { id: k, name: K, unit: count, target: 10 }", "k")
                .file("model/data/junk.csv", csv.toString());

        TestProject.Run run = project.run("check");

        assertEquals(2, run.exit(), run.err());
        List<String> lines = run.err().lines().toList();
        assertEquals(Problems.PER_FILE + 2, lines.size(), "fifty errors, one line for the rest, the count:\n" + run.err());
        assertTrue(lines.get(0).startsWith("model/data/junk.csv:2:5: period '2005-13' is not a period"), lines.get(0));
        assertEquals("model/data/junk.csv:52:5: 99950 more errors in this file from here on are not listed; the first 50 are above"
                + " (is it really a file of the model?)", lines.get(Problems.PER_FILE));
        assertEquals(100_000, project.loadResult().problems().errorCount(), "every error is counted");
    }

    @Test
    void longQuotedTextIsShortenedSoEachProblemStaysOneReadableLine() {
        Problems problems = new Problems();
        String junk = "x".repeat(1_000_000);
        problems.error(new Pos("model/data/a.csv", 2, 5), "value '" + junk + "' is not a number; expected a number such as 12.5");
        String line = problems.errors().get(0).toString();
        assertEquals("model/data/a.csv:2:5: value '" + "x".repeat(60) + "…' is not a number; expected a number such as 12.5", line);
    }
}
