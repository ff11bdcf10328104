package no.scorebake.status;

import static no.scorebake.status.Fx.AUG;
import static no.scorebake.status.Fx.JAN;
import static no.scorebake.status.Fx.JUL;
import static no.scorebake.status.Fx.a;
import static no.scorebake.status.Fx.assertExact;
import static no.scorebake.status.Fx.f;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import no.scorebake.testkit.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "trend" of How status is computed: change from the previous period of the KPI's frequency. */
class TrendTest {

    @TempDir
    Path dir;

    private StatusEngine engine(String data) {
        return new TestProject(dir)
                .scorecard("A", """
                        - { id: up, name: Opp, unit: count, direction: higher, target: 100 }
                        - { id: down, name: Ned, unit: count, direction: lower, target: 100 }
                        - { id: q, name: Kvartal, unit: percent, frequency: quarterly, direction: lower, target: 5 }
                        - { id: y, name: År, unit: nok, frequency: yearly, target: 5 }
                        """, "up", "down", "q", "y")
                .file("model/data/a.csv", "scorecard;kpi;period;value\n" + data)
                .engine();
    }

    @Test
    void aRiseIsBetterWhenHigherIsBetterAndWorseWhenLowerIs() {
        StatusEngine e = engine("""
                A;up;2005-07;100
                A;up;2005-08;110,5
                A;down;2005-07;100
                A;down;2005-08;110,5
                """);
        // 110.5 − 100 = +10.5 against July
        Trend up = e.kpi(a("up"), AUG).trend();
        assertEquals("2005-07", up.previous().label());
        assertExact(f("100"), up.previousValue());
        assertExact(f("10.5"), up.change());
        assertEquals(Boolean.TRUE, up.better());
        Trend down = e.kpi(a("down"), AUG).trend();
        assertExact(f("10.5"), down.change());
        assertEquals(Boolean.FALSE, down.better());
    }

    @Test
    void aFallIsWorseWhenHigherIsBetterAndBetterWhenLowerIs() {
        StatusEngine e = engine("""
                A;up;2005-07;100
                A;up;2005-08;99.9
                A;down;2005-07;100
                A;down;2005-08;99.9
                """);
        // 99.9 − 100 = −0.1
        Trend up = e.kpi(a("up"), AUG).trend();
        assertExact(f("-0.1"), up.change());
        assertEquals(Boolean.FALSE, up.better());
        Trend down = e.kpi(a("down"), AUG).trend();
        assertExact(f("-0.1"), down.change());
        assertEquals(Boolean.TRUE, down.better());
    }

    @Test
    void unchangedIsNeitherBetterNorWorse() {
        StatusEngine e = engine("A;up;2005-07;100\nA;up;2005-08;100,0\nA;down;2005-07;7\nA;down;2005-08;7\n");
        Trend up = e.kpi(a("up"), AUG).trend();
        assertExact(f("0"), up.change());
        assertNull(up.better());
        assertNull(e.kpi(a("down"), AUG).trend().better());
    }

    @Test
    void noTrendWhenThePreviousOrTheCurrentValueIsMissing() {
        StatusEngine e = engine("""
                A;up;2005-06;100
                A;up;2005-08;110
                A;down;2005-07;100
                A;down;2005-08;
                """);
        // up: July has no value (June does not count: the previous month is July)
        assertNull(e.kpi(a("up"), AUG).trend());
        // up in July: no value itself
        assertNull(e.kpi(a("up"), JUL).trend());
        // down: August's cell is empty
        assertNull(e.kpi(a("down"), AUG).trend());
    }

    @Test
    void januaryComparesWithDecemberOfTheYearBefore() {
        StatusEngine e = engine("A;up;2004-12;80\nA;up;2005-01;90\n");
        Trend t = e.kpi(a("up"), JAN).trend();
        assertEquals("2004-12", t.previous().label());
        assertExact(f("10"), t.change());
        assertTrue(t.better());
    }

    @Test
    void quarterlyComparesWithThePreviousQuarter() {
        StatusEngine e = engine("""
                A;q;2004-Q4;6
                A;q;2005-Q1;5
                A;q;2005-Q2;4,5
                """);
        // August shows Q2 (4.5); previous quarter Q1 (5): 4.5 − 5 = −0.5, lower is better -> better
        Trend aug = e.kpi(a("q"), AUG).trend();
        assertEquals("2005-Q1", aug.previous().label());
        assertExact(f("5"), aug.previousValue());
        assertExact(f("-0.5"), aug.change());
        assertTrue(aug.better());
        // February shows Q4 2004 (6); previous Q3 2004 has no value -> no trend
        assertNull(e.kpi(a("q"), Fx.FEB).trend());
        // April shows Q1 (5) against Q4 2004 (6): −1, better
        Trend apr = e.kpi(a("q"), Fx.APR).trend();
        assertEquals("2004-Q4", apr.previous().label());
        assertExact(f("-1"), apr.change());
    }

    @Test
    void yearlyComparesWithThePreviousYear() {
        StatusEngine e = engine("A;y;2003;10\nA;y;2004;8\n");
        // August 2005 shows 2004 (8) against 2003 (10): −2, higher is better -> worse
        Trend t = e.kpi(a("y"), AUG).trend();
        assertEquals("2003", t.previous().label());
        assertExact(f("-2"), t.change());
        assertFalse(t.better());
    }
}
