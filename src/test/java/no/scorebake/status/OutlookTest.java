package no.scorebake.status;

import static no.scorebake.status.Fx.APR;
import static no.scorebake.status.Fx.AUG;
import static no.scorebake.status.Fx.FEB;
import static no.scorebake.status.Fx.JAN;
import static no.scorebake.status.Fx.JUN;
import static no.scorebake.status.Fx.MAR;
import static no.scorebake.status.Fx.MAY;
import static no.scorebake.status.Fx.a;
import static no.scorebake.status.Fx.assertExact;
import static no.scorebake.status.Fx.f;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import no.scorebake.testkit.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "year outlook" of How status is computed: the year target from the twelve months' targets, the
 * computed forecast from the year to date, the owner's forecast from the {@code forecast} column,
 * and performance and status by the KPI's rules. Every expected number is worked by hand in the
 * comment beside it. The site's thresholds are the defaults: green from 100, yellow from 90.
 */
class OutlookTest {

    @TempDir
    Path dir;

    private Outlook outlook(String kpisYaml, String csv, java.time.YearMonth p) {
        StatusEngine e = new TestProject(dir).scorecard("A", kpisYaml, "x").file("model/data/a.csv", csv).engine();
        return e.kpi(a("x"), p).outlook();
    }

    @Test
    void sumScalesTheYearToDateToTwelveMonthsAndLowerIsBetter() {
        // The portal spec's example: 8 months, 1012 faults so far, 150 a month allowed.
        Outlook o = outlook("""
                - { id: x, name: X, unit: count, aggregation: sum, direction: lower, target: 150 }
                """, """
                scorecard;kpi;period;value
                A;x;2005-01;120
                A;x;2005-02;130
                A;x;2005-03;125
                A;x;2005-04;118
                A;x;2005-05;127
                A;x;2005-06;130
                A;x;2005-07;128
                A;x;2005-08;134
                """, AUG);
        assertNotNull(o);
        assertEquals(2005, o.year());
        // ytd = 120+130+125+118+127+130+128+134 = 1012 over k = 8; computed = 1012 × 12 / 8 = 1518
        assertEquals(8, o.months());
        assertEquals(Outlook.By.COMPUTED, o.by());
        assertExact(f("1518"), o.value());
        assertExact(f("1518"), o.computed());
        assertNull(o.ownerRow());
        // year target = 12 × 150 = 1800
        assertExact(f("1800"), o.target());
        // lower: 100 × (2 − 1518/1800) = 100 × 2082/1800 = 347/3 = 115.666… → green (≥ 100)
        assertExact(f(347, 3), o.performance());
        assertEquals(Status.GREEN, o.status());
    }

    @Test
    void monthsWithoutAValueAreLeftOutOfKAndTheYearTargetTakesEveryMonthsOwnTarget() {
        // Jan 100, Feb no row, Mar 110, Apr empty cell, May no row, Jun 90: k = 3
        Outlook o = outlook("""
                - { id: x, name: X, unit: count, aggregation: sum, target: 100, targets: { 2005-12: 40 } }
                """, """
                scorecard;kpi;period;value
                A;x;2005-01;100
                A;x;2005-03;110
                A;x;2005-04;
                A;x;2005-06;90
                """, JUN);
        assertEquals(3, o.months());
        // ytd = 100 + 110 + 90 = 300; computed = 300 × 12 / 3 = 1200
        assertExact(f("1200"), o.value());
        // year target = 11 × 100 + December's 40 = 1140 (all twelve months, not only those with a value)
        assertExact(f("1140"), o.target());
        // higher: 100 × 1200 / 1140 = 2000/19 = 105.26… → green
        assertExact(f(2000, 19), o.performance());
        assertEquals(Status.GREEN, o.status());
    }

    @Test
    void averageForecastsTheYearToDateAgainstTheMeanOfTheTwelveTargets() {
        Outlook o = outlook("""
                - { id: x, name: X, unit: percent, aggregation: average, target: 94, targets: { 2005-01: 90 } }
                """, """
                scorecard;kpi;period;value
                A;x;2005-01;90
                A;x;2005-02;95
                A;x;2005-03;92,5
                """, MAR);
        // ytd = (90 + 95 + 92.5) / 3 = 92.5; computed = the ytd value
        assertEquals(3, o.months());
        assertExact(f("92.5"), o.value());
        // year target = (90 + 11 × 94) / 12 = 1124 / 12 = 281/3 = 93.666…
        assertExact(f(281, 3), o.target());
        // 100 × 92.5 / (281/3) = 27750/281 = 98.75… → yellow (≥ 90, < 100)
        assertExact(f(27750, 281), o.performance());
        assertEquals(Status.YELLOW, o.status());
    }

