package no.scorebake.status;

import static no.scorebake.status.Fx.AUG;
import static no.scorebake.status.Fx.a;
import static no.scorebake.status.Fx.assertExact;
import static no.scorebake.status.Fx.d;
import static no.scorebake.status.Fx.f;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import no.scorebake.model.Direction;
import no.scorebake.model.Thresholds;
import no.scorebake.testkit.TestProject;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "performance" and "status" of How status is computed: the formulas, the floor at 0, target 0,
 * exact comparison with the thresholds (on a threshold = the better colour), and grey.
 */
class PerformanceTest {

    private static final Thresholds SITE = Thresholds.DEFAULT; // green 100, yellow 90

    private static BigFraction perf(String value, String target, Direction direction) {
        return Performance.of(f(value), f(target), direction);
    }

    private static Status colour(String value, String target, Direction direction) {
        return Performance.status(perf(value, target, direction), SITE);
    }

    // ---- higher is better: 100 × value / target ---------------------------------------------

    @Test
    void higherIsHundredTimesValueOverTarget() {
        // 100 × 134 / 150 = 13400/150 = 268/3 = 89.333…
        assertExact(f(268, 3), perf("134", "150", Direction.HIGHER));
        assertEquals(Status.RED, colour("134", "150", Direction.HIGHER));
        // 100 × 180 / 150 = 120
        assertExact(f("120"), perf("180", "150", Direction.HIGHER));
        // 100 × 0 / 150 = 0
        assertExact(BigFraction.ZERO, perf("0", "150", Direction.HIGHER));
        // not capped for the KPI itself: 100 × 450 / 150 = 300
        assertExact(f("300"), perf("450", "150", Direction.HIGHER));
    }

    @Test
    void higherOnTheThresholdsGetsTheBetterColour() {
        // 100 × 150 / 150 = 100 = green threshold -> green
        assertEquals("100", d(perf("150", "150", Direction.HIGHER)));
        assertEquals(Status.GREEN, colour("150", "150", Direction.HIGHER));
        // 100 × 135 / 150 = 90 = yellow threshold -> yellow
        assertEquals("90", d(perf("135", "150", Direction.HIGHER)));
        assertEquals(Status.YELLOW, colour("135", "150", Direction.HIGHER));
        // 100 × 2.7 / 3 = 90 exactly (2.7/3 is 0.9000000000000001 in doubles) -> yellow
        assertEquals(Status.YELLOW, colour("2.7", "3", Direction.HIGHER));
        // 100 × 0.3 / 0.3 = 100 -> green
        assertEquals(Status.GREEN, colour("0.3", "0.3", Direction.HIGHER));
    }

    @Test
    void higherJustBelowTheThresholdsGetsTheWorseColour() {
        // 100 × 2.99999999999999999 / 3 = 99.999999999999999666… < 100 -> yellow,
        // although in doubles it rounds to exactly 100
        BigFraction p = perf("2.99999999999999999", "3", Direction.HIGHER);
        assertEquals(-1, p.compareTo(Exact.HUNDRED));
        assertEquals(Status.YELLOW, Performance.status(p, SITE));
        // 100 × 2.69 / 3 = 269/3 = 89.666… < 90 -> red
        assertExact(f(269, 3), perf("2.69", "3", Direction.HIGHER));
        assertEquals(Status.RED, colour("2.69", "3", Direction.HIGHER));
        // 100 × 299 / 300 = 299/3 = 99.666… -> yellow
        assertEquals(Status.YELLOW, colour("299", "300", Direction.HIGHER));
    }

    // ---- lower is better: 100 × (2 − value / target), never below 0 -----------------------------

    @Test
    void lowerIsHundredTimesTwoMinusRatio() {
        // 100 × (2 − 120/150) = 100 × (2 − 0.8) = 120
        assertExact(f("120"), perf("120", "150", Direction.LOWER));
        assertEquals(Status.GREEN, colour("120", "150", Direction.LOWER));
        // 100 × (2 − 160/150) = 100 × (2 − 16/15) = 100 × 14/15 = 280/3 = 93.333…
        assertExact(f(280, 3), perf("160", "150", Direction.LOWER));
        assertEquals(Status.YELLOW, colour("160", "150", Direction.LOWER));
        // 100 × (2 − 100/100) = 100 -> green (on the threshold)
        assertEquals(Status.GREEN, colour("100", "100", Direction.LOWER));
        // 100 × (2 − 0/100) = 200
        assertExact(f("200"), perf("0", "100", Direction.LOWER));
    }

