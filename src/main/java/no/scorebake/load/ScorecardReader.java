package no.scorebake.load;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.scorebake.formula.Formula;
import no.scorebake.formula.FormulaException;
import no.scorebake.model.Aggregation;
import no.scorebake.model.Direction;
import no.scorebake.model.Factor;
import no.scorebake.model.Frequency;
import no.scorebake.model.Initiative;
import no.scorebake.model.Kpi;
import no.scorebake.model.KpiUnit;
import no.scorebake.model.Objective;
import no.scorebake.model.Period;
import no.scorebake.model.Perspective;
import no.scorebake.model.Pos;
import no.scorebake.model.Ref;
import no.scorebake.model.Scorecard;
import no.scorebake.model.Thresholds;
import no.scorebake.problem.Problems;

/**
 * Reads one {@code model/scorecards/<unit>.yaml}. Checks what can be checked inside the file
 * (keys, ids, kinds of values, duplicates, formula syntax, targets' periods); references to
 * other parts are checked by {@link ModelChecker} once every file is read.
 */
final class ScorecardReader {

    private static final Set<String> KEYS = YamlFields.keys("vision", "perspectives", "objectives", "kpis", "initiatives");
    private static final Set<String> PERSPECTIVE_KEYS = YamlFields.keys("id", "name");
    private static final Set<String> OBJECTIVE_KEYS = YamlFields.keys("id", "name", "perspective", "description", "drives", "weight", "kpis", "factors");
    private static final Set<String> FACTOR_KEYS = YamlFields.keys("id", "name", "description", "weight", "kpis");
    private static final Set<String> KPI_KEYS = YamlFields.keys("id", "name", "definition", "owner", "unit", "frequency", "direction",
            "aggregation", "target", "targets", "thresholds", "state", "weight", "formula", "rollup");
    private static final Set<String> INITIATIVE_KEYS = YamlFields.keys("id", "name", "owner", "start", "end", "supports", "description");

    private final String unit;
    private final String path;
    private final Problems problems;
    /** Objective and factor ids share one namespace: initiatives support either by id. */
    private final Map<String, Pos> objectiveAndFactorIds = new HashMap<>();

    private ScorecardReader(String unit, String path, Problems problems) {
        this.unit = unit;
        this.path = path;
        this.problems = problems;
    }

    static Scorecard read(String unit, String path, YamlNode root, Problems problems) {
        return new ScorecardReader(unit, path, problems).scorecard(root);
    }

    private Scorecard scorecard(YamlNode root) {
        YamlNode.Mapping map = YamlFields.mapping(root, problems, "a scorecard file");
        if (map == null) {
            return null;
        }
        YamlFields f = new YamlFields(map, problems, "the scorecard of unit '" + unit + "'", KEYS);
        List<Perspective> perspectives = perspectives(f.node("perspectives"));
        if (!f.has("perspectives")) {
            problems.error(f.pos(), "scorecard of unit '" + unit + "' has no 'perspectives'; list them top to bottom as on the strategy map");
        }
        List<Objective> objectives = new ArrayList<>();
        for (YamlNode item : YamlFields.items(f.node("objectives"), problems, "objectives")) {
            Objective o = objective(item);
            if (o != null) {
                objectives.add(o);
            }
        }
        Map<String, Kpi> kpis = new LinkedHashMap<>();
        for (YamlNode item : YamlFields.items(f.node("kpis"), problems, "kpis")) {
            Kpi k = kpi(item);
            if (k != null) {
                Kpi earlier = kpis.putIfAbsent(k.id(), k);
                if (earlier != null) {
                    problems.error(k.pos(), "KPI id '" + k.id() + "' is used twice in this scorecard (also at " + earlier.pos() + ")");
                }
            }
        }
        List<Initiative> initiatives = new ArrayList<>();
        Map<String, Pos> initiativeIds = new HashMap<>();
        for (YamlNode item : YamlFields.items(f.node("initiatives"), problems, "initiatives")) {
            Initiative i = initiative(item);
            if (i != null) {
                Pos earlier = initiativeIds.putIfAbsent(i.id(), i.pos());
                if (earlier != null) {
                    problems.error(i.pos(), "initiative id '" + i.id() + "' is used twice in this scorecard (also at " + earlier + ")");
                } else {
                    initiatives.add(i);
                }
            }
        }
        return new Scorecard(unit, path, f.text("vision"), perspectives, objectives, kpis, initiatives);
    }

