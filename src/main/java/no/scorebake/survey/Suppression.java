package no.scorebake.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.scorebake.model.Unit;

/**
 * Decides which groups of the unit tree may be shown for one question or theme, so that no
 * result of fewer than {@code min-group} respondents is shown or can be derived by subtraction.
 *
 * <p>Groups nest: a unit's group holds its own respondents and every sub-unit's. Given the shown
 * groups, a reader can subtract a shown group's shown sub-groups from it and learn the result of
 * what is left, the group's <em>remainder</em>: its own respondents plus those of hidden units
 * below it that no shown group covers. Everything a reader can compute from sums of shown groups
 * is made of whole remainders, so it is enough that every remainder is empty or has at least
 * {@code min-group} respondents. Primary suppression hides each group below {@code min-group};
 * secondary suppression then, while some shown group has a remainder of 1 to min-group − 1,
 * also hides the smallest shown sub-group adding to that remainder, which merges it in.
 */
final class Suppression {

    private Suppression() {
    }

    /**
     * The ids of the units whose group may be shown.
     *
     * @param counts respondents of each unit's group (with every unit below it); absent means 0
     * @param forced groups that must be hidden anyway (a theme whose question is hidden there)
     */
    static Set<String> shown(List<Unit> roots, Map<String, Integer> counts, int min, Set<String> forced) {
        List<Unit> all = new ArrayList<>();
        for (Unit r : roots) {
            collect(r, all);
        }
        Set<String> shown = new HashSet<>();
        for (Unit u : all) {
            if (count(counts, u) >= min && !forced.contains(u.id())) {
                shown.add(u.id());
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Unit g : all) {
                if (!shown.contains(g.id())) {
                    continue;
                }
                int remainder = remainder(g, counts, shown);
                if (remainder > 0 && remainder < min) {
                    Unit pick = smallestToMerge(g, counts, shown);
                    shown.remove(pick.id());
                    changed = true;
                    break;
                }
            }
        }
        return shown;
    }

    /** The respondents of a shown group that none of its shown sub-groups covers. */
    static int remainder(Unit g, Map<String, Integer> counts, Set<String> shown) {
        int covered = 0;
        for (Unit d : maximalShownBelow(g, shown)) {
            covered += count(counts, d);
        }
        return count(counts, g) - covered;
    }

    /** The shown groups below {@code g} with no shown group between them and {@code g}. */
    static List<Unit> maximalShownBelow(Unit g, Set<String> shown) {
        List<Unit> found = new ArrayList<>();
        for (Unit c : g.units()) {
            if (shown.contains(c.id())) {
                found.add(c);
            } else {
                found.addAll(maximalShownBelow(c, shown));
            }
        }
        return found;
    }

    /**
     * The sub-group to hide so that its own remainder joins {@code g}'s: the smallest one with
     * a remainder of its own (hiding one without would not help), by respondents, then id.
     */
    private static Unit smallestToMerge(Unit g, Map<String, Integer> counts, Set<String> shown) {
        List<Unit> below = maximalShownBelow(g, shown);
        Comparator<Unit> bySize = Comparator.comparingInt((Unit u) -> count(counts, u)).thenComparing(Unit::id);
        return below.stream().filter(u -> remainder(u, counts, shown) > 0).min(bySize)
                .orElseGet(() -> below.stream().min(bySize).orElseThrow());
    }

    private static int count(Map<String, Integer> counts, Unit u) {
        return counts.getOrDefault(u.id(), 0);
    }

    private static void collect(Unit u, List<Unit> into) {
        into.add(u);
        for (Unit c : u.units()) {
            collect(c, into);
        }
    }
}
