package no.scorebake.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import no.scorebake.model.KpiKey;
import no.scorebake.status.Status;
import no.scorebake.status.StatusEngine;
import no.scorebake.testkit.CompareFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What changed between July and August in {@link CompareFixture}, by hand and against the engine. */
class StatusChangesTest {

    static final YearMonth JUN = YearMonth.of(2005, 6);
    static final YearMonth JUL = YearMonth.of(2005, 7);
    static final YearMonth AUG = YearMonth.of(2005, 8);

    @TempDir
    Path dir;

    private static final List<KpiKey> ALL = List.of(new KpiKey("A1", "sick"), new KpiKey("A1", "sat"), new KpiKey("A1", "own"),
            new KpiKey("A2", "sick"), new KpiKey("A2", "sat"), new KpiKey("A2", "q"),
            new KpiKey("A3", "sick"), new KpiKey("A3", "sat"), new KpiKey("A3", "q"));

    @Test
    void newlyRedBackToGreenNewlyMissingAndTheRest() {
        List<Change> changes = StatusChanges.of(CompareFixture.engine(dir), ALL, AUG, JUL);
        assertEquals(List.of(
                "A1/sick red from green NEWLY_RED",
                "A1/own green from grey BACK_TO_GREEN",
                "A2/sick green from red BACK_TO_GREEN",
                "A2/sat yellow from green NEWLY_YELLOW",
                "A3/sick grey from green NEWLY_MISSING",
                "A3/sat green from grey BACK_TO_GREEN"),
                changes.stream().map(c -> c.now().key() + " " + c.now().status().key() + " from " + c.before().key() + " " + c.kind()).toList());
        // A1/sat stays green; q is quarterly and not due in August, so its Q2 status is shown in both months.
        Map<Change.Kind, Integer> counts = StatusChanges.count(changes);
        assertEquals(1, counts.get(Change.Kind.NEWLY_RED));
        assertEquals(3, counts.get(Change.Kind.BACK_TO_GREEN));
        assertEquals(0, counts.get(Change.Kind.NOW_GREY));
    }

    @Test
    void exactlyTheKpisWhoseStatusDiffersFromTheMonthBefore() {
        StatusEngine e = CompareFixture.engine(dir);
        for (YearMonth month : List.of(JUL, AUG)) {
            List<KpiKey> expected = ALL.stream().filter(k -> e.kpi(k, month).status() != e.kpi(k, month.minusMonths(1)).status()).toList();
            assertEquals(expected, StatusChanges.of(e, ALL, month, JUN).stream().map(c -> c.now().key()).toList(), month.toString());
        }
    }

    @Test
    void aQuarterlyKpiChangesInTheMonthItsQuarterEnds() {
        StatusEngine e = CompareFixture.engine(dir);
        // Q2 ends in June: 2005-Q1 had no value (grey), Q2 is 12 against 10 (green).
        List<Change> june = StatusChanges.of(e, List.of(new KpiKey("A2", "q")), JUN, YearMonth.of(2005, 1));
        assertEquals(1, june.size());
        assertEquals(Status.GREY, june.get(0).before());
        assertEquals(Change.Kind.BACK_TO_GREEN, june.get(0).kind());
    }

    @Test
    void theFirstMonthHasNothingToCompareWith() {
        assertEquals(List.of(), StatusChanges.of(CompareFixture.engine(dir), ALL, JUL, JUL));
    }
}
