package no.scorebake.compare;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import no.scorebake.model.Kpi;
import no.scorebake.model.KpiKey;
import no.scorebake.model.Project;
import no.scorebake.model.Scorecard;
import no.scorebake.model.Unit;
import no.scorebake.status.KpiStatus;
import no.scorebake.status.StatusEngine;

/**
 * The sub-units of one unit (rows) against the KPIs they share (columns) in one month. A KPI is
 * shared when at least two of the sub-units have a KPI of that id in their own scorecards (or
 * the only sub-unit has it, when just one has a scorecard): a school's sick leave is comparable
 * with another school's, a KPI only one school measures is not. Each cell is the status engine's
 * status for that sub-unit's KPI, exactly what the sub-unit's scorecard and JSON export show.
 *
 * @param parent the unit whose sub-units are compared
 * @param units the sub-units that have a scorecard, in the order of the organisation
 * @param columns the shared KPIs, in the order they first appear in the sub-units' scorecards
 */
public record Comparison(Unit parent, YearMonth month, List<Unit> units, List<Column> columns,
                         Map<KpiKey, KpiStatus> cells) {

    /**
     * A shared KPI. Name, unit and direction are taken from the first sub-unit that has it.
     *
     * @param kpi the KPI's id, the same in each sub-unit
     * @param kpis the sub-units' own KPIs of that id
     */
    public record Column(String kpi, Kpi definition, List<KpiKey> kpis) {
    }

    /** The sub-units of {@code unit} that have a scorecard, in the organisation's order. */
    public static List<Unit> subUnits(Project project, String unit) {
        Unit u = project.organisation().unit(unit);
        if (u == null) {
            return List.of();
        }
        return u.units().stream().filter(sub -> project.scorecards().containsKey(sub.id())).toList();
    }

    /** Whether a unit has sub-units with scorecards to compare, and so a comparison page. */
    public static boolean exists(Project project, String unit) {
        return !subUnits(project, unit).isEmpty();
    }

    /**
     * The ids of the KPIs that {@code unit}'s sub-units share, in the order of a comparison's
     * columns: which ranking pages there are, known without computing any figure.
     */
    public static List<String> sharedKpis(Project project, String unit) {
        return of(project, unit, null, key -> null).columns().stream().map(Column::kpi).toList();
    }

    /** The comparison of {@code unit}'s sub-units in {@code month}; none of them needs a value. */
    public static Comparison of(StatusEngine engine, String unit, YearMonth month) {
        return of(engine.project(), unit, month, key -> engine.kpi(key, month));
    }

    /**
     * The same, each cell's status from {@code status}: the pages of the current month take
     * the statuses their scorecards have already computed.
     */
    public static Comparison of(Project project, String unit, YearMonth month, Function<KpiKey, KpiStatus> status) {
        List<Unit> units = subUnits(project, unit);
        Map<String, List<KpiKey>> byId = new LinkedHashMap<>();
        Map<String, Kpi> first = new LinkedHashMap<>();
        for (Unit sub : units) {
            Scorecard card = project.scorecards().get(sub.id());
            for (Kpi kpi : card.kpis().values()) {
                byId.computeIfAbsent(kpi.id(), k -> new ArrayList<>()).add(new KpiKey(sub.id(), kpi.id()));
                first.putIfAbsent(kpi.id(), kpi);
            }
        }
        int shared = Math.min(2, units.size());
        List<Column> columns = new ArrayList<>();
        Map<KpiKey, KpiStatus> cells = new LinkedHashMap<>();
        for (Map.Entry<String, List<KpiKey>> e : byId.entrySet()) {
            if (e.getValue().size() < shared) {
                continue;
            }
            columns.add(new Column(e.getKey(), first.get(e.getKey()), List.copyOf(e.getValue())));
            for (KpiKey key : e.getValue()) {
                cells.put(key, status.apply(key));
            }
        }
        return new Comparison(project.organisation().unit(unit), month, units, List.copyOf(columns), cells);
    }

    /** The status of sub-unit {@code unit}'s KPI {@code kpi}; null when that sub-unit has no such KPI. */
    public KpiStatus cell(String unit, String kpi) {
        return cells.get(new KpiKey(unit, kpi));
    }

    /** The column of a shared KPI; null when {@code kpi} is not shared. */
    public Column column(String kpi) {
        return columns.stream().filter(c -> c.kpi().equals(kpi)).findFirst().orElse(null);
    }

    /** The sub-units in the order of {@code kpi}'s ranking, best first, those without the KPI last. */
    public List<Unit> unitsBy(String kpi) {
        List<Unit> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (Ranking.Place p : Ranking.of(this, kpi).places()) {
            ordered.add(p.unit());
            placed.add(p.unit().id());
        }
        // Looked up by id in a set, not searched for in the list: a sector has 60 and more sub-units.
        for (Unit u : units) {
            if (!placed.contains(u.id())) {
                ordered.add(u);
            }
        }
        return ordered;
    }
}
