package no.scorebake.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import no.scorebake.model.Pos;
import no.scorebake.problem.Problems;
import no.scorebake.testkit.Expect;
import no.scorebake.testkit.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How problems are collected and printed: all of them, sorted, warnings apart from errors. */
class ProblemReportingTest {

    @TempDir
    Path dir;

    @Test
    void fiveErrorsInFiveFilesAreAllReportedInOneRun() {
        TestProject project = new TestProject(dir)
                .file("model/site.yaml", "title: Test\nperiod: 2005-08\ncolour: red\n")
                .file("model/organisation.yaml", TestProject.ORGANISATION + "  - id: a b\n    name: Feil id\n")
                .scorecard("A", "- { id: k, name: K, unit: count, frequency: weekly }", "k")
                .file("model/data/august.csv", "scorecard;kpi;period;value\nA;k;2005-08;mange\n")
                .file("content/comments/2005-08/A/ghost.md", "Tekst.\n");
        TestProject.Run run = Expect.error(project, "model/site.yaml:3:1", "unknown key 'colour'");
        Expect.line(run, "model/organisation.yaml:10:9", "'a b' is not a valid id");
        Expect.line(run, "model/scorecards/A.yaml:12:47", "unknown frequency 'weekly'");
        Expect.line(run, "model/data/august.csv:2:13", "value 'mange' is not a number");
        Expect.line(run, "content/comments/2005-08/A/ghost.md:1", "note for unknown KPI 'ghost'");
        assertEquals(5, Expect.problemLines(run).size(), run.err());
        assertTrue(run.err().endsWith("5 errors; nothing was written\n"), run.err());
    }

    @Test
    void errorsAreSortedByPartOfTheProjectThenPathLineAndColumn() {
        TestProject project = new TestProject(dir)
                .file("model/scorecards/A.yaml", """
                        perspectives: [ { id: p, name: P } ]
                        kpis:
                          - { id: k, name: K, unit: count, direction: up, frequency: weekly }
                          - { id: m, name: M, unit: pcs }
                        """)
                .file("model/data/b.csv", "scorecard;kpi;period;value\nA;k;2005-13;1\n")
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA;x;2005-08;1\nA;y;2005-08;1\n")
                .file("model/site.yaml", "title: Test\ncolour: red\nlanguage: de\n");
        TestProject.Run run = project.run("check");
        assertEquals(2, run.exit());
        List<String> places = Expect.problemLines(run).stream().map(l -> l.substring(0, l.indexOf(": "))).toList();
        // What other files refer to comes first: site, organisation, scorecards, then data and notes.
        assertEquals(List.of(
                "model/site.yaml:2:1",
                "model/site.yaml:3:11",
                "model/scorecards/A.yaml:3:47",
                "model/scorecards/A.yaml:3:62",
                "model/scorecards/A.yaml:4:29",
                "model/data/a.csv:2:3",
                "model/data/a.csv:3:3",
                "model/data/b.csv:2:5"), places, run.err());
    }

    @Test
    void lineNumbersSortAsNumbers() {
        Problems problems = new Problems();
        problems.error(Pos.line("model/data/a.csv", 10), "ten");
        problems.error(Pos.line("model/data/a.csv", 9), "nine");
        problems.error(new Pos("model/data/a.csv", 9, 12), "nine, column 12");
        problems.error(new Pos("model/data/a.csv", 9, 2), "nine, column 2");
        problems.error(Pos.of("model/data"), "the folder");
        problems.error(Pos.line("model/data/a.csv", 9), "nine");
        assertEquals(List.of("model/data: the folder", "model/data/a.csv:9: nine", "model/data/a.csv:9:2: nine, column 2",
                "model/data/a.csv:9:12: nine, column 12", "model/data/a.csv:10: ten"),
                problems.errors().stream().map(Object::toString).toList(), "sorted, and the same problem twice is shown once");
    }

    @Test
    void warningsArePrintedButDoNotFailTheRun() {
        TestProject project = new TestProject(dir)
                .scorecard("A", "- { id: k, name: K, unit: count, target: 10 }", "k")
                .file("model/data/a.csv", "scorecard;kpi;period;value;remark\nA;k;2005-08;8;uten betydning\n");
        TestProject.Run run = project.run("check");
        assertEquals(0, run.exit(), run.err());
        Expect.noStackTrace(run);
        Expect.line(run, "model/data/a.csv:1:28", "warning: column 'remark' is not one scorebake reads and is ignored — known: "
                + "scorecard, kpi, initiative, period, value, target, status, comment");
        assertFalse(run.err().contains("nothing was written"), run.err());
        assertTrue(run.out().contains("No errors; 1 warning(s) above."), run.out());
    }

    @Test
    void warningsAreAlsoPrintedBesideErrors() {
        TestProject project = new TestProject(dir)
                .scorecard("A", "- { id: k, name: K, unit: count, target: 10 }", "k")
                .file("model/data/a.csv", "scorecard;kpi;period;value;remark\nA;k;2005-13;8;x\n");
        TestProject.Run run = Expect.error(project, "model/data/a.csv:2:5", "period '2005-13' is not a period");
        Expect.line(run, "model/data/a.csv:1:28", "warning: column 'remark'");
        assertTrue(run.err().endsWith("1 error; nothing was written\n"), run.err());
    }

    @Test
    void warningsDoNotStopLoading() {
        TestProject project = new TestProject(dir)
                .scorecard("A", "- { id: k, name: K, unit: count }", "k")
                .file("model/data/a.csv", "scorecard;kpi;period;value;remark\nA;k;2005-08;8;x\n");
        ProjectLoader.Result r = project.loadResult();
        assertNotNull(r.project());
        assertEquals(1, r.problems().warnings().size());
        assertTrue(r.problems().errors().isEmpty());
    }

    @Test
    void aProjectWithErrorsIsNotHandedOn() {
        TestProject project = new TestProject(dir).file("model/site.yaml", "title: Test\ncolour: red\n");
        ProjectLoader.Result r = project.loadResult();
        assertNull(r.project());
        assertEquals(1, r.problems().errors().size());
    }

    @Test
    void missingModelFolder() {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int exit = no.scorebake.cli.Main.run(new java.io.PrintWriter(out), new java.io.PrintWriter(err), "check", "--project", dir.toString());
        TestProject.Run run = new TestProject.Run(exit, out.toString(), err.toString());
        assertEquals(2, run.exit());
        Expect.noStackTrace(run);
        Expect.line(run, "model", "no model/ folder here");
    }

    @Test
    void missingOrganisationFile() {
        TestProject project = new TestProject(dir);
        project.root().resolve("model/organisation.yaml").toFile().delete();
        Expect.error(project, "model/organisation.yaml", "file is missing");
    }
}
