package no.scorebake.status;

import static no.scorebake.status.Fx.AUG;
import static no.scorebake.status.Fx.a;
import static no.scorebake.status.Fx.assertExact;
import static no.scorebake.status.Fx.f;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.YearMonth;
import no.scorebake.testkit.TestProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "last year" of How status is computed: the value of the same period one year earlier, for the
 * period the shown value belongs to; none when that period has no value.
 */
class LastYearTest {

    @TempDir
    Path dir;
    StatusEngine e;

    @BeforeEach
    void project() {
        e = new TestProject(dir).scorecard("A", """
                - { id: m, name: M, unit: count }
                - { id: q, name: Q, unit: percent, frequency: quarterly }
                - { id: h, name: H, unit: percent, frequency: half-yearly }
                - { id: y, name: Y, unit: percent, frequency: yearly }
                - { id: g, name: G, unit: count, formula: "{m} * 2" }
                """, "m", "q", "h", "y", "g").file("model/data/a.csv", """
                scorecard;kpi;period;value
                A;m;2004-07;
                A;m;2004-08;141
                A;m;2005-07;130
                A;m;2005-08;134
                A;q;2004-Q2;80,5
                A;q;2005-Q2;82
                A;h;2004-H1;70
                A;h;2005-H1;72
                A;y;2003;60
                A;y;2004;61
                """).engine();
    }

    @Test
    void aMonthlyKpiComparesWithTheSameMonthAYearBefore() {
        LastYear l = e.kpi(a("m"), AUG).lastYear();
        assertEquals("2004-08", l.period().label());
        assertExact(f("141"), l.value());
        // July 2004's cell is empty: no last year for July 2005
        assertNull(e.kpi(a("m"), YearMonth.of(2005, 7)).lastYear());
        // and the history's rows (figures) carry it too
        assertExact(f("141"), e.figures(a("m"), AUG).lastYear().value());
    }

    @Test
    void aQuarterlyKpiComparesTheQuarterItsValueBelongsTo() {
        // in August 2005 the value shown is 2005-Q2's; last year is 2004-Q2's 80.5
        LastYear l = e.kpi(a("q"), AUG).lastYear();
        assertEquals("2004-Q2", l.period().label());
        assertExact(f("80.5"), l.value());
    }

    @Test
    void aHalfYearlyKpiComparesTheHalfYear() {
        LastYear l = e.kpi(a("h"), AUG).lastYear();
        assertEquals("2004-H1", l.period().label());
        assertExact(f("70"), l.value());
    }

    @Test
    void aYearlyKpiComparesTheYearBeforeTheShownYear() {
        // in August 2005 the latest year ending by then is 2004; last year is 2003's 60
        LastYear l = e.kpi(a("y"), AUG).lastYear();
        assertEquals("2003", l.period().label());
        assertExact(f("60"), l.value());
    }

    @Test
    void theFirstYearHasNone() {
        assertNull(e.kpi(a("m"), YearMonth.of(2004, 8)).lastYear());
        assertNull(e.kpi(a("q"), YearMonth.of(2004, 8)).lastYear());
        assertNull(e.kpi(a("y"), YearMonth.of(2003, 12)).lastYear());
    }

    @Test
    void aFormulasComputedValueCounts() {
        // g = 2 × m: August 2004 gives 282
        LastYear l = e.kpi(a("g"), AUG).lastYear();
        assertEquals("2004-08", l.period().label());
        assertExact(f("282"), l.value());
    }
}
