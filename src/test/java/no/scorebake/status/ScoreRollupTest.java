package no.scorebake.status;

import static no.scorebake.status.Fx.AUG;
import static no.scorebake.status.Fx.a;
import static no.scorebake.status.Fx.assertExact;
import static no.scorebake.status.Fx.f;
import static no.scorebake.status.Fx.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import no.scorebake.status.ScorecardStatus.FactorScore;
import no.scorebake.status.ScorecardStatus.ObjectiveScore;
import no.scorebake.status.ScorecardStatus.PerspectiveScore;
import no.scorebake.testkit.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "roll-up scores" of How status is computed: factor = weighted mean of capped KPI performances,
 * objective = weighted mean of factors and direct KPIs, perspective = weighted mean of objectives,
 * scorecard = plain mean of perspectives; grey left out; status by the site's thresholds.
 */
class ScoreRollupTest {

    @TempDir
    Path dir;

    /**
     * Performances in August (target 100 each unless said):
     * k1 130 (capped to 120 in scores), k2 80 (weight 3), k3 95, k4 planned (grey), k5 no value
     * (grey), k6 110 (weight 2, directly under o1), k7 60 (own thresholds 50/40: green), k8 no
     * target (grey), k9 lower 95 -> 100 × (2 − 0.95) = 105, k10 listed nowhere (0).
     */
    private static final String CARD = """
            perspectives:
              - { id: customer, name: Kunde }
              - { id: process, name: Prosess }
              - { id: people, name: Medarbeidere }
            objectives:
              - id: o1
                name: O1
                perspective: customer
                weight: 1
                kpis: [k6]
                factors:
                  - { id: f1, name: F1, weight: 2, kpis: [k1, k2] }
                  - { id: f2, name: F2, kpis: [k3, k4, k5] }
              - id: o2
                name: O2
                perspective: customer
                weight: 3
                factors:
                  - { id: f3, name: F3, kpis: [k7] }
              - id: o3
                name: O3
                perspective: process
                weight: 5
                factors:
                  - { id: f4, name: F4, kpis: [k8] }
              - { id: o4, name: O4, perspective: process, kpis: [k9] }
              - { id: o6, name: O6, perspective: process, weight: 2 }
              - { id: o5, name: O5, perspective: people }
            kpis:
              - { id: k1, name: K1, unit: count, target: 100 }
              - { id: k2, name: K2, unit: count, target: 100, weight: 3 }
              - { id: k3, name: K3, unit: count, target: 100 }
              - { id: k4, name: K4, unit: count, target: 100, state: planned }
              - { id: k5, name: K5, unit: count, target: 100 }
              - { id: k6, name: K6, unit: count, target: 100, weight: 2 }
              - { id: k7, name: K7, unit: count, target: 100, thresholds: { green: 50, yellow: 40 } }
              - { id: k8, name: K8, unit: count }
              - { id: k9, name: K9, unit: count, direction: lower, target: 100 }
              - { id: k10, name: K10, unit: count, target: 100 }
            """;

    private static final String DATA = """
            scorecard;kpi;period;value
            A;k1;2005-08;130
            A;k2;2005-08;80
            A;k3;2005-08;95
            A;k4;2005-08;50
            A;k6;2005-08;110
            A;k7;2005-08;60
            A;k8;2005-08;70
            A;k9;2005-08;95
            A;k10;2005-08;0
            """;

    private ScorecardStatus card(String site) {
        TestProject p = new TestProject(dir).file("model/scorecards/A.yaml", CARD).file("model/data/a.csv", DATA);
        if (site != null) {
            p.file("model/site.yaml", site);
        }
        return p.engine().scorecard("A", AUG);
    }

    private static PerspectiveScore perspective(ScorecardStatus s, String id) {
        return s.perspectives().stream().filter(p -> p.perspective().id().equals(id)).findFirst().orElseThrow();
    }

    private static ObjectiveScore objective(ScorecardStatus s, String id) {
        return s.perspectives().stream().flatMap(p -> p.objectives().stream())
                .filter(o -> o.objective().id().equals(id)).findFirst().orElseThrow();
    }

