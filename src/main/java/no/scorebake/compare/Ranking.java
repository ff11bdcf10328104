package no.scorebake.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.scorebake.model.Direction;
import no.scorebake.model.Unit;
import no.scorebake.status.KpiStatus;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * One shared KPI's values across the sub-units, best to worst by the KPI's direction: highest
 * first when higher is better, lowest first when lower is better. Equal values share a rank
 * (1, 2, 2, 4) and keep the organisation's order; sub-units without a value come last, unranked,
 * since a missing figure is neither good nor bad.
 *
 * @param column the KPI ranked
 * @param places every sub-unit that has the KPI, in ranking order
 */
public record Ranking(Comparison.Column column, List<Place> places) {

    /**
     * A sub-unit's place.
     *
     * @param rank 1 for the best; 0 when the sub-unit has no value to rank
     */
    public record Place(int rank, Unit unit, KpiStatus status) {
    }

    /** The ranking of {@code kpi}, a shared KPI of the comparison. */
    public static Ranking of(Comparison comparison, String kpi) {
        Comparison.Column column = comparison.column(kpi);
        if (column == null) {
            throw new IllegalArgumentException("KPI " + kpi + " is not shared by the sub-units of " + comparison.parent().id());
        }
        List<Unit> valued = new ArrayList<>();
        List<Unit> unvalued = new ArrayList<>();
        for (Unit u : comparison.units()) {
            KpiStatus s = comparison.cell(u.id(), kpi);
            if (s != null) {
                (s.value() == null ? unvalued : valued).add(u);
            }
        }
        Comparator<BigFraction> best = bestFirst(column.definition().direction());
        // A stable sort: equal values keep the organisation's order.
        valued.sort(Comparator.comparing((Unit u) -> comparison.cell(u.id(), kpi).value(), best));
        List<Place> places = new ArrayList<>();
        BigFraction before = null;
        int rank = 0;
        for (int i = 0; i < valued.size(); i++) {
            KpiStatus s = comparison.cell(valued.get(i).id(), kpi);
            if (before == null || best.compare(before, s.value()) != 0) {
                rank = i + 1;
            }
            before = s.value();
            places.add(new Place(rank, valued.get(i), s));
        }
        for (Unit u : unvalued) {
            places.add(new Place(0, u, comparison.cell(u.id(), kpi)));
        }
        return new Ranking(column, List.copyOf(places));
    }

    /** Values ordered best first: descending when higher is better, ascending when lower is. */
    public static Comparator<BigFraction> bestFirst(Direction direction) {
        Comparator<BigFraction> ascending = Comparator.naturalOrder();
        return direction == Direction.LOWER ? ascending : ascending.reversed();
    }
}
