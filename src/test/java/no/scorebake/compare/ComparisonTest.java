package no.scorebake.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import no.scorebake.model.KpiKey;
import no.scorebake.model.Unit;
import no.scorebake.status.Status;
import no.scorebake.status.StatusEngine;
import no.scorebake.testkit.CompareFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison table and the rankings of {@link CompareFixture}, against hand-worked numbers and the status engine. */
class ComparisonTest {

    static final YearMonth JUL = YearMonth.of(2005, 7);
    static final YearMonth AUG = YearMonth.of(2005, 8);

    @TempDir
    Path dir;

    private static List<String> ids(List<Unit> units) {
        return units.stream().map(Unit::id).toList();
    }

    @Test
    void rowsAreTheSubUnitsAndColumnsTheKpisAtLeastTwoOfThemHave() {
        StatusEngine e = CompareFixture.engine(dir);
        Comparison c = Comparison.of(e, "A", AUG);
        assertEquals(List.of("A1", "A2", "A3"), ids(c.units()));
        assertEquals(List.of("sick", "sat", "q"), c.columns().stream().map(Comparison.Column::kpi).toList(), "own is A1's alone");
        assertNull(c.cell("A1", "q"), "A1 has no q");
        assertEquals(List.of(new KpiKey("A2", "q"), new KpiKey("A3", "q")), c.column("q").kpis());
        assertTrue(Comparison.exists(e.project(), "A"));
        assertFalse(Comparison.exists(e.project(), "A1"), "a section has no sub-units");
    }

    @Test
    void everyCellIsTheStatusEnginesStatusForThatUnitKpiAndMonth() {
        StatusEngine e = CompareFixture.engine(dir);
        for (YearMonth month : List.of(JUL, AUG)) {
            Comparison c = Comparison.of(e, "A", month);
            for (Unit u : c.units()) {
                for (Comparison.Column col : c.columns()) {
                    var cell = c.cell(u.id(), col.kpi());
                    if (cell != null) {
                        assertEquals(e.kpi(new KpiKey(u.id(), col.kpi()), month).status(), cell.status(), u.id() + "/" + col.kpi() + " " + month);
                    }
                }
            }
        }
        Comparison aug = Comparison.of(e, "A", AUG);
        // Hand-worked: sick, lower, target 5: A1 6 -> 2 - 6/5 = 80 % red; A2 5 -> 100 % green; A3 none -> grey.
        assertEquals(Status.RED, aug.cell("A1", "sick").status());
        assertEquals(Status.GREEN, aug.cell("A2", "sick").status());
        assertEquals(Status.GREY, aug.cell("A3", "sick").status());
        // sat, higher, target 80: A2 72 -> 90 % yellow.
        assertEquals(Status.YELLOW, aug.cell("A2", "sat").status());
    }

    @Test
    void lowerIsBetterRanksTheLowestFirstAndLeavesUnitsWithoutAValueUnranked() {
        Comparison jul = Comparison.of(CompareFixture.engine(dir), "A", JUL);
        // sick in July: A1 4, A3 5, A2 6.
        Ranking r = Ranking.of(jul, "sick");
        assertEquals(List.of("A1", "A3", "A2"), r.places().stream().map(p -> p.unit().id()).toList());
        assertEquals(List.of(1, 2, 3), r.places().stream().map(Ranking.Place::rank).toList());

        Ranking aug = Ranking.of(Comparison.of(CompareFixture.engine(dir.resolve("again")), "A", AUG), "sick");
        // August: A2 5, A1 6, A3 none.
        assertEquals(List.of("A2", "A1", "A3"), aug.places().stream().map(p -> p.unit().id()).toList());
        assertEquals(List.of(1, 2, 0), aug.places().stream().map(Ranking.Place::rank).toList());
    }

    @Test
    void higherIsBetterRanksTheHighestFirstAndEqualValuesShareARank() {
        Comparison aug = Comparison.of(CompareFixture.engine(dir), "A", AUG);
        // sat in August: A3 88, A1 80, A2 72.
        assertEquals(List.of("A3", "A1", "A2"), Ranking.of(aug, "sat").places().stream().map(p -> p.unit().id()).toList());
        // q (2005-Q2, shown in August): A2 12 and A3 12 share the first place, in the organisation's order.
        Ranking q = Ranking.of(aug, "q");
        assertEquals(List.of("A2", "A3"), q.places().stream().map(p -> p.unit().id()).toList());
        assertEquals(List.of(1, 1), q.places().stream().map(Ranking.Place::rank).toList());
        assertEquals(List.of("A2", "A3", "A1"), ids(aug.unitsBy("q")), "a unit without the KPI sorts last");
    }

    @Test
    void aKpiThatIsNotSharedHasNoRanking() {
        Comparison aug = Comparison.of(CompareFixture.engine(dir), "A", AUG);
        assertThrows(IllegalArgumentException.class, () -> Ranking.of(aug, "own"));
    }
}