    @Test
    void lowerExactlyNinetyIsYellow() {
        // 100 × (2 − 15.4/14) = 100 × (2 − 1.1) = 90 exactly (89.99999999999999 in doubles) -> yellow
        BigFraction p = perf("15.4", "14", Direction.LOWER);
        assertEquals("90", d(p));
        assertExact(f("90"), p);
        assertEquals(Status.YELLOW, Performance.status(p, SITE));
        // 100 × (2 − 15.41/14) = 100 × 12.59/14 = 1259/14 = 89.928… -> red
        assertEquals(Status.RED, colour("15.41", "14", Direction.LOWER));
        // 100 × (2 − 14/14) = 100; 100 × (2 − 14.01/14) = 1399/14 = 99.93 -> yellow
        assertEquals(Status.GREEN, colour("14", "14", Direction.LOWER));
        assertEquals(Status.YELLOW, colour("14.01", "14", Direction.LOWER));
    }

    @Test
    void lowerIsFlooredAtZero() {
        // 100 × (2 − 300/100) = 100 × (−1) = −100 -> 0
        assertExact(BigFraction.ZERO, perf("300", "100", Direction.LOWER));
        assertEquals(Status.RED, colour("300", "100", Direction.LOWER));
        // 100 × (2 − 200/100) = 0 exactly
        assertExact(BigFraction.ZERO, perf("200", "100", Direction.LOWER));
        // 100 × (2 − 199/100) = 1
        assertExact(BigFraction.ONE, perf("199", "100", Direction.LOWER));
    }

    // ---- target 0 -----------------------------------------------------------------------------

    @Test
    void targetZeroHigherIsHundredWhenMetElseZero() {
        // higher, target 0: value ≥ 0 meets it
        assertExact(Exact.HUNDRED, perf("0", "0", Direction.HIGHER));
        assertEquals(Status.GREEN, colour("0", "0", Direction.HIGHER));
        assertExact(Exact.HUNDRED, perf("5", "0", Direction.HIGHER));
        assertExact(BigFraction.ZERO, perf("-1", "0", Direction.HIGHER));
        assertEquals(Status.RED, colour("-1", "0", Direction.HIGHER));
    }

    @Test
    void targetZeroLowerIsHundredWhenMetElseZero() {
        // lower, target 0: value ≤ 0 meets it
        assertExact(Exact.HUNDRED, perf("0", "0", Direction.LOWER));
        assertEquals(Status.GREEN, colour("0", "0", Direction.LOWER));
        assertExact(Exact.HUNDRED, perf("-2", "0", Direction.LOWER));
        assertExact(BigFraction.ZERO, perf("0.1", "0", Direction.LOWER));
        assertEquals(Status.RED, colour("0.1", "0", Direction.LOWER));
    }

    @Test
    void noValueOrNoTargetHasNoPerformanceAndIsGrey() {
        assertNull(Performance.of(null, f("10"), Direction.HIGHER));
        assertNull(Performance.of(f("10"), null, Direction.LOWER));
        assertEquals(Status.GREY, Performance.status(null, SITE));
    }

    @Test
    void thresholdsAreComparedExactlyWithDecimals() {
        Thresholds t = new Thresholds(new BigDecimal("95.5"), new BigDecimal("80.25"));
        assertEquals(Status.GREEN, Performance.status(f("95.5"), t));
        assertEquals(Status.YELLOW, Performance.status(f("95.49999"), t));
        assertEquals(Status.YELLOW, Performance.status(f("80.25"), t));
        assertEquals(Status.RED, Performance.status(f("80.24999"), t));
    }

    // ---- through the engine: the KPI's thresholds, the site's, grey and planned ---------------

    @Test
    void engineUsesTheSiteThresholds(@TempDir Path dir) {
        StatusEngine e = new TestProject(dir)
                .file("model/site.yaml", "title: Test\nperiod: 2005-08\nthresholds: { green: 110, yellow: 100 }\n")
                .scorecard("A", """
                        - { id: x, name: X, unit: count, target: 100 }
                        - { id: y, name: Y, unit: count, target: 100 }
                        - { id: z, name: Z, unit: count, target: 100 }
                        """, "x", "y", "z")
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA;x;2005-08;110\nA;y;2005-08;105\nA;z;2005-08;99,9\n")
                .engine();
        // 110 -> green (on 110); 105 -> yellow (default thresholds would say green); 99.9 -> red
        assertEquals(Status.GREEN, e.kpi(a("x"), AUG).status());
        assertEquals(Status.YELLOW, e.kpi(a("y"), AUG).status());
        assertEquals(Status.RED, e.kpi(a("z"), AUG).status());
    }