    @Test
    void lastForecastsTheLatestValueAgainstDecembersTarget() {
        Outlook o = outlook("""
                - { id: x, name: X, unit: count, aggregation: last, target: 8, targets: { 2005-12: 6 } }
                """, """
                scorecard;kpi;period;value
                A;x;2005-01;5
                A;x;2005-06;7
                A;x;2005-08;
                A;x;2005-09;1
                """, AUG);
        // August's cell is empty and September is after P: the latest value up to P is June's 7; k = 2
        assertEquals(2, o.months());
        assertExact(f("7"), o.value());
        // year target = December's 6 (not August's 8)
        assertExact(f("6"), o.target());
        // 100 × 7 / 6 = 350/3 = 116.66… → green
        assertExact(f(350, 3), o.performance());
        assertEquals(Status.GREEN, o.status());
    }

    @Test
    void oneMonthIsEnoughAndNoMonthGivesNoOutlook() {
        String kpi = """
                - { id: x, name: X, unit: count, aggregation: sum, target: 100 }
                """;
        // Only January has a value; in March k = 1: computed = 100 × 12 / 1 = 1200
        Outlook o = outlook(kpi, "scorecard;kpi;period;value;forecast\nA;x;2005-01;100;\nA;x;2005-03;;900\n", MAR);
        assertEquals(1, o.months());
        assertExact(f("1200"), o.computed());
        // … and March's owner's forecast counts though March has no value: 900 of 1200 = 75 % → red
        assertEquals(Outlook.By.OWNER, o.by());
        assertExact(f("900"), o.value());
        assertExact(f("75"), o.performance());
        assertEquals(Status.RED, o.status());
        // k = 0: no year to date, so no outlook, an owner's forecast notwithstanding
        assertNull(outlook(kpi, "scorecard;kpi;period;value;forecast\nA;x;2005-01;;900\nA;x;2005-02;;\n", FEB));
    }

    @Test
    void aMonthOfTheYearWithoutATargetMeansNoOutlookUntilAnUploadGivesIt() {
        String kpi = """
                - id: x
                  name: X
                  unit: count
                  targets: { 2005-01: 10, 2005-02: 10, 2005-03: 10, 2005-04: 10, 2005-05: 10, 2005-06: 10,
                             2005-07: 10, 2005-08: 10, 2005-09: 10, 2005-10: 10, 2005-12: 10 }
                """;
        // November has no target: no year target, no outlook, though August has a year to date
        StatusEngine e = new TestProject(dir).scorecard("A", kpi, "x")
                .file("model/data/a.csv", "scorecard;kpi;period;value;target\nA;x;2005-08;9;\n").engine();
        assertNotNull(e.kpi(a("x"), AUG).ytd());
        assertNull(e.kpi(a("x"), AUG).outlook());
        // a data row's target for November (a later month) completes the year: 11 × 10 + 12 = 122
        Outlook o = outlook(kpi, "scorecard;kpi;period;value;target\nA;x;2005-08;9;\nA;x;2005-11;;12\n", AUG);
        assertExact(f("122"), o.target());
        // computed = 9 × 12 / 1 = 108; 100 × 108 / 122 = 5400/61 = 88.52… → red
        assertExact(f("108"), o.value());
        assertExact(f(5400, 61), o.performance());
        assertEquals(Status.RED, o.status());
    }

    @Test
    void theOwnersForecastOfTheLatestMonthUpToPCountsUntilALaterOneReplacesIt() {
        String kpi = """
                - { id: x, name: X, unit: count, aggregation: sum, direction: lower, target: 100 }
                """;
        String csv = """
                scorecard;kpi;period;value;forecast
                A;x;2004-12;90;9999
                A;x;2005-01;100;
                A;x;2005-02;110;1 500
                A;x;2005-03;;1400
                A;x;2005-04;120;
                A;x;2005-05;130;1300
                """;
        StatusEngine e = new TestProject(dir).scorecard("A", kpi, "x").file("model/data/a.csv", csv).engine();
        // January: December 2004's forecast is for 2004, so the outlook is computed: 100 × 12 / 1 = 1200
        Outlook jan = e.kpi(a("x"), JAN).outlook();
        assertEquals(Outlook.By.COMPUTED, jan.by());
        assertExact(f("1200"), jan.value());
        // February: its own forecast 1500
        assertExact(f("1500"), e.kpi(a("x"), FEB).outlook().value());
        // April: the latest forecast up to April is March's 1400 (March has no value); April gave none
        Outlook apr = e.kpi(a("x"), APR).outlook();
        assertEquals(Outlook.By.OWNER, apr.by());
        assertExact(f("1400"), apr.value());
        assertEquals("2005-03", apr.ownerRow().period().label());
        // computed beside it: k = 3 (Jan, Feb, Apr), ytd 100 + 110 + 120 = 330; 330 × 12 / 3 = 1320
        assertEquals(3, apr.months());
        assertExact(f("1320"), apr.computed());
        // year target 12 × 100 = 1200; lower: 100 × (2 − 1400/1200) = 100 × 5/6 = 250/3 = 83.33… → red
        assertExact(f(250, 3), apr.performance());
        assertEquals(Status.RED, apr.status());
        // May replaces it with 1300: 100 × (2 − 1300/1200) = 275/3 = 91.66… → yellow
        Outlook may = e.kpi(a("x"), MAY).outlook();
        assertExact(f("1300"), may.value());
        assertEquals(Status.YELLOW, may.status());
    }

