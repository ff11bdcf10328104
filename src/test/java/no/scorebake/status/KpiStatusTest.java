package no.scorebake.status;

import static no.scorebake.status.Fx.APR;
import static no.scorebake.status.Fx.AUG;
import static no.scorebake.status.Fx.DEC;
import static no.scorebake.status.Fx.JUL;
import static no.scorebake.status.Fx.JUN;
import static no.scorebake.status.Fx.MAR;
import static no.scorebake.status.Fx.MAY;
import static no.scorebake.status.Fx.SEP;
import static no.scorebake.status.Fx.a;
import static no.scorebake.status.Fx.assertExact;
import static no.scorebake.status.Fx.d;
import static no.scorebake.status.Fx.f;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import no.scorebake.model.Frequency;
import no.scorebake.model.Period;
import no.scorebake.testkit.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "value", "target" and "missing" of How status is computed: which period a KPI shows in a month,
 * where its target comes from, and when it counts as missing.
 */
class KpiStatusTest {

    @TempDir
    Path dir;

    // ---- target resolution -----------------------------------------------------------------------

    @Test
    void dataTargetBeatsPeriodKeyBeatsYearKeyBeatsTarget() {
        StatusEngine e = new TestProject(dir)
                .scorecard("A", """
                        - id: x
                          name: X
                          unit: count
                          target: 100
                          targets:
                            2005: 110
                            2005-07: 120
                            2005-08: 125
                        """, "x")
                .file("model/data/a.csv", """
                        scorecard;kpi;period;value;target
                        A;x;2005-08;130;130
                        A;x;2005-07;120;
                        A;x;2005-06;110;
                        A;x;2004-12;100;
                        """)
                .engine();
        // August: data row's target 130 beats targets 2005-08 (125), 2005 (110) and target (100)
        KpiStatus aug = e.kpi(a("x"), AUG);
        assertExact(f("130"), aug.target());
        assertEquals(TargetSource.DATA, aug.targetSource());
        assertEquals("100", d(aug.performance())); // 100 × 130 / 130
        // July: no target in the row -> targets 2005-07 = 120
        KpiStatus jul = e.kpi(a("x"), JUL);
        assertExact(f("120"), jul.target());
        assertEquals(TargetSource.PERIOD, jul.targetSource());
        // June: no period key -> year key 2005 = 110; 100 × 110/110 = 100
        KpiStatus jun = e.kpi(a("x"), JUN);
        assertExact(f("110"), jun.target());
        assertEquals(TargetSource.YEAR, jun.targetSource());
        assertEquals(Status.GREEN, jun.status());
        // December 2004: no key for 2004 -> target 100
        KpiStatus dec04 = e.kpi(a("x"), YearMonth.of(2004, 12));
        assertExact(f("100"), dec04.target());
        assertEquals(TargetSource.DEFAULT, dec04.targetSource());
        // the public target(): the same choice for a period without any row (2005-09: year key)
        assertExact(f("110"), e.target(a("x"), Period.month(SEP)));
        assertExact(f("130"), e.target(a("x"), Period.month(AUG)));
    }

    @Test
    void aDataTargetCountsEvenWhenTheValueIsEmpty() {
        StatusEngine e = new TestProject(dir)
                .scorecard("A", "- { id: x, name: X, unit: count, target: 100 }\n", "x")
                .file("model/data/a.csv", "scorecard;kpi;period;value;target\nA;x;2005-08;;80\n")
                .engine();
        KpiStatus s = e.kpi(a("x"), AUG);
        assertNull(s.value());
        assertExact(f("80"), s.target());
        assertEquals(TargetSource.DATA, s.targetSource());
        assertEquals(Status.GREY, s.status());
        assertTrue(s.missing());
    }

    @Test
    void noTargetAnywhereIsNullAndGrey() {
        StatusEngine e = new TestProject(dir)
                .scorecard("A", """
                        - id: x
                          name: X
                          unit: count
                          targets: { 2004: 50, 2005-07: 60 }
                        """, "x")
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA;x;2005-08;70\nA;x;2005-07;70\n")
                .engine();
        // August 2005: no data target, no 2005-08 key, no 2005 key, no target
        KpiStatus s = e.kpi(a("x"), AUG);
        assertExact(f("70"), s.value());
        assertNull(s.target());
        assertNull(s.targetSource());
        assertNull(s.performance());
        assertEquals(Status.GREY, s.status());
        // July has its period key: 100 × 70 / 60 = 350/3 = 116.67 -> green
        assertExact(f(350, 3), e.kpi(a("x"), JUL).performance());
        assertEquals(Status.GREEN, e.kpi(a("x"), JUL).status());
    }

