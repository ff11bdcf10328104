package no.scorebake.page;

import java.util.ArrayList;
import java.util.List;
import no.scorebake.model.Organisation;
import no.scorebake.model.Project;
import no.scorebake.model.Unit;

/**
 * What a unit's report or feed covers: the unit and every unit under it; or, for the site's
 * own reports and feed, the whole organisation.
 *
 * @param top the unit, or null for the whole organisation
 * @param units every unit covered, parents before their sub-units, in the order of organisation.yaml
 * @param children the units one level down, which a summary counts each with everything under it:
 *     the unit's sub-units, or the organisation's top units
 */
record Subtree(Unit top, List<Unit> units, List<Unit> children) {

    /** The whole organisation. */
    static Subtree site(Organisation organisation) {
        return new Subtree(null, organisation.all(), organisation.roots());
    }

    /** {@code unit} and every unit under it. */
    static Subtree of(Unit unit) {
        List<Unit> units = new ArrayList<>();
        add(unit, units);
        return new Subtree(unit, List.copyOf(units), unit.units());
    }

    private static void add(Unit unit, List<Unit> units) {
        units.add(unit);
        for (Unit sub : unit.units()) {
            add(sub, units);
        }
    }

    /** The unit's id, or null for the whole organisation. */
    String id() {
        return top == null ? null : top.id();
    }

    /** Whether any unit covered has a scorecard: otherwise there is nothing to report or follow. */
    boolean hasScorecard(Project project) {
        return units.stream().anyMatch(u -> project.scorecards().containsKey(u.id()));
    }

    /**
     * The units that have reports of their own ({@code <unit>/deviations.html},
     * {@code <unit>/changes.html}): those with sub-units, one of which at least (or they
     * themselves) has a scorecard.
     */
    static List<Unit> withReports(Project project) {
        return project.organisation().all().stream().filter(u -> !u.units().isEmpty() && of(u).hasScorecard(project)).toList();
    }

    /** Whether {@code unit} has reports of its own ({@link #withReports}). */
    static boolean hasReports(Project project, Unit unit) {
        return unit != null && !unit.units().isEmpty() && of(unit).hasScorecard(project);
    }
}
