package no.scorebake.bake.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The text a page's key is made from: equal models give equal text, and any difference in what a
 * model holds gives a different one; a value whose text might hide a change is refused.
 */
class CanonicalTextTest {

    private record Pair(String a, String b) {
    }

    private record Row(String name, BigDecimal value, boolean current, List<Pair> pairs, Map<String, Integer> counts) {
    }

    @Test
    void equalModelsGiveEqualTextAndEveryDifferenceShows() {
        Row row = new Row("x", new BigDecimal("1.50"), true, List.of(new Pair("a", "bc")), Map.of("n", 1));
        assertEquals(CanonicalText.of(row), CanonicalText.of(new Row("x", new BigDecimal("1.50"), true, List.of(new Pair("a", "bc")), Map.of("n", 1))));
        assertNotEquals(CanonicalText.of(new Pair("a", "bc")), CanonicalText.of(new Pair("ab", "c")), "where one string ends shows");
        assertNotEquals(CanonicalText.of(new Pair(null, "b")), CanonicalText.of(new Pair("", "b")), "none is not empty");
        assertNotEquals(CanonicalText.of(row), CanonicalText.of(new Row("x", new BigDecimal("1.5"), true, List.of(new Pair("a", "bc")), Map.of("n", 1))));
        assertNotEquals(CanonicalText.of(row), CanonicalText.of(new Row("x", new BigDecimal("1.50"), false, List.of(new Pair("a", "bc")), Map.of("n", 1))));
        assertNotEquals(CanonicalText.of(row), CanonicalText.of(new Row("x", new BigDecimal("1.50"), true, List.of(new Pair("a", "bd")), Map.of("n", 1))));
        assertNotEquals(CanonicalText.of(row), CanonicalText.of(new Row("x", new BigDecimal("1.50"), true, List.of(new Pair("a", "bc")), Map.of("n", 2))));
    }

    @Test
    void aValueThatCannotSayAllItHoldsIsRefused() {
        assertThrows(IllegalStateException.class, () -> CanonicalText.of(List.of(new Object())));
        assertThrows(IllegalStateException.class, () -> CanonicalText.of(new StringBuilder("changes behind its identity")));
    }
}
