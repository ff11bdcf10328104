package no.scorebake.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import no.scorebake.testkit.Expect;
import no.scorebake.testkit.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each problem stays on one line, and files model/ does not read are pointed out. */
class OneLineAndStrayFilesTest {

    @Test
    void multiLineUserTextInAMessageStaysOnOneLine(@TempDir Path dir) {
        TestProject p = new TestProject(dir)
                .scorecard("A", "- { id: k, name: K, unit: count }\n", "k")
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA;k;2005-08;\"12\nkroner\"\n");
        TestProject.Run run = p.run("check");
        assertEquals(2, run.exit());
        String line = Expect.line(run, "model/data/a.csv:2:13", "value '12 \u21B5 kroner' is not a number");
        assertTrue(line.contains("is not a number"), line);
    }

    @Test
    void aMisspelledFolderInModelIsAWarning(@TempDir Path dir) {
        TestProject p = new TestProject(dir)
                .scorecard("A", "- { id: k, name: K, unit: count }\n", "k")
                .file("model/scorecard/A.yaml", "kpis: []\n");
        TestProject.Run run = p.run("check");
        assertEquals(0, run.exit(), run.err());
        Expect.line(run, "model/scorecard", "warning: 'scorecard' is not read; model/ holds site.yaml, organisation.yaml, scorecards");
    }
}
