package no.scorebake.status;

import static no.scorebake.status.Fx.AUG;
import static no.scorebake.status.Fx.JUL;
import static no.scorebake.status.Fx.JUN;
import static no.scorebake.status.Fx.a;
import static no.scorebake.status.Fx.assertExact;
import static no.scorebake.status.Fx.f;
import static no.scorebake.status.Fx.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import no.scorebake.problem.Problem;
import no.scorebake.testkit.TestProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Formula (composite) KPIs: a value exactly when every input has one, computed exactly; division
 * by zero gives no value and a warning at the formula; references to other units' KPIs.
 */
class FormulaKpiTest {

    @TempDir
    Path dir;
    TestProject project;

    @BeforeEach
    void project() {
        project = new TestProject(dir)
                // line numbers matter: the formula of 'share' is on line 10
                .file("model/scorecards/A.yaml", """
                        perspectives: [ { id: p, name: P } ]
                        objectives:
                          - { id: o, name: O, perspective: p, factors: [ { id: f, name: F, kpis: [share] } ] }
                        kpis:
                          - { id: closed, name: Lukket, unit: count }
                          - { id: faults, name: Feil, unit: count }
                          - id: share
                            name: Andel lukket
                            unit: percent
                            formula: "100 * {closed} / {faults}"
                            target: 90
                          - { id: half, name: Halvparten, unit: percent, formula: "{share} / 2", target: 45 }
                          - { id: third, name: Tredel, unit: percent, formula: "{closed} / {faults} * 300", target: 100 }
                          - { id: both, name: Begge, unit: count, formula: "{A1/x} + {A2/x}", target: 7 }
                          - { id: diff, name: Differanse, unit: count, formula: "{A1/x} - -{closed}" }
                        """)
                .file("model/scorecards/A1.yaml", "perspectives: [ { id: p, name: P } ]\nkpis:\n  - { id: x, name: X, unit: count }\n")
                .file("model/scorecards/A2.yaml", "perspectives: [ { id: p, name: P } ]\nkpis:\n  - { id: x, name: X, unit: count }\n");
    }

    private StatusEngine engine(String data) {
        return project.file("model/data/a.csv", "scorecard;kpi;period;value\n" + data).engine();
    }

    @Test
    void aFormulaHasAValueWhenEveryInputHasOne() {
        StatusEngine e = engine("A;closed;2005-08;45\nA;faults;2005-08;50\n");
        KpiStatus s = e.kpi(a("share"), AUG);
        // 100 × 45 / 50 = 90; target 90 -> performance 100 -> green
        assertExact(f("90"), s.value());
        assertExact(f("100"), s.performance());
        assertEquals(Status.GREEN, s.status());
        assertFalse(s.missing());
        assertEquals(List.of(a("closed"), a("faults")), s.inputs());
        // a formula over a formula: 90 / 2 = 45
        assertExact(f("45"), e.kpi(a("half"), AUG).value());
        assertTrue(e.warnings().isEmpty());
    }

    @Test
    void aFormulaIsComputedInExactFractions() {
        StatusEngine e = engine("A;closed;2005-08;1\nA;faults;2005-08;3\nA;closed;2005-07;2\nA;faults;2005-07;3\n");
        // 100 × 1 / 3 = 100/3 exactly, not 33.333333333333336
        assertExact(f(100, 3), e.kpi(a("share"), AUG).value());
        // 1 / 3 × 300 = 100 exactly; target 100 -> exactly on green
        KpiStatus third = e.kpi(a("third"), AUG);
        assertExact(f("100"), third.value());
        assertEquals(Status.GREEN, third.status());
        // 2 / 3 × 300 = 200
        assertExact(f("200"), e.kpi(a("third"), JUL).value());
        // share 100/3 against target 90: 100 × (100/3) / 90 = 1000/27 = 37.037…
        assertExact(f(1000, 27), e.kpi(a("share"), AUG).performance());
    }

    @Test
    void aMissingInputGivesNoValueNoWarningAndIsNotMissing() {
        // July: closed reported, faults cell empty; June: faults has no row at all
        StatusEngine e = engine("A;closed;2005-07;40\nA;faults;2005-07;\nA;closed;2005-06;0\n");
        KpiStatus jul = e.kpi(a("share"), JUL);
        assertNull(jul.value());
        assertEquals(Status.GREY, jul.status());
        assertFalse(jul.missing());
        KpiStatus jun = e.kpi(a("share"), JUN);
        assertNull(jun.value());
        assertFalse(jun.missing());
        // the formula over it has none either
        assertNull(e.kpi(a("half"), JUL).value());
        assertEquals(List.of(), e.warnings());
    }

    @Test
    void divisionByZeroGivesNoValueAndAWarningAtTheFormula() {
        StatusEngine e = engine("A;closed;2005-08;0\nA;faults;2005-08;0\nA;closed;2005-07;5\nA;faults;2005-07;10\n");
        KpiStatus s = e.kpi(a("share"), AUG);
        // 100 × 0 / 0: no value
        assertNull(s.value());
        assertEquals(Status.GREY, s.status());
        assertFalse(s.missing());
        List<Problem> warnings = e.warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        Problem w = warnings.get(0);
        assertTrue(w.warning());
        assertEquals("model/scorecards/A.yaml", w.pos().path());
        assertEquals(10, w.pos().line());
        String text = w.toString();
        assertTrue(text.startsWith("model/scorecards/A.yaml:10"), text);
        assertTrue(text.contains("division by zero"), text);
        assertTrue(text.contains("A/share"), text);
        assertTrue(text.contains("2005-08"), text);
        // July divides by 10: 100 × 5 / 10 = 50, no further warning
        assertExact(f("50"), e.kpi(a("share"), JUL).value());
        assertEquals(1, e.warnings().size());
    }

    @Test
    void crossUnitReferences() {
        StatusEngine e = engine("A1;x;2005-08;3\nA2;x;2005-08;4\nA1;x;2005-07;3\nA;closed;2005-08;2\n");
        KpiStatus both = e.kpi(a("both"), AUG);
        // A1's 3 + A2's 4 = 7; target 7 -> 100, green
        assertExact(f("7"), both.value());
        assertEquals(Status.GREEN, both.status());
        assertEquals(List.of(key("A1", "x"), key("A2", "x")), both.inputs());
        // {A1/x} − −{closed} = 3 + 2 = 5
        assertExact(f("5"), e.kpi(a("diff"), AUG).value());
        // July: A2 has no value -> no value
        assertNull(e.kpi(a("both"), JUL).value());
        assertFalse(e.kpi(a("both"), JUL).missing());
    }

    @Test
    void theEngineValueIsTheSameAsTheStatusValue() {
        StatusEngine e = engine("A;closed;2005-08;45\nA;faults;2005-08;60\n");
        // 100 × 45 / 60 = 75
        assertExact(f("75"), e.value(a("share"), AUG));
        assertExact(f("75"), e.kpi(a("share"), AUG).value());
        assertEquals(Status.RED, e.kpi(a("share"), AUG).status()); // 100 × 75/90 = 83.3
    }
}
