package no.scorebake.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import no.scorebake.model.KpiKey;
import no.scorebake.model.Project;
import no.scorebake.status.KpiStatus;
import no.scorebake.status.StatusEngine;
import no.scorebake.testkit.SurveyFixture;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Survey figures against numbers worked out by hand, and feeds landing in KPI values. */
class SurveyResultsTest {

    @TempDir
    Path dir;

    private WaveResult wave(Project p) {
        return new StatusEngine(p).surveys().results(p.surveys().get(0)).get(0);
    }

    @Test
    void eachUnitCountsItsOwnAndItsSubUnitsRespondents() {
        WaveResult r = wave(SurveyFixture.project(dir).load());
        // A1 q1: 5,4,3,2 → n 4, mean 14/4, favourable 2 of 4
        assertEquals(new Figure(true, 4, BigFraction.of(7, 2), BigFraction.of(50)), r.question("A1", "q1"));
        // A1 q2: 4,4,4 (one left it empty) → n 3, mean 4, all favourable
        assertEquals(new Figure(true, 3, BigFraction.of(4), BigFraction.of(100)), r.question("A1", "q2"));
        // A2 q1: 1,2,5 → mean 8/3, one of three favourable
        assertEquals(new Figure(true, 3, BigFraction.of(8, 3), BigFraction.of(100, 3)), r.question("A2", "q1"));
        // A (everyone) q1: 5,4,3,2,1,2,5 → n 7, sum 22, favourable 3 of 7
        assertEquals(new Figure(true, 7, BigFraction.of(22, 7), BigFraction.of(300, 7)), r.question("A", "q1"));
        // A q2: 4,4,4,5,5,1 → n 6, sum 23, favourable 5 of 6
        assertEquals(new Figure(true, 6, BigFraction.of(23, 6), BigFraction.of(500, 6)), r.question("A", "q2"));
    }

    @Test
    void aThemesIndexIsTheMeanOfItsQuestions() {
        WaveResult r = wave(SurveyFixture.project(dir).load());
        // A1: (7/2 + 4) / 2 = 15/4; favourable (50 + 100) / 2 = 75; four answered something in the theme
        assertEquals(new Figure(true, 4, BigFraction.of(15, 4), BigFraction.of(75)), r.theme("A1", "lead"));
        // A: (22/7 + 23/6) / 2 = 293/84; favourable (300/7 + 250/3) / 2 = 1325/21
        assertEquals(new Figure(true, 7, BigFraction.of(293, 84), BigFraction.of(1325, 21)), r.theme("A", "lead"));
    }

    @Test
    void feedsLandInTheKpiPeriodThatHoldsTheSurveyMonth() {
        StatusEngine engine = SurveyFixture.project(dir).engine();
        // yearly KPI: June 2005 belongs to 2005; the theme's mean for A
        assertEquals(BigFraction.of(293, 84), engine.value(new KpiKey("A", "lead-mean"), YearMonth.of(2005, 12)));
        // quarterly KPI: June 2005 is the second quarter; q1's favourable share for A
        KpiStatus q = engine.kpi(new KpiKey("A", "q1-share"), YearMonth.of(2005, 6));
        assertEquals(BigFraction.of(300, 7), q.value());
        assertEquals("2005-Q2", q.valuePeriod().label());
        assertEquals(new KpiKey("A", "q1-share"), engine.fed(new KpiKey("A", "q1-share"), YearMonth.of(2005, 6)).feed().kpi());
    }

    @Test
    void aFedKpiIsNeverMissingEvenInAPeriodWithoutSurvey() {
        StatusEngine engine = SurveyFixture.project(dir).engine();
        KpiStatus q3 = engine.kpi(new KpiKey("A", "q1-share"), YearMonth.of(2005, 9));
        assertNull(q3.value());
        assertFalse(q3.missing(), "a fed KPI is never missing");
        assertTrue(engine.kpi(new KpiKey("A", "faults"), YearMonth.of(2005, 9)).missing(), "an unfed KPI still is");
    }

    @Test
    void aFeedFromAGroupWithTooFewAnswersGivesNoValue() {
        var project = SurveyFixture.project(dir)
                .file("model/surveys/staff.yaml", SurveyFixture.DEFINITION.replace("min-group: 3", "min-group: 8"));
        StatusEngine engine = project.engine();
        KpiStatus s = engine.kpi(new KpiKey("A", "lead-mean"), YearMonth.of(2005, 12));
        assertNull(s.value(), "7 respondents are fewer than min-group 8");
        assertFalse(s.missing());
        assertNull(engine.fed(new KpiKey("A", "lead-mean"), YearMonth.of(2005, 12)).value());
    }
}