    @Test
    void quarterlyTargetsByQuarterKeyMonthKeyYearAndDefault() {
        StatusEngine e = new TestProject(dir)
                .scorecard("A", """
                        - id: q
                          name: Q
                          unit: percent
                          frequency: quarterly
                          direction: lower
                          target: 9
                          targets:
                            2005: 7
                            2005-Q1: 6
                            2005-06: 5
                        """, "q")
                .engine();
        // 2005-Q1 key -> 6; month key 2005-06 is the second quarter -> 5; Q3 -> year 7; 2004-Q4 -> target 9
        assertExact(f("6"), e.target(a("q"), new Period(Frequency.QUARTERLY, 2005, 1)));
        assertExact(f("5"), e.target(a("q"), new Period(Frequency.QUARTERLY, 2005, 2)));
        assertExact(f("7"), e.target(a("q"), new Period(Frequency.QUARTERLY, 2005, 3)));
        assertExact(f("9"), e.target(a("q"), new Period(Frequency.QUARTERLY, 2004, 4)));
    }

    // ---- the value shown: its own period for quarterly, half-yearly, yearly ----------------------

    @Test
    void quarterlyKpiInAugustShowsTheSecondQuarterWithItsTarget() {
        StatusEngine e = new TestProject(dir)
                .scorecard("A", """
                        - id: sick
                          name: Sykefravær
                          unit: percent
                          frequency: quarterly
                          direction: lower
                          target: 5
                          targets: { 2005-Q3: 3 }
                        """, "sick")
                .file("model/data/a.csv", """
                        scorecard;kpi;period;value
                        A;sick;2005-Q1;5
                        A;sick;2005-06;4,5
                        A;sick;2005-Q3;9
                        """)
                .engine();
        KpiStatus aug = e.kpi(a("sick"), AUG);
        // August is in Q3, which ends in September: the latest quarter ended by August is Q2
        assertEquals("2005-Q2", aug.valuePeriod().label());
        assertEquals(YearMonth.of(2005, 6), aug.valuePeriod().end());
        // Q2's value 4.5 (row dated 2005-06), not Q3's 9; Q2's target 5, not Q3's 3
        assertExact(f("4.5"), aug.value());
        assertExact(f("5"), aug.target());
        // 100 × (2 − 4.5/5) = 100 × 1.1 = 110 -> green
        assertExact(f("110"), aug.performance());
        assertEquals(Status.GREEN, aug.status());
        assertNotNull(aug.row());
        assertFalse(aug.missing());
        // July shows Q2 too; September shows Q3: 100 × (2 − 9/3) = −100 -> 0, red
        assertEquals("2005-Q2", e.kpi(a("sick"), JUL).valuePeriod().label());
        KpiStatus sep = e.kpi(a("sick"), SEP);
        assertEquals("2005-Q3", sep.valuePeriod().label());
        assertExact(f("9"), sep.value());
        assertExact(f("3"), sep.target());
        assertExact(f("0"), sep.performance());
        assertEquals(Status.RED, sep.status());
        // May shows Q1: 100 × (2 − 5/5) = 100
        assertEquals("2005-Q1", e.kpi(a("sick"), MAY).valuePeriod().label());
        assertEquals("100", d(e.kpi(a("sick"), MAY).performance()));
    }

    @Test
    void halfYearlyKpiShowsItsHalfYear() {
        StatusEngine e = new TestProject(dir)
                .scorecard("A", """
                        - id: h
                          name: H
                          unit: score
                          frequency: half-yearly
                          target: 4
                          targets: { 2005-H2: 100, 2004-H2: 5 }
                        """, "h")
                .file("model/data/a.csv", """
                        scorecard;kpi;period;value;target
                        A;h;2004-H2;4;
                        A;h;2005-H1;3;3,6
                        """)
                .engine();
        // August: H1 2005 (ends June), value 3, data target 3.6: 100 × 3 / 3.6 = 83.33… -> red
        KpiStatus aug = e.kpi(a("h"), AUG);
        assertEquals("2005-H1", aug.valuePeriod().label());
        assertExact(f("3"), aug.value());
        assertExact(f("3.6"), aug.target());
        assertExact(f(250, 3), aug.performance());
        assertEquals(Status.RED, aug.status());
        // May: H2 2004 (ends December 2004), value 4, target key 2004-H2 = 5: 100 × 4/5 = 80
        KpiStatus may = e.kpi(a("h"), MAY);
        assertEquals("2004-H2", may.valuePeriod().label());
        assertEquals(YearMonth.of(2004, 12), may.valuePeriod().end());
        assertExact(f("80"), may.performance());
    }

    @Test
    void yearlyKpiShowsTheLastFullYear() {
        StatusEngine e = new TestProject(dir)
                .scorecard("A", """
                        - id: y
                          name: Y
                          unit: nok
                          frequency: yearly
                          target: 1000
                          targets: { 2004: 800 }
                        """, "y")
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA;y;2004;1 000\nA;y;2005-12;900\n")
                .engine();
        // August 2005: the year 2004, value 1000, target 800: 100 × 1000/800 = 125
        KpiStatus aug = e.kpi(a("y"), AUG);
        assertEquals("2004", aug.valuePeriod().label());
        assertExact(f("1000"), aug.value());
        assertExact(f("800"), aug.target());
        assertExact(f("125"), aug.performance());
        // December 2005: 2005's value 900, target 1000: 90 -> yellow
        KpiStatus dec = e.kpi(a("y"), DEC);
        assertEquals("2005", dec.valuePeriod().label());
        assertEquals("90", d(dec.performance()));
        assertEquals(Status.YELLOW, dec.status());
    }

