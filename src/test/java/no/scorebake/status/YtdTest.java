package no.scorebake.status;

import static no.scorebake.status.Fx.AUG;
import static no.scorebake.status.Fx.MAR;
import static no.scorebake.status.Fx.a;
import static no.scorebake.status.Fx.assertExact;
import static no.scorebake.status.Fx.f;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.YearMonth;
import no.scorebake.model.Aggregation;
import no.scorebake.testkit.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "year to date" of How status is computed: over the months of P's year up to P that have a value;
 * sum adds values and targets, average averages them, last takes the latest.
 */
class YtdTest {

    @TempDir
    Path dir;

    /** Jan 10, Feb no row, Mar 20, Apr empty cell, Aug 30; also 2004-12 and 2005-09, which must not count. */
    private static final String GAPPY = """
            scorecard;kpi;period;value
            A;x;2004-12;1000
            A;x;2005-01;10
            A;x;2005-03;20
            A;x;2005-04;
            A;x;2005-08;30
            A;x;2005-09;1000
            """;

    @Test
    void sumAddsValuesAndTargetsOfTheMonthsWithAValue() {
        StatusEngine e = new TestProject(dir)
                .scorecard("A", """
                        - id: x
                          name: X
                          unit: count
                          aggregation: sum
                          target: 15
                          targets: { 2005-03: 25 }
                        """, "x")
                .file("model/data/a.csv", GAPPY)
                .engine();
        Ytd ytd = e.kpi(a("x"), AUG).ytd();
        // months with a value: Jan, Mar, Aug -> 3; value 10 + 20 + 30 = 60
        assertEquals(3, ytd.months());
        assertEquals(Aggregation.SUM, ytd.aggregation());
        assertExact(f("60"), ytd.value());
        // targets of those months only: 15 + 25 + 15 = 55 (not 8 months × 15)
        assertExact(f("55"), ytd.target());
        // up to March: Jan and Mar: 30 of target 40
        Ytd mar = e.kpi(a("x"), MAR).ytd();
        assertEquals(2, mar.months());
        assertExact(f("30"), mar.value());
        assertExact(f("40"), mar.target());
        // February has no value but still has a year to date (January's)
        Ytd feb = e.kpi(a("x"), Fx.FEB).ytd();
        assertEquals(1, feb.months());
        assertExact(f("10"), feb.value());
        // December 2004 is another year: only its own month (and earlier 2004 ones)
        Ytd dec04 = e.kpi(a("x"), YearMonth.of(2004, 12)).ytd();
        assertEquals(1, dec04.months());
        assertExact(f("1000"), dec04.value());
    }

    @Test
    void averageAveragesValuesAndTargets() {
        StatusEngine e = new TestProject(dir)
                .scorecard("A", """
                        - id: x
                          name: X
                          unit: percent
                          aggregation: average
                          target: 94
                          targets: { 2005-01: 90, 2005-03: 93 }
                        """, "x")
                .file("model/data/a.csv", """
                        scorecard;kpi;period;value
                        A;x;2005-01;90
                        A;x;2005-03;95
                        A;x;2005-05;
                        A;x;2005-08;92,5
                        """)
                .engine();
        Ytd ytd = e.kpi(a("x"), AUG).ytd();
        // (90 + 95 + 92.5) / 3 = 277.5 / 3 = 92.5
        assertEquals(3, ytd.months());
        assertEquals(Aggregation.AVERAGE, ytd.aggregation());
        assertExact(f("92.5"), ytd.value());
        // targets of Jan, Mar, Aug: (90 + 93 + 94) / 3 = 277/3 = 92.333… exactly
        assertExact(f(277, 3), ytd.target());
    }

    @Test
    void lastTakesTheLatestMonthWithAValue() {
        StatusEngine e = new TestProject(dir)
                .scorecard("A", """
                        - id: x
                          name: X
                          unit: count
                          aggregation: last
                          target: 8
                          targets: { 2005-06: 6 }
                        """, "x")
                .file("model/data/a.csv", """
                        scorecard;kpi;period;value
                        A;x;2005-01;5
                        A;x;2005-06;7
                        A;x;2005-08;
                        """)
                .engine();
        Ytd ytd = e.kpi(a("x"), AUG).ytd();
        // August's cell is empty: the latest value is June's 7 with June's target 6; 2 months
        assertEquals(2, ytd.months());
        assertEquals(Aggregation.LAST, ytd.aggregation());
        assertExact(f("7"), ytd.value());
        assertExact(f("6"), ytd.target());
        // in March the latest is January's 5 with target 8
        Ytd mar = e.kpi(a("x"), MAR).ytd();
        assertEquals(1, mar.months());
        assertExact(f("5"), mar.value());
        assertExact(f("8"), mar.target());
    }

