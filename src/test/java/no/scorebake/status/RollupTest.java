package no.scorebake.status;

import static no.scorebake.status.Fx.AUG;
import static no.scorebake.status.Fx.a;
import static no.scorebake.status.Fx.assertExact;
import static no.scorebake.status.Fx.f;
import static no.scorebake.status.Fx.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import no.scorebake.testkit.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Roll-up KPIs: the sum or average of the same KPI id in the direct sub-units' scorecards; a
 * sub-unit without the KPI is skipped; a sub-unit's own roll-up counts; "reported of".
 */
class RollupTest {

    @TempDir
    Path dir;

    private static String card(String kpis) {
        return "perspectives: [ { id: p, name: P } ]\nkpis:\n" + kpis.indent(2);
    }

    private TestProject twoSubUnits(String rollup) {
        return new TestProject(dir)
                .file("model/scorecards/A.yaml", card("- { id: faults, name: Feil, unit: count, direction: lower, target: 20, rollup: " + rollup + " }"))
                .file("model/scorecards/A1.yaml", card("- { id: faults, name: Feil, unit: count, direction: lower }"))
                .file("model/scorecards/A2.yaml", card("- { id: faults, name: Feil, unit: count, direction: lower }"));
    }

    @Test
    void sumOfTheSubUnits() {
        StatusEngine e = twoSubUnits("sum")
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA1;faults;2005-08;10\nA2;faults;2005-08;15\n")
                .engine();
        KpiStatus s = e.kpi(a("faults"), AUG);
        // 10 + 15 = 25; lower, target 20: 100 × (2 − 25/20) = 75 -> red
        assertExact(f("25"), s.value());
        assertEquals(2, s.rollupReported());
        assertEquals(2, s.rollupOf());
        assertEquals(List.of(key("A1", "faults"), key("A2", "faults")), s.inputs());
        assertExact(f("75"), s.performance());
        assertEquals(Status.RED, s.status());
        assertFalse(s.missing());
    }

    @Test
    void averageOfTheSubUnits() {
        StatusEngine e = twoSubUnits("average")
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA1;faults;2005-08;10\nA2;faults;2005-08;15\n")
                .engine();
        KpiStatus s = e.kpi(a("faults"), AUG);
        // (10 + 15) / 2 = 12.5; 100 × (2 − 12.5/20) = 137.5 -> green
        assertExact(f("12.5"), s.value());
        assertExact(f("137.5"), s.performance());
        assertEquals(Status.GREEN, s.status());
    }

    @Test
    void oneSubUnitNotReportedGivesTheValueOfTheOthers() {
        StatusEngine sum = twoSubUnits("sum")
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA1;faults;2005-08;10\nA2;faults;2005-08;\n")
                .engine();
        KpiStatus s = sum.kpi(a("faults"), AUG);
        // A2's cell is empty: 10 from A1 alone, 1 of 2 reported
        assertExact(f("10"), s.value());
        assertEquals(1, s.rollupReported());
        assertEquals(2, s.rollupOf());
        StatusEngine avg = twoSubUnits("average")
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA1;faults;2005-08;10\n")
                .engine();
        KpiStatus v = avg.kpi(a("faults"), AUG);
        // average over the one that reported: 10 / 1 = 10, not (10 + 0) / 2
        assertExact(f("10"), v.value());
        assertEquals(1, v.rollupReported());
        assertEquals(2, v.rollupOf());
    }

    @Test
    void noSubUnitReportedGivesNoValue() {
        StatusEngine e = twoSubUnits("sum")
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA1;faults;2005-07;10\nA2;faults;2005-08;\n")
                .engine();
        KpiStatus s = e.kpi(a("faults"), AUG);
        assertNull(s.value());
        assertEquals(0, s.rollupReported());
        assertEquals(2, s.rollupOf());
        assertEquals(Status.GREY, s.status());
        assertFalse(s.missing());
    }

    @Test
    void aSubUnitWithoutTheKpiIsSkipped() {
        StatusEngine e = new TestProject(dir)
                .file("model/scorecards/A.yaml", card("- { id: faults, name: Feil, unit: count, rollup: average }"))
                .file("model/scorecards/A1.yaml", card("- { id: faults, name: Feil, unit: count }"))
                // A2 has a scorecard, but not this KPI
                .file("model/scorecards/A2.yaml", card("- { id: other, name: Annet, unit: count }"))
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA1;faults;2005-08;10\nA2;other;2005-08;99\n")
                .engine();
        KpiStatus s = e.kpi(a("faults"), AUG);
        // only A1 has it: 10, 1 of 1
        assertExact(f("10"), s.value());
        assertEquals(1, s.rollupReported());
        assertEquals(1, s.rollupOf());
        assertEquals(List.of(key("A1", "faults")), s.inputs());
    }

