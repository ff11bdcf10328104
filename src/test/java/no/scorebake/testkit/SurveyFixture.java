package no.scorebake.testkit;

import java.nio.file.Path;
import no.scorebake.testkit.TestProject;

/**
 * A small project with a survey (scale 1-5, favourable from 4, min-group 3) whose results are
 * worked out by hand in {@link SurveyResultsTest}. Unit A has sub-units A1 (4 respondents) and
 * A2 (3 respondents); A's own staff answered nothing.
 */
public final class SurveyFixture {

    public static final String DEFINITION = """
            name: Medarbeiderundersøkelsen
            scale: { min: 1, max: 5, favourable: 4 }
            min-group: 3
            themes:
              - id: lead
                name: Ledelse
                questions:
                  - { id: q1, text: Min leder følger opp målene }
                  - { id: q2, text: Jeg vet hva målene betyr }
            feeds:
              - { theme: lead, measure: mean, scorecard: A, kpi: lead-mean }
              - { question: q1, measure: favourable, scorecard: A, kpi: q1-share }
            """;

    /** A1: q1 5,4,3,2 and q2 4,4,4,(none); A2: q1 1,2,5 and q2 5,5,1. */
    public static final String RESPONSES = """
            unit;q1;q2
            A1;5;4
            A1;4;4
            A1;3;4
            A1;2;
            A2;1;5
            A2;2;5
            A2;5;1
            """;

    public static final String KPIS = """
            - { id: lead-mean, name: Ledelsesindeks, unit: score, frequency: yearly, target: 4 }
            - { id: q1-share, name: Andel positive q1, unit: percent, frequency: quarterly, target: 50 }
            - { id: faults, name: Feil, unit: count, target: 10 }
            """;

    private SurveyFixture() {
    }

    public static TestProject project(Path dir) {
        return new TestProject(dir)
                .scorecard("A", KPIS, "lead-mean", "q1-share", "faults")
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA;faults;2005-06;8\n")
                .file("model/surveys/staff.yaml", DEFINITION)
                .file("model/surveys/staff/2005-06.csv", RESPONSES);
    }
}