    private List<Perspective> perspectives(YamlNode node) {
        List<Perspective> list = new ArrayList<>();
        Map<String, Pos> ids = new HashMap<>();
        for (YamlNode item : YamlFields.items(node, problems, "perspectives")) {
            YamlNode.Mapping m = YamlFields.mapping(item, problems, "a perspective");
            if (m == null) {
                continue;
            }
            YamlFields f = new YamlFields(m, problems, YamlFields.label("perspective", m), PERSPECTIVE_KEYS);
            String id = f.id("id");
            String name = f.requiredText("name");
            if (id == null) {
                continue;
            }
            Pos earlier = ids.putIfAbsent(id, f.pos("id"));
            if (earlier != null) {
                problems.error(f.pos("id"), "perspective id '" + id + "' is used twice (also at " + earlier + ")");
                continue;
            }
            list.add(new Perspective(id, name == null ? id : name, f.pos("id")));
        }
        return list;
    }

    private Objective objective(YamlNode item) {
        YamlNode.Mapping m = YamlFields.mapping(item, problems, "an objective");
        if (m == null) {
            return null;
        }
        String what = YamlFields.label("objective", m);
        YamlFields f = new YamlFields(m, problems, what, OBJECTIVE_KEYS);
        String id = f.id("id");
        String name = f.requiredText("name");
        String perspective = f.requiredText("perspective");
        // The objective's id is claimed before its factors', so a clash is reported at the later of the two.
        if (id != null) {
            unique(id, f.pos("id"), "objective");
        }
        List<Factor> factors = new ArrayList<>();
        for (YamlNode fi : YamlFields.items(f.node("factors"), problems, "factors of " + what)) {
            Factor factor = factor(fi);
            if (factor != null) {
                factors.add(factor);
            }
        }
        List<Ref> drives = f.refs("drives", false);
        List<Ref> kpis = f.refs("kpis", true);
        BigDecimal weight = f.weight("weight");
        if (id == null) {
            return null;
        }
        // Kept even when its id clashes (that is reported above), so its references are checked too.
        return new Objective(id, name == null ? id : name, perspective == null ? null : new Ref(perspective, f.pos("perspective")),
                f.text("description"), drives, weight, kpis, factors, f.pos("id"));
    }

    private Factor factor(YamlNode item) {
        YamlNode.Mapping m = YamlFields.mapping(item, problems, "a critical success factor");
        if (m == null) {
            return null;
        }
        YamlFields f = new YamlFields(m, problems, YamlFields.label("factor", m), FACTOR_KEYS);
        String id = f.id("id");
        String name = f.requiredText("name");
        List<Ref> kpis = f.refs("kpis", true);
        BigDecimal weight = f.weight("weight");
        if (id == null) {
            return null;
        }
        unique(id, f.pos("id"), "factor");
        return new Factor(id, name == null ? id : name, f.text("description"), weight, kpis, f.pos("id"));
    }

    private void unique(String id, Pos pos, String kind) {
        Pos earlier = objectiveAndFactorIds.putIfAbsent(id, pos);
        if (earlier != null) {
            problems.error(pos, kind + " id '" + id + "' is already used by an objective or factor at " + earlier
                    + "; objectives and factors need distinct ids so initiatives can name them");
        }
    }

