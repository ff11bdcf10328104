package no.scorebake.map;

import java.util.HashSet;
import java.util.Set;

/**
 * The ids of the map's elements: objective ids and arrow ids, sanitised to ASCII letters, digits,
 * '-' and '_', prefixed with {@value StrategyMap#ID_PREFIX}, and made unique within the map by a
 * counter, so that two objectives whose ids differ only in other characters still get two ids.
 */
final class ElementIds {

    private final Set<String> taken = new HashSet<>();

    String objective(String id) {
        return unique(StrategyMap.ID_PREFIX + "obj-" + sanitise(id));
    }

    /** The id of the arrow between two objectives' elements. */
    String arrow(Objective from, Objective to) {
        return unique(from.elementId + "--" + to.elementId.substring(StrategyMap.ID_PREFIX.length() + 4));
    }

    private static String sanitise(String id) {
        StringBuilder b = new StringBuilder();
        id.codePoints().limit(60).forEach(cp -> b.append(
                cp < 0x80 && (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_') ? (char) cp : '_'));
        return b.length() == 0 ? "_" : b.toString();
    }

    private String unique(String id) {
        String candidate = id;
        for (int i = 2; !taken.add(candidate); i++) {
            candidate = id + "-" + i;
        }
        return candidate;
    }
}