    @Test
    void ytdTargetIsNullWhenACoveredMonthHasNoTarget() {
        StatusEngine e = new TestProject(dir)
                .scorecard("A", """
                        - id: s
                          name: S
                          unit: count
                          targets: { 2005-01: 10, 2005-03: 12 }
                        - id: v
                          name: V
                          unit: percent
                          targets: { 2005-01: 10, 2005-03: 12 }
                        """, "s", "v")
                .file("model/data/a.csv", """
                        scorecard;kpi;period;value
                        A;s;2005-01;8
                        A;s;2005-03;9
                        A;s;2005-04;1
                        A;v;2005-01;8
                        A;v;2005-03;9
                        A;v;2005-04;1
                        """)
                .engine();
        // Up to March: Jan and Mar both have targets (February has neither value nor target, so it
        // does not matter): sum 8 + 9 = 17 of 10 + 12 = 22; average 8.5 of 11
        Ytd sMar = e.kpi(a("s"), MAR).ytd();
        assertExact(f("17"), sMar.value());
        assertExact(f("22"), sMar.target());
        Ytd vMar = e.kpi(a("v"), MAR).ytd();
        assertExact(f("8.5"), vMar.value());
        assertExact(f("11"), vMar.target());
        // Up to April: April has a value but no target -> the year-to-date target is unknown
        Ytd sApr = e.kpi(a("s"), Fx.APR).ytd();
        assertEquals(3, sApr.months());
        assertExact(f("18"), sApr.value());
        assertNull(sApr.target());
        Ytd vApr = e.kpi(a("v"), Fx.APR).ytd();
        assertExact(f("6"), vApr.value()); // (8 + 9 + 1) / 3
        assertNull(vApr.target());
    }

    @Test
    void defaultAggregationDependsOnTheUnit() {
        StatusEngine e = new TestProject(dir)
                .scorecard("A", """
                        - { id: count, name: C, unit: count }
                        - { id: hours, name: H, unit: hours }
                        - { id: nok, name: N, unit: nok }
                        - { id: percent, name: P, unit: percent }
                        - { id: score, name: S, unit: score }
                        - { id: days, name: D, unit: days }
                        """, "count")
                .file("model/data/a.csv", """
                        scorecard;kpi;period;value
                        A;count;2005-01;2
                        A;count;2005-08;4
                        A;hours;2005-01;2
                        A;hours;2005-08;4
                        A;nok;2005-01;2
                        A;nok;2005-08;4
                        A;percent;2005-01;2
                        A;percent;2005-08;4
                        A;score;2005-01;2
                        A;score;2005-08;4
                        A;days;2005-01;2
                        A;days;2005-08;4
                        """)
                .engine();
        // sum: 2 + 4 = 6 for count, hours, nok
        for (String k : new String[] {"count", "hours", "nok"}) {
            Ytd ytd = e.kpi(a(k), AUG).ytd();
            assertEquals(Aggregation.SUM, ytd.aggregation(), k);
            assertExact(f("6"), ytd.value());
        }
        // average: (2 + 4) / 2 = 3 for percent, score, days
        for (String k : new String[] {"percent", "score", "days"}) {
            Ytd ytd = e.kpi(a(k), AUG).ytd();
            assertEquals(Aggregation.AVERAGE, ytd.aggregation(), k);
            assertExact(f("3"), ytd.value());
        }
    }

    @Test
    void anExplicitAggregationBeatsTheUnitsDefault() {
        StatusEngine e = new TestProject(dir)
                .scorecard("A", "- { id: x, name: X, unit: percent, aggregation: sum }\n", "x")
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA;x;2005-01;2\nA;x;2005-08;4\n")
                .engine();
        assertExact(f("6"), e.kpi(a("x"), AUG).ytd().value());
    }

    @Test
    void noYtdForNonMonthlyKpisOrWithoutAnyValueThisYear() {
        StatusEngine e = new TestProject(dir)
                .scorecard("A", """
                        - { id: q, name: Q, unit: count, frequency: quarterly, target: 5 }
                        - { id: h, name: H, unit: count, frequency: half-yearly, target: 5 }
                        - { id: y, name: Y, unit: count, frequency: yearly, target: 5 }
                        - { id: m, name: M, unit: count, target: 5 }
                        """, "q", "h", "y", "m")
                .file("model/data/a.csv", """
                        scorecard;kpi;period;value
                        A;q;2005-Q2;5
                        A;h;2005-H1;5
                        A;y;2004;5
                        A;m;2004-12;5
                        """)
                .engine();
        assertNotNull(e.kpi(a("q"), AUG).value());
        assertNull(e.kpi(a("q"), AUG).ytd());
        assertNull(e.kpi(a("h"), AUG).ytd());
        assertNull(e.kpi(a("y"), AUG).ytd());
        // monthly, but its only value is in 2004
        assertNull(e.kpi(a("m"), AUG).ytd());
    }

    @Test
    void formulaKpisHaveAYtdOfTheirComputedValues() {
        StatusEngine e = new TestProject(dir)
                .scorecard("A", """
                        - { id: a, name: A, unit: count }
                        - { id: b, name: B, unit: count }
                        - { id: both, name: AB, unit: count, formula: "{a} + {b}", target: 10 }
                        """, "both")
                .file("model/data/a.csv", """
                        scorecard;kpi;period;value
                        A;a;2005-01;3
                        A;b;2005-01;4
                        A;a;2005-02;5
                        A;a;2005-08;1
                        A;b;2005-08;2
                        """)
                .engine();
        // Jan 3 + 4 = 7, Feb has no b -> no value, Aug 1 + 2 = 3: sum 10 over 2 months, target 20
        Ytd ytd = e.kpi(a("both"), AUG).ytd();
        assertEquals(2, ytd.months());
        assertExact(f("10"), ytd.value());
        assertExact(f("20"), ytd.target());
    }
}