    @Test
    void aKpisOwnThresholdsOverrideTheSites(@TempDir Path dir) {
        StatusEngine e = new TestProject(dir)
                .scorecard("A", """
                        - { id: own, name: Egen, unit: count, target: 100, thresholds: { green: 95, yellow: 80 } }
                        - { id: site, name: Side, unit: count, target: 100 }
                        """, "own", "site")
                .file("model/data/a.csv", """
                        scorecard;kpi;period;value
                        A;own;2005-06;96
                        A;own;2005-07;85
                        A;own;2005-08;79.99
                        A;site;2005-06;96
                        A;site;2005-07;85
                        A;own;2005-05;95
                        A;own;2005-04;80
                        """)
                .engine();
        // own thresholds 95/80: 96 -> green (site 100/90 would say yellow)
        assertEquals(Status.GREEN, e.kpi(a("own"), Fx.JUN).status());
        assertEquals(Status.YELLOW, e.kpi(a("site"), Fx.JUN).status());
        // 85 -> yellow by own thresholds, red by the site's
        assertEquals(Status.YELLOW, e.kpi(a("own"), Fx.JUL).status());
        assertEquals(Status.RED, e.kpi(a("site"), Fx.JUL).status());
        // 79.99 < 80 -> red; exactly 95 -> green; exactly 80 -> yellow
        assertEquals(Status.RED, e.kpi(a("own"), AUG).status());
        assertEquals(Status.GREEN, e.kpi(a("own"), Fx.MAY).status());
        assertEquals(Status.YELLOW, e.kpi(a("own"), Fx.APR).status());
    }

    @Test
    void engineComputesThePerformanceOfAValueJustUnderTarget(@TempDir Path dir) {
        StatusEngine e = new TestProject(dir)
                .scorecard("A", "- { id: x, name: X, unit: count, target: 3 }\n", "x")
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA;x;2005-08;2.99999999999999999\nA;x;2005-07;3\n")
                .engine();
        // 100 × 2.99999999999999999 / 3 is just below 100 -> yellow; 100 × 3/3 = 100 -> green
        KpiStatus s = e.kpi(a("x"), AUG);
        assertEquals(-1, s.performance().compareTo(Exact.HUNDRED));
        assertEquals(Status.YELLOW, s.status());
        assertEquals(Status.GREEN, e.kpi(a("x"), Fx.JUL).status());
    }

    @Test
    void greyWithoutValueOrTargetAndWhenPlanned(@TempDir Path dir) {
        StatusEngine e = new TestProject(dir)
                .scorecard("A", """
                        - { id: novalue, name: N, unit: count, target: 100 }
                        - { id: notarget, name: T, unit: count }
                        - { id: planned, name: P, unit: count, target: 100, state: planned }
                        - { id: plannedempty, name: PE, unit: count, target: 100, state: planned }
                        """, "novalue", "notarget", "planned", "plannedempty")
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA;notarget;2005-08;50\nA;planned;2005-08;10\n")
                .engine();
        KpiStatus noValue = e.kpi(a("novalue"), AUG);
        assertNull(noValue.value());
        assertNull(noValue.performance());
        assertEquals(Status.GREY, noValue.status());

        KpiStatus noTarget = e.kpi(a("notarget"), AUG);
        assertExact(f("50"), noTarget.value());
        assertNull(noTarget.target());
        assertNull(noTarget.performance());
        assertEquals(Status.GREY, noTarget.status());

        // planned with value 10 and target 100 would be red (10 %); it stays grey and is never missing
        KpiStatus planned = e.kpi(a("planned"), AUG);
        assertExact(f("10"), planned.value());
        assertEquals(Status.GREY, planned.status());
        assertFalse(planned.missing());
        // planned without a value in a due month: grey, not missing
        KpiStatus plannedEmpty = e.kpi(a("plannedempty"), AUG);
        assertEquals(Status.GREY, plannedEmpty.status());
        assertFalse(plannedEmpty.missing());
    }
}