    private static FactorScore factor(ScorecardStatus s, String id) {
        return s.perspectives().stream().flatMap(p -> p.objectives().stream()).flatMap(o -> o.factors().stream())
                .filter(fs -> fs.factor().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void factorIsTheWeightedMeanOfCappedPerformances() {
        ScorecardStatus s = card(null);
        // the KPI itself keeps 130
        assertExact(f("130"), s.kpi(a("k1")).performance());
        // f1 = (min(130, 120) × 1 + 80 × 3) / (1 + 3) = (120 + 240) / 4 = 90 -> yellow (on the threshold)
        Score f1 = factor(s, "f1").score();
        assertExact(f("90"), f1.value());
        assertEquals(Status.YELLOW, f1.status());
        assertEquals(List.of(a("k1"), a("k2")), factor(s, "f1").kpis());
        // f2: k4 planned and k5 without value are grey and left out: 95 / 1 = 95
        assertExact(f("95"), factor(s, "f2").score().value());
        assertEquals(Status.YELLOW, factor(s, "f2").score().status());
    }

    @Test
    void objectiveIsTheWeightedMeanOfFactorsAndDirectKpis() {
        ScorecardStatus s = card(null);
        // o1 = (f1 90 × weight 2 + f2 95 × 1 + k6 110 × KPI weight 2) / (2 + 1 + 2) = 495 / 5 = 99 -> yellow
        ObjectiveScore o1 = objective(s, "o1");
        assertExact(f("99"), o1.score().value());
        assertEquals(Status.YELLOW, o1.score().status());
        assertEquals(List.of(a("k6")), o1.kpis());
        // o4 has only k9 directly: 105 -> green
        assertExact(f("105"), objective(s, "o4").score().value());
        assertEquals(Status.GREEN, objective(s, "o4").score().status());
    }

    @Test
    void scoresAreColouredByTheSiteThresholdsNotTheKpis() {
        ScorecardStatus s = card(null);
        // k7 60 is green by its own thresholds (50/40) ...
        assertEquals(Status.GREEN, s.kpi(a("k7")).status());
        // ... but f3 and o2 score 60, red by the site's (100/90)
        assertExact(f("60"), factor(s, "f3").score().value());
        assertEquals(Status.RED, factor(s, "f3").score().status());
        assertEquals(Status.RED, objective(s, "o2").score().status());
    }

    @Test
    void scoresFollowChangedSiteThresholds() {
        ScorecardStatus s = card("title: T\nperiod: 2005-08\nthresholds: { green: 60, yellow: 50 }\n");
        // f3 60 is on the site's green threshold; f1 90 green; customer 69.75 green
        assertEquals(Status.GREEN, factor(s, "f3").score().status());
        assertEquals(Status.GREEN, perspective(s, "customer").score().status());
    }

    @Test
    void perspectiveIsTheWeightedMeanOfItsObjectives() {
        ScorecardStatus s = card(null);
        // customer = (o1 99 × 1 + o2 60 × 3) / (1 + 3) = 279 / 4 = 69.75 -> red
        Score customer = perspective(s, "customer").score();
        assertExact(f("69.75"), customer.value());
        assertEquals(Status.RED, customer.status());
        // process: o3 (weight 5) has only a grey KPI (k8, no target) and is left out; o4 105
        assertEquals(Status.GREY, factor(s, "f4").score().status());
        assertNull(factor(s, "f4").score().value());
        assertEquals(Status.GREY, objective(s, "o3").score().status());
        assertNull(objective(s, "o3").score().value());
        // o6 (weight 2) has nothing at all: grey and left out too
        assertEquals(Status.GREY, objective(s, "o6").score().status());
        assertExact(f("105"), perspective(s, "process").score().value());
        assertEquals(Status.GREEN, perspective(s, "process").score().status());
        // people has nothing: grey, no score
        assertEquals(Status.GREY, perspective(s, "people").score().status());
        assertNull(perspective(s, "people").score().value());
    }

    @Test
    void scorecardIsThePlainMeanOfItsPerspectives() {
        ScorecardStatus s = card(null);
        // (customer 69.75 + process 105) / 2 = 87.375 -> red; people (grey) left out. Neither the
        // objective weights (1+3 vs 5+1+2) nor the number of objectives (2 vs 3) count at this level:
        // weighted by count it would be (69.75 × 2 + 105 × 3) / 5 = 90.9
        assertExact(f("87.375"), s.score().value());
        assertEquals(Status.RED, s.score().status());
        assertEquals(List.of("customer", "process", "people"),
                s.perspectives().stream().map(p -> p.perspective().id()).toList());
    }

    @Test
    void kpisListedNowhereAreOtherKpisAndDoNotCount() {
        ScorecardStatus s = card(null);
        // k10 (value 0, performance 0) would pull every mean down; it is only under "Other KPIs"
        assertEquals(List.of(a("k10")), s.other());
        assertNotNull(s.kpi(a("k10")));
        assertEquals(Status.RED, s.kpi(a("k10")).status());
        // every KPI of the scorecard is shown once, the unlisted one after those listed
        List<String> shown = s.kpis().stream().map(k -> k.key().kpi()).sorted().toList();
        assertEquals(List.of("k1", "k10", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"), shown);
        assertEquals(a("k10"), s.kpis().get(s.kpis().size() - 1).key());
    }

    @Test
    void nothingToScoreIsGreyWithoutAScore(@TempDir Path other) {
        StatusEngine e = new TestProject(other)
                .scorecard("A", """
                        - { id: x, name: X, unit: count, target: 100 }
                        - { id: y, name: Y, unit: count, target: 100, state: planned }
                        """, "x", "y")
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA;y;2005-08;100\n")
                .engine();
        ScorecardStatus s = e.scorecard("A", AUG);
        assertEquals(Status.GREY, s.score().status());
        assertNull(s.score().value());
        assertEquals(Status.GREY, factor(s, "f").score().status());
        assertEquals(Status.GREY, objective(s, "o").score().status());
    }

    @Test
    void directKpisAreCappedToo(@TempDir Path other) {
        StatusEngine e = new TestProject(other)
                .file("model/scorecards/A.yaml", """
                        perspectives: [ { id: p, name: P } ]
                        objectives:
                          - { id: o, name: O, perspective: p, kpis: [x, y] }
                        kpis:
                          - { id: x, name: X, unit: count, target: 100 }
                          - { id: y, name: Y, unit: count, target: 100 }
                        """)
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA;x;2005-08;150\nA;y;2005-08;80\n")
                .engine();
        ScorecardStatus s = e.scorecard("A", AUG);
        // (min(150, 120) + 80) / 2 = 100 -> green; uncapped it would be 115
        assertExact(f("100"), objective(s, "o").score().value());
        assertEquals(Status.GREEN, s.score().status());
        assertExact(f("100"), s.score().value());
    }

    @Test
    void aCapOfExactly120IsKept(@TempDir Path other) {
        StatusEngine e = new TestProject(other)
                .scorecard("A", """
                        - { id: x, name: X, unit: count, target: 100 }
                        - { id: y, name: Y, unit: count, target: 100 }
                        """, "x", "y")
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA;x;2005-08;120\nA;y;2005-08;70\n")
                .engine();
        // (120 + 70) / 2 = 95
        assertExact(f("95"), e.scorecard("A", AUG).score().value());
    }

    @Test
    void anotherUnitsKpiInAFactorIsShownWithThatUnitsStatus(@TempDir Path other) {
        StatusEngine e = new TestProject(other)
                .scorecard("A1", "- { id: x, name: X, unit: count, target: 100, weight: 3 }\n", "x")
                .scorecard("A", "- { id: y, name: Y, unit: count, target: 100 }\n", "A1/x", "y")
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA1;x;2005-08;80\nA;y;2005-08;100\n")
                .engine();
        ScorecardStatus s = e.scorecard("A", AUG);
        KpiStatus x = s.kpi(key("A1", "x"));
        assertNotNull(x, s.kpis().toString());
        assertEquals("A1", x.key().unit());
        assertExact(f("80"), x.value());
        assertEquals(Status.RED, x.status());
        assertEquals(e.kpi(key("A1", "x"), AUG).status(), x.status());
        assertTrue(s.kpis().stream().anyMatch(k -> k.key().equals(key("A1", "x"))));
        // it is not one of A's "Other KPIs"
        assertFalse(s.other().contains(key("A1", "x")));
        assertEquals(List.of(key("A1", "x"), a("y")), factor(s, "f").kpis());
        // the factor weighs it by A1's KPI weight 3: (80 × 3 + 100 × 1) / 4 = 85
        assertExact(f("85"), factor(s, "f").score().value());
    }
}