    @Test
    void aSubUnitWithoutAScorecardIsSkipped() {
        StatusEngine e = new TestProject(dir)
                .file("model/scorecards/A.yaml", card("- { id: faults, name: Feil, unit: count, rollup: sum }"))
                .file("model/scorecards/A2.yaml", card("- { id: faults, name: Feil, unit: count }"))
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA2;faults;2005-08;4\n")
                .engine();
        KpiStatus s = e.kpi(a("faults"), AUG);
        assertExact(f("4"), s.value());
        assertEquals(1, s.rollupReported());
        assertEquals(1, s.rollupOf());
    }

    private static final String THREE_LEVELS = """
            units:
              - id: A
                name: Avdeling A
                units:
                  - id: A1
                    name: Seksjon A1
                    units:
                      - { id: A11, name: Gruppe A11 }
                      - { id: A12, name: Gruppe A12 }
                  - id: A2
                    name: Seksjon A2
            """;

    @Test
    void aSubUnitsOwnRollupCounts() {
        StatusEngine e = new TestProject(dir)
                .file("model/organisation.yaml", THREE_LEVELS)
                .file("model/scorecards/A.yaml", card("- { id: faults, name: Feil, unit: count, rollup: sum }"))
                .file("model/scorecards/A1.yaml", card("- { id: faults, name: Feil, unit: count, rollup: sum }"))
                .file("model/scorecards/A11.yaml", card("- { id: faults, name: Feil, unit: count }"))
                .file("model/scorecards/A12.yaml", card("- { id: faults, name: Feil, unit: count }"))
                .file("model/scorecards/A2.yaml", card("- { id: faults, name: Feil, unit: count }"))
                .file("model/data/a.csv", """
                        scorecard;kpi;period;value
                        A11;faults;2005-08;3
                        A12;faults;2005-08;4
                        A2;faults;2005-08;5
                        A2;faults;2005-07;5
                        """)
                .engine();
        // A1 = 3 + 4 = 7 (2 of 2); A = A1's 7 + A2's 5 = 12 (2 of 2: A11, A12 are not A's direct sub-units)
        KpiStatus a1 = e.kpi(key("A1", "faults"), AUG);
        assertExact(f("7"), a1.value());
        assertEquals(2, a1.rollupOf());
        KpiStatus top = e.kpi(a("faults"), AUG);
        assertExact(f("12"), top.value());
        assertEquals(2, top.rollupReported());
        assertEquals(2, top.rollupOf());
        assertEquals(List.of(key("A1", "faults"), key("A2", "faults")), top.inputs());
        // July: nothing under A1, so A1 has no value and A has A2's 5 only, 1 of 2
        KpiStatus jul = e.kpi(a("faults"), Fx.JUL);
        assertExact(f("5"), jul.value());
        assertEquals(1, jul.rollupReported());
        assertEquals(2, jul.rollupOf());
    }

    @Test
    void onlyDirectSubUnitsCount() {
        StatusEngine e = new TestProject(dir)
                .file("model/organisation.yaml", THREE_LEVELS)
                .file("model/scorecards/A.yaml", card("- { id: faults, name: Feil, unit: count, rollup: average }"))
                // A1 reports the KPI itself; its group A11 reports it too
                .file("model/scorecards/A1.yaml", card("- { id: faults, name: Feil, unit: count }"))
                .file("model/scorecards/A11.yaml", card("- { id: faults, name: Feil, unit: count }"))
                .file("model/scorecards/A2.yaml", card("- { id: faults, name: Feil, unit: count }"))
                .file("model/data/a.csv", """
                        scorecard;kpi;period;value
                        A1;faults;2005-08;100
                        A11;faults;2005-08;1
                        A2;faults;2005-08;50
                        """)
                .engine();
        // (A1's 100 + A2's 50) / 2 = 75; A11's 1 does not count
        KpiStatus s = e.kpi(a("faults"), AUG);
        assertExact(f("75"), s.value());
        assertEquals(2, s.rollupOf());
    }

    @Test
    void quarterlyRollupShowsItsQuarter() {
        StatusEngine e = new TestProject(dir)
                .file("model/scorecards/A.yaml", card("- { id: sick, name: Syk, unit: percent, frequency: quarterly, direction: lower, target: 5, rollup: average }"))
                .file("model/scorecards/A1.yaml", card("- { id: sick, name: Syk, unit: percent, frequency: quarterly, direction: lower }"))
                .file("model/scorecards/A2.yaml", card("- { id: sick, name: Syk, unit: percent, frequency: quarterly, direction: lower }"))
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA1;sick;2005-Q2;4\nA2;sick;2005-06;5\n")
                .engine();
        // August shows Q2: (4 + 5) / 2 = 4.5; 100 × (2 − 4.5/5) = 110 -> green
        KpiStatus s = e.kpi(a("sick"), AUG);
        assertEquals("2005-Q2", s.valuePeriod().label());
        assertExact(f("4.5"), s.value());
        assertEquals(2, s.rollupReported());
        assertExact(f("110"), s.performance());
        assertEquals(Status.GREEN, s.status());
    }
}
