package no.scorebake.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import no.scorebake.model.Pos;
import no.scorebake.model.Unit;
import org.junit.jupiter.api.Test;

/** Which groups may be shown, with min-group 5, in trees small enough to check by hand. */
class SuppressionTest {

    private static Unit unit(String id, Unit... children) {
        return new Unit(id, id, null, null, null, List.of(children), Pos.of("x"));
    }

    @Test
    void groupsBelowMinGroupAreHidden() {
        Unit tree = unit("A", unit("B"), unit("C"), unit("D"));
        // A = its own 2 + B 10 + C 3 + D 8: C is hidden; A's remainder is 2 + 3 = 5, enough
        Set<String> shown = Suppression.shown(List.of(tree), Map.of("A", 23, "B", 10, "C", 3, "D", 8), 5, Set.of());
        assertEquals(Set.of("A", "B", "D"), shown);
    }

    @Test
    void aSmallRemainderHidesTheSmallestShownSibling() {
        Unit tree = unit("A", unit("B"), unit("C"), unit("D"));
        // C (3) is hidden, but A − B − D would be C's 3: D, the smaller shown sibling, is hidden too
        Set<String> shown = Suppression.shown(List.of(tree), Map.of("A", 21, "B", 10, "C", 3, "D", 8), 5, Set.of());
        assertEquals(Set.of("A", "B"), shown);
    }

    @Test
    void aParentsOwnFewRespondentsCountAsARemainderToo() {
        Unit tree = unit("A", unit("B"), unit("C"));
        // A's own staff of 1 would be A − B − C
        Set<String> shown = Suppression.shown(List.of(tree), Map.of("A", 16, "B", 9, "C", 6), 5, Set.of());
        assertEquals(Set.of("A", "B"), shown);
    }

    @Test
    void subtractionAcrossLevelsIsCaughtToo() {
        // A has no own respondents; B = its own 2 + B1 6 + B2 6; C 7
        Unit tree = unit("A", unit("B", unit("B1"), unit("B2")), unit("C"));
        Map<String, Integer> counts = Map.of("A", 21, "B", 14, "B1", 6, "B2", 6, "C", 7);
        Set<String> shown = Suppression.shown(List.of(tree), counts, 5, Set.of());
        // B − B1 − B2 = 2: B1 is hidden (smallest, then by id), so B's remainder is 8
        assertEquals(Set.of("A", "B", "B2", "C"), shown);
        for (String g : shown) {
            Unit u = find(tree, g);
            int r = Suppression.remainder(u, counts, shown);
            assertEquals(true, r == 0 || r >= 5, "remainder of " + g + " is " + r);
        }
    }

    @Test
    void forcedGroupsStayHiddenAndTheRuleStillHolds() {
        Unit tree = unit("A", unit("B"), unit("C"));
        Set<String> shown = Suppression.shown(List.of(tree), Map.of("A", 20, "B", 10, "C", 10), 5, Set.of("B"));
        assertEquals(Set.of("A", "C"), shown);
    }

    private static Unit find(Unit u, String id) {
        if (u.id().equals(id)) {
            return u;
        }
        for (Unit c : u.units()) {
            Unit f = find(c, id);
            if (f != null) {
                return f;
            }
        }
        return null;
    }
}
