package no.scorebake.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The five words of the model format's initiative status, in its order, and nothing else. */
class InitiativeStatusTest {

    @Test
    void theWordsAreTheModelFormatsInItsOrder() {
        assertEquals(List.of("not-started", "on-track", "at-risk", "late", "done"), InitiativeStatus.keys());
    }

    @Test
    void eachWordNamesItsStatusAndReadsBackTheSame() {
        for (InitiativeStatus s : InitiativeStatus.values()) {
            assertEquals(s, InitiativeStatus.of(s.key()));
            assertEquals(s.key(), s.toString());
        }
    }

    @Test
    void anotherWordOrSpellingIsNoStatus() {
        assertNull(InitiativeStatus.of("ON_TRACK"));
        assertNull(InitiativeStatus.of("on track"));
        assertNull(InitiativeStatus.of(""));
        assertNull(InitiativeStatus.of(null));
    }
}
