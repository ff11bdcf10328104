package no.scorebake.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import no.scorebake.testkit.DarkScheme;
import org.junit.jupiter.api.Test;

/** Every colour the strategy map draws with has its dark counterpart in style.css. */
class MapFollowsTheColourSchemeTest {

    @Test
    void everyColourOfTheMapIsRedrawnInTheDarkScheme() {
        List<String[]> uses = new ArrayList<>(List.of(
                new String[] {"fill", StrategyMap.TEXT}, new String[] {"fill", StrategyMap.ARROW},
                new String[] {"stroke", StrategyMap.ARROW}, new String[] {"fill", StrategyMap.BAND_FILL},
                new String[] {"stroke", StrategyMap.BAND_STROKE}, new String[] {"fill", StrategyMap.BAND_LABEL}));
        for (int status = 0; status < 4; status++) {
            uses.add(new String[] {"fill", StrategyMap.FILL[status]});
            uses.add(new String[] {"stroke", StrategyMap.STROKE[status]});
            uses.add(new String[] {"fill", StrategyMap.SYMBOL_COLOUR[status]});
        }
        List<String> missing = new ArrayList<>();
        for (String[] use : uses) {
            if (!DarkScheme.redraws("sm-map", use[0], use[1])) {
                missing.add(use[0] + "=\"" + use[1] + "\"");
            }
        }
        assertEquals(List.of(), missing, "map colours the dark scheme leaves light");
    }
}
