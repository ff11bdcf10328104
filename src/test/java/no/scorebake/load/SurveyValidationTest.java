package no.scorebake.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import no.scorebake.testkit.Expect;
import no.scorebake.testkit.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every problem of a survey's definition, responses and feeds is reported at its place, all at once, with exit 2. */
class SurveyValidationTest {

    @TempDir
    Path dir;

    /** The definition whose figures SurveyResultsTest works out by hand. */
    static final String DEFINITION = no.scorebake.testkit.SurveyFixture.DEFINITION;
    static final String YAML = "model/surveys/staff.yaml";
    static final String CSV = "model/surveys/staff/2005-06.csv";

    private TestProject project() {
        return new TestProject(dir)
                .scorecard("A", """
                        - { id: lead-mean, name: Ledelsesindeks, unit: score, frequency: yearly, target: 4 }
                        - { id: q1-share, name: Andel positive q1, unit: percent, frequency: quarterly, target: 50 }
                        - { id: faults, name: Feil, unit: count, target: 10 }
                        - { id: share, name: Andel, unit: percent, formula: "100 * {faults} / {faults}" }
                        """, "lead-mean", "q1-share", "faults", "share")
                .file(YAML, DEFINITION)
                .file(CSV, "unit;q1;q2\nA1;5;4\nA2;3;\n");
    }

    private TestProject feed(String second) {
        return project().file(YAML, DEFINITION.replace("  - { question: q1, measure: favourable, scorecard: A, kpi: q1-share }", second));
    }

    @Test
    void theValidProjectLoads() {
        assertEquals(1, project().load().surveys().size());
    }

    @Test
    void unknownUnitInAResponseRow() {
        var run = Expect.error(project().file(CSV, "unit;q1;q2\nA1;5;4\nA9;3;\n"), CSV + ":3:1", "unknown unit 'A9'");
        String line = Expect.line(run, CSV + ":3:1", "unknown unit");
        assertTrue(line.contains("known: A, A1, A2"), line);
    }

    @Test
    void answerOutsideTheScaleOrNotWhole() {
        var run = Expect.error(project().file(CSV, "unit;q1;q2\nA1;7;4\nA2;3;4,5\n"), CSV + ":2:4", "answer '7' to question 'q1' is outside the scale");
        Expect.line(run, CSV + ":3:6", "answer '4,5' to question 'q2' is not a whole number");
        assertTrue(Expect.line(run, CSV + ":2:4", "answer").contains("from 1 to 5"));
    }

    @Test
    void unknownQuestionColumnAndMissingUnitColumn() {
        var run = Expect.error(project().file(CSV, "unit;q1;q3\nA1;5;4\n"), CSV + ":1:9", "unknown question column 'q3'");
        String line = Expect.line(run, CSV + ":1:9", "unknown question column");
        assertTrue(line.contains("known: q1, q2"), line);
        Expect.error(project().file(CSV, "enhet;q1;q2\nA1;5;4\n"), CSV + ":1:1", "unknown question column 'enhet'");
        Expect.error(project().file(CSV, "q1;q2\n5;4\n"), CSV + ":1", "header lacks the column unit");
    }

    @Test
    void fileNameThatIsNotAPeriod() {
        Expect.error(project().file("model/surveys/staff/november.csv", "unit;q1\nA1;4\n"),
                "model/surveys/staff/november.csv", "file name 'november.csv' is not a period");
    }

    @Test
    void responsesForASurveyWithoutDefinition() {
        Expect.error(project().file("model/surveys/other/2005-06.csv", "unit;q1\nA1;4\n"), "model/surveys/other",
                "responses for unknown survey 'other'");
    }

    @Test
    void feedNamingAnUnknownThemeOrQuestion() {
        Expect.error(feed("  - { theme: leading, measure: mean, scorecard: A, kpi: q1-share }"), YAML + ":12:14", "unknown theme 'leading' — known: lead");
        Expect.error(feed("  - { question: q7, measure: mean, scorecard: A, kpi: q1-share }"), YAML + ":12:17", "unknown question 'q7' — known: q1, q2");
        Expect.error(feed("  - { measure: mean, scorecard: A, kpi: q1-share }"), YAML + ":12:5", "a feed names neither a theme nor a question");
    }

    @Test
    void feedNamingAnUnknownScorecardOrKpiOrMeasure() {
        Expect.error(feed("  - { question: q1, measure: mean, scorecard: B, kpi: q1-share }"), YAML + ":12:47", "unknown scorecard 'B' — known: A");
        Expect.error(feed("  - { question: q1, measure: mean, scorecard: A, kpi: nope }"), YAML + ":12:55", "unknown KPI 'nope' in scorecard A");
        Expect.error(feed("  - { question: q1, measure: median, scorecard: A, kpi: q1-share }"), YAML + ":12:30",
                "unknown measure 'median' — valid: favourable, mean");
        Expect.error(feed("  - { question: q1, measure: mean, scorecard: A, kpi: share }"), YAML + ":12:55", "KPI 'share' is computed by its formula");
    }

    @Test
    void aKpiFedTwice() {
        Expect.error(feed("  - { question: q1, measure: mean, scorecard: A, kpi: lead-mean }"), YAML + ":12:5", "KPI A/lead-mean is fed twice (also at " + YAML + ":11:5)");
    }

    @Test
    void aDataRowForAFedKpi() {
        Expect.error(project().file("model/data/a.csv", "scorecard;kpi;period;value\nA;faults;2005-06;3\nA;lead-mean;2005;3,5\n"),
                "model/data/a.csv:3", "KPI 'lead-mean' of scorecard A is fed by a survey (" + YAML + ":11:5)");
    }

    @Test
    void everyProblemIsReportedInOneRun() {
        var run = project().file(CSV, "unit;q1;q2\nA9;5;4\nA1;0;x\n")
                .file(YAML, DEFINITION.replace("measure: mean", "measure: avg")).run("check");
        assertEquals(2, run.exit());
        Expect.noStackTrace(run);
        assertEquals(4, Expect.problemLines(run).size(), run.err());
    }
}