    private Kpi kpi(YamlNode item) {
        YamlNode.Mapping m = YamlFields.mapping(item, problems, "a KPI");
        if (m == null) {
            return null;
        }
        String what = YamlFields.label("KPI", m);
        YamlFields f = new YamlFields(m, problems, what, KPI_KEYS);
        String id = f.id("id");
        String name = f.requiredText("name");
        KpiUnit kpiUnit = f.has("unit") ? f.choice("unit", KpiUnit::fromKey, KpiUnit.keys(), KpiUnit.COUNT) : null;
        if (kpiUnit == null) {
            problems.error(f.pos(), what + " has no 'unit' — valid: " + KpiUnit.keys());
            kpiUnit = KpiUnit.COUNT;
        }
        Frequency frequency = f.choice("frequency", Frequency::fromKey, Frequency.keys(), Frequency.MONTHLY);
        Direction direction = f.choice("direction", Direction::fromKey, "higher, lower", Direction.HIGHER);
        Aggregation aggregation = f.choice("aggregation", Aggregation::fromKey, "sum, average, last", kpiUnit.defaultAggregation());
        BigDecimal target = f.number("target");
        Map<YearMonth, BigDecimal> periodTargets = new TreeMap<>();
        Map<Integer, BigDecimal> yearTargets = new TreeMap<>();
        targets(f.node("targets"), frequency, what, periodTargets, yearTargets);
        Thresholds thresholds = f.has("thresholds") ? SiteReader.thresholds(f.node("thresholds"), problems, "thresholds of " + what) : null;
        String state = f.text("state");
        boolean planned = false;
        if (state != null) {
            if (state.equals("planned")) {
                planned = true;
            } else if (!state.equals("active")) {
                problems.error(f.pos("state"), "unknown state '" + state + "' in " + what + " — valid: active, planned");
            }
        }
        BigDecimal weight = f.weight("weight");
        Formula formula = null;
        String formulaText = f.text("formula");
        if (formulaText != null) {
            try {
                formula = Formula.parse(formulaText);
                if (formula.references().isEmpty()) {
                    problems.error(f.pos("formula"), "formula of " + what + " refers to no KPI; a composite KPI combines {kpi} or {unit/kpi} references");
                }
            } catch (FormulaException e) {
                // Point at the character itself when the formula stands verbatim on its line, else at the value.
                Pos text = f.textPos("formula");
                if (text != null) {
                    problems.error(new Pos(text.path(), text.line(), text.col() + e.offset()), e.getMessage());
                } else {
                    problems.error(f.pos("formula"), e.getMessage() + " (at character " + (e.offset() + 1) + " of the formula)");
                }
            }
        }
        Aggregation rollup = null;
        String rollupText = f.text("rollup");
        if (rollupText != null) {
            rollup = Aggregation.fromKey(rollupText);
            if (rollup == null || rollup == Aggregation.LAST) {
                problems.error(f.pos("rollup"), "unknown rollup '" + rollupText + "' in " + what + " — valid: sum, average");
                rollup = null;
            }
        }
        if (formulaText != null && rollupText != null) {
            problems.error(f.pos("rollup"), what + " has both a formula and a rollup; a KPI is computed one way: keep one");
        }
        if (id == null) {
            return null;
        }
        return new Kpi(id, name == null ? id : name, f.text("definition"), f.text("owner"), kpiUnit, frequency, direction,
                aggregation, target, periodTargets, yearTargets, thresholds, planned, weight, formula, f.pos("formula"), rollup, f.pos("id"));
    }

    /** Reads {@code targets:}, keyed by year ({@code 2005}) or by a period of the KPI's frequency. */
    private void targets(YamlNode node, Frequency frequency, String what, Map<YearMonth, BigDecimal> periods, Map<Integer, BigDecimal> years) {
        if (node == null || node instanceof YamlNode.Scalar s && s.nullValue()) {
            return;
        }
        YamlNode.Mapping map = YamlFields.mapping(node, problems, "targets of " + what);
        if (map == null) {
            return;
        }
        for (YamlNode.Entry e : map.entries().values()) {
            Period p = Period.parse(e.key());
            if (p == null) {
                problems.error(e.keyPos(), "target key '" + e.key() + "' of " + what + " is not a period; write a year (2005) or a period (" + Periods.FORMS + ")");
                continue;
            }
            BigDecimal value = null;
            if (e.value() instanceof YamlNode.Scalar s && !s.nullValue()) {
                value = NumberText.parse(s.text());
                if (value == null) {
                    problems.error(s.pos(), "target for " + e.key() + " of " + what + " is '" + s.text() + "'; expected " + NumberText.VALID);
                }
            } else {
                problems.error(e.value().pos(), "target for " + e.key() + " of " + what + " must be a number");
            }
            if (value == null) {
                continue;
            }
            if (p.frequency() == Frequency.YEARLY) {
                years.put(p.year(), value);
                continue;
            }
            String mismatch = Periods.mismatch(p, frequency);
            if (mismatch != null) {
                problems.error(e.keyPos(), "target key '" + e.key() + "' of " + what + ": " + mismatch);
                continue;
            }
            periods.put(p.end(), value);
        }
    }

    private Initiative initiative(YamlNode item) {
        YamlNode.Mapping m = YamlFields.mapping(item, problems, "an initiative");
        if (m == null) {
            return null;
        }
        String what = YamlFields.label("initiative", m);
        YamlFields f = new YamlFields(m, problems, what, INITIATIVE_KEYS);
        String id = f.id("id");
        String name = f.requiredText("name");
        YearMonth start = month(f, "start", what);
        YearMonth end = month(f, "end", what);
        if (start != null && end != null && end.isBefore(start)) {
            problems.error(f.pos("end"), what + " ends (" + end + ") before it starts (" + start + ")");
        }
        List<Ref> supports = f.refs("supports", false);
        if (id == null) {
            return null;
        }
        return new Initiative(id, name == null ? id : name, f.text("owner"), start, end, supports, f.text("description"), f.pos("id"));
    }

    private YearMonth month(YamlFields f, String key, String what) {
        String t = f.text(key);
        if (t == null) {
            return null;
        }
        YearMonth m = Periods.month(t);
        if (m == null) {
            problems.error(f.pos(key), key + " of " + what + " is '" + t + "'; write a month like 2005-01");
        }
        return m;
    }

}