    @Test
    void aMonthlyKpiShowsOnlyThatMonthsValue() {
        StatusEngine e = new TestProject(dir)
                .scorecard("A", "- { id: x, name: X, unit: count, target: 10 }\n", "x")
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA;x;2005-07;10\nA;x;2005-09;10\n")
                .engine();
        // August has no row: no carrying over July's (or September's) value
        KpiStatus s = e.kpi(a("x"), AUG);
        assertEquals("2005-08", s.valuePeriod().label());
        assertNull(s.value());
        assertEquals(Status.GREY, s.status());
        assertTrue(s.missing());
    }

    // ---- missing ---------------------------------------------------------------------------------

    @Test
    void monthlyIsMissingWithoutValueOrWithAnEmptyCell() {
        StatusEngine e = new TestProject(dir)
                .scorecard("A", """
                        - { id: x, name: X, unit: count, target: 10 }
                        """, "x")
                .file("model/data/a.csv", """
                        scorecard;kpi;period;value;comment
                        A;x;2005-06;7;
                        A;x;2005-07;;kommer senere
                        """)
                .engine();
        assertFalse(e.kpi(a("x"), JUN).missing());
        // an empty value cell is "not reported": missing, though the row (and its comment) exists
        KpiStatus jul = e.kpi(a("x"), JUL);
        assertTrue(jul.missing());
        assertNull(jul.value());
        assertEquals("kommer senere", jul.comment());
        // no row at all
        assertTrue(e.kpi(a("x"), AUG).missing());
    }

    @Test
    void quarterlyIsMissingOnlyInItsDueMonths() {
        StatusEngine e = new TestProject(dir)
                .scorecard("A", "- { id: q, name: Q, unit: percent, frequency: quarterly, target: 5 }\n", "q")
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA;q;2005-Q1;5\n")
                .engine();
        // Q1 reported: March not missing; April/May show Q1 and are not due
        assertFalse(e.kpi(a("q"), MAR).missing());
        assertFalse(e.kpi(a("q"), APR).missing());
        // June ends Q2, which has no value: missing
        KpiStatus jun = e.kpi(a("q"), JUN);
        assertTrue(jun.missing());
        assertNull(jun.value());
        // July and August still show Q2 without a value, but are not due: not missing
        KpiStatus aug = e.kpi(a("q"), AUG);
        assertNull(aug.value());
        assertEquals("2005-Q2", aug.valuePeriod().label());
        assertFalse(e.kpi(a("q"), JUL).missing());
        assertFalse(aug.missing());
        // September ends Q3: missing
        assertTrue(e.kpi(a("q"), SEP).missing());
    }

    @Test
    void halfYearlyAndYearlyAreMissingOnlyInTheirDueMonths() {
        StatusEngine e = new TestProject(dir)
                .scorecard("A", """
                        - { id: h, name: H, unit: percent, frequency: half-yearly, target: 5 }
                        - { id: y, name: Y, unit: percent, frequency: yearly, target: 5 }
                        """, "h", "y")
                .engine();
        assertFalse(e.kpi(a("h"), MAR).missing());
        assertTrue(e.kpi(a("h"), JUN).missing());
        assertFalse(e.kpi(a("h"), AUG).missing());
        assertFalse(e.kpi(a("h"), SEP).missing());
        assertTrue(e.kpi(a("h"), DEC).missing());
        assertFalse(e.kpi(a("y"), JUN).missing());
        assertFalse(e.kpi(a("y"), AUG).missing());
        assertTrue(e.kpi(a("y"), DEC).missing());
    }

    @Test
    void formulaRollupAndPlannedKpisAreNeverMissing() {
        StatusEngine e = new TestProject(dir)
                .scorecard("A1", "- { id: faults, name: F, unit: count }\n", "faults")
                .scorecard("A", """
                        - { id: faults, name: F, unit: count, rollup: sum, target: 10 }
                        - { id: a, name: A, unit: count }
                        - { id: b, name: B, unit: count }
                        - { id: share, name: S, unit: percent, formula: "100 * {a} / {b}", target: 50 }
                        - { id: later, name: L, unit: count, target: 1, state: planned }
                        """, "faults", "share", "later")
                .engine();
        // nothing is reported anywhere in August
        KpiStatus faults = e.kpi(a("faults"), AUG);
        assertNull(faults.value());
        assertFalse(faults.missing());
        KpiStatus share = e.kpi(a("share"), AUG);
        assertNull(share.value());
        assertFalse(share.missing());
        assertFalse(e.kpi(a("later"), AUG).missing());
        // while the formula's inputs themselves are missing
        assertTrue(e.kpi(a("a"), AUG).missing());
        assertTrue(e.kpi(Fx.key("A1", "faults"), AUG).missing());
    }
}