    @Test
    void aTargetOfZeroIsMetOrNot() {
        String kpi = """
                - { id: x, name: X, unit: count, aggregation: sum, direction: lower, target: 0 }
                """;
        String csv = "scorecard;kpi;period;value\nA;x;2005-01;0\nA;x;2005-02;0\nA;x;2005-03;1\n";
        StatusEngine e = new TestProject(dir).scorecard("A", kpi, "x").file("model/data/a.csv", csv).engine();
        // February: computed 0 × 12 / 2 = 0 against year target 0 → meets it: 100 → green
        Outlook feb = e.kpi(a("x"), FEB).outlook();
        assertExact(f("0"), feb.target());
        assertExact(f("0"), feb.value());
        assertExact(f("100"), feb.performance());
        assertEquals(Status.GREEN, feb.status());
        // March: computed 1 × 12 / 3 = 4 > 0 → 0 → red
        Outlook mar = e.kpi(a("x"), MAR).outlook();
        assertExact(f("4"), mar.value());
        assertExact(f("0"), mar.performance());
        assertEquals(Status.RED, mar.status());
    }

    @Test
    void aPerformanceExactlyOnAThresholdGetsTheBetterColour() {
        // Site thresholds, lower: Jan 100, Feb 110, Mar 120: 330 × 12 / 3 = 1320 of 1200;
        // 100 × (2 − 1320/1200) = 100 × 0.9 = 90 exactly → yellow, not red
        Outlook yellow = outlook("""
                - { id: x, name: X, unit: count, aggregation: sum, direction: lower, target: 100 }
                """, "scorecard;kpi;period;value\nA;x;2005-01;100\nA;x;2005-02;110\nA;x;2005-03;120\n", MAR);
        assertExact(f("90"), yellow.performance());
        assertEquals(Status.YELLOW, yellow.status());
    }

    @Test
    void theKpisOwnThresholdsColourItsOutlook() {
        // higher, green from 105: 100 + 105 + 110 = 315; 315 × 12 / 3 = 1260 of 1200; 100 × 1260 / 1200 = 105 exactly → green
        Outlook o = outlook("""
                - { id: x, name: X, unit: count, aggregation: sum, target: 100, thresholds: { green: 105, yellow: 95 } }
                """, "scorecard;kpi;period;value\nA;x;2005-01;100\nA;x;2005-02;105\nA;x;2005-03;110\n", MAR);
        assertExact(f("105"), o.performance());
        assertEquals(Status.GREEN, o.status());
    }

    @Test
    void aPlannedKpisOutlookIsGreyAndOnlyMonthlyKpisHaveOne() {
        StatusEngine e = new TestProject(dir).scorecard("A", """
                - { id: x, name: X, unit: count, target: 1, state: planned }
                - { id: q, name: Q, unit: count, target: 1, frequency: quarterly }
                """, "x", "q").file("model/data/a.csv", "scorecard;kpi;period;value\nA;x;2005-01;5\nA;q;2005-Q1;5\n").engine();
        // 5 × 12 / 1 = 60 of 12 would be green, but a planned KPI is never coloured
        Outlook planned = e.kpi(a("x"), MAR).outlook();
        assertExact(f("60"), planned.value());
        assertEquals(Status.GREY, planned.status());
        assertNull(e.kpi(a("q"), MAR).outlook());
    }

    @Test
    void aFormulaKpiGetsAComputedOutlookAndTheFiguresOfAHistoryRowNone() {
        StatusEngine e = new TestProject(dir).scorecard("A", """
                - { id: k, name: K, unit: count, target: 10 }
                - { id: x, name: X, unit: count, aggregation: sum, target: 20, formula: "{k} * 2" }
                """, "x").file("model/data/a.csv", "scorecard;kpi;period;value\nA;k;2005-01;9\nA;k;2005-02;12\n").engine();
        // x = 18 and 24: ytd 42 over 2; 42 × 12 / 2 = 252 of 240 → 105 → green
        Outlook o = e.kpi(a("x"), FEB).outlook();
        assertExact(f("252"), o.value());
        assertExact(f("105"), o.performance());
        assertNull(e.figures(a("x"), FEB).outlook());
    }
}
