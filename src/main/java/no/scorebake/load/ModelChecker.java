package no.scorebake.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.scorebake.model.Factor;
import no.scorebake.model.Initiative;
import no.scorebake.model.Kpi;
import no.scorebake.model.KpiKey;
import no.scorebake.model.Objective;
import no.scorebake.model.Organisation;
import no.scorebake.model.Perspective;
import no.scorebake.model.Pos;
import no.scorebake.model.Ref;
import no.scorebake.model.Scorecard;
import no.scorebake.model.Unit;
import no.scorebake.problem.Problems;

/**
 * Checks the references between the parts of the model once every file is read: perspectives,
 * cause-effect links, KPI references within and across scorecards, what initiatives support,
 * formula inputs, roll-ups and cycles among computed KPIs.
 */
final class ModelChecker {

    private final Organisation organisation;
    private final Map<String, Scorecard> scorecards;
    private final Set<String> unreadable;
    private final Problems problems;
    private boolean chainReported;

    /** The longest chain of KPIs computed from each other (formula of a formula, roll-up of a roll-up ...). */
    static final int MAX_CHAIN = 64;

    /** {@code unreadable}: units whose scorecard file has errors; references to them are checked once it can be read. */
    ModelChecker(Organisation organisation, Map<String, Scorecard> scorecards, Set<String> unreadable, Problems problems) {
        this.organisation = organisation;
        this.scorecards = scorecards;
        this.unreadable = unreadable;
        this.problems = problems;
    }

    void check() {
        for (Scorecard card : scorecards.values()) {
            checkStructure(card);
            checkComputedKpis(card);
        }
        checkCycles();
    }

    private void checkStructure(Scorecard card) {
        Set<String> perspectives = new HashSet<>();
        for (Perspective p : card.perspectives()) {
            perspectives.add(p.id());
        }
        Set<String> objectives = new HashSet<>();
        Set<String> supportable = new HashSet<>();
        for (Objective o : card.objectives()) {
            objectives.add(o.id());
            supportable.add(o.id());
            for (Factor f : o.factors()) {
                supportable.add(f.id());
            }
        }
        for (Objective o : card.objectives()) {
            Ref p = o.perspective();
            if (p != null && !perspectives.contains(p.text())) {
                problems.error(p.pos(), "unknown perspective '" + p.text() + "' — " + Choices.known(perspectives, p.text()));
            }
            for (Ref d : o.drives()) {
                if (d.text().equals(o.id())) {
                    problems.error(d.pos(), "objective '" + o.id() + "' drives itself; 'drives' names other objectives it causes");
                } else if (!objectives.contains(d.text())) {
                    problems.error(d.pos(), "objective '" + o.id() + "' drives unknown objective '" + d.text() + "' — " + Choices.known(objectives, d.text()));
                }
            }
            checkKpiRefs(card, o.kpis());
            for (Factor f : o.factors()) {
                checkKpiRefs(card, f.kpis());
            }
        }
        for (Initiative i : card.initiatives()) {
            for (Ref s : i.supports()) {
                if (!supportable.contains(s.text())) {
                    problems.error(s.pos(), "initiative '" + i.id() + "' supports unknown objective or factor '" + s.text() + "' — "
                            + Choices.known(supportable, s.text()));
                }
            }
        }
    }

    private void checkKpiRefs(Scorecard card, List<Ref> refs) {
        for (Ref r : refs) {
            String problem = unresolved(card.unit(), r.text());
            if (problem != null) {
                problems.error(r.pos(), problem);
            }
        }
    }

    /** Why a KPI reference written in a unit's scorecard does not resolve, or null when it does. */
    private String unresolved(String unit, String reference) {
        KpiKey key = KpiKey.resolve(unit, reference);
        Scorecard target = scorecards.get(key.unit());
        if (target == null && unreadable.contains(key.unit())) {
            return null;
        }
        if (target == null) {
            if (organisation.unit(key.unit()) == null) {
                return "'" + reference + "' names unknown unit '" + key.unit() + "' — " + Choices.known(unitIds(), key.unit());
            }
            return "'" + reference + "' names unit '" + key.unit() + "', which has no scorecard";
        }
        if (!target.kpis().containsKey(key.kpi())) {
            return "unknown KPI '" + key.kpi() + "'" + (key.unit().equals(unit) ? "" : " in scorecard " + key.unit())
                    + " — " + Choices.known(target.kpis().keySet(), key.kpi());
        }
        return null;
    }

    private List<String> unitIds() {
        return organisation.all().stream().map(Unit::id).toList();
    }

    private void checkComputedKpis(Scorecard card) {
        for (Kpi k : card.kpis().values()) {
            if (k.formula() != null) {
                for (String ref : k.formula().references()) {
                    String problem = unresolved(card.unit(), ref);
                    if (problem != null) {
                        problems.error(k.formulaPos(), "formula of KPI '" + k.id() + "': " + problem);
                    }
                }
            }
            if (k.rollup() != null) {
                Unit unit = organisation.unit(card.unit());
                List<Unit> subs = unit == null ? List.of() : unit.units();
                if (subs.isEmpty()) {
                    problems.error(k.pos(), "KPI '" + k.id() + "' rolls up from sub-units, but unit " + card.unit() + " has none");
                    continue;
                }
                int having = 0;
                for (Unit sub : subs) {
                    Scorecard s = scorecards.get(sub.id());
                    Kpi same = s == null ? null : s.kpis().get(k.id());
                    if (same != null) {
                        having++;
                        if (same.frequency() != k.frequency()) {
                            problems.warning(k.pos(), "roll-up KPI '" + k.id() + "' is " + k.frequency().key() + " but in "
                                    + sub.id() + " it is " + same.frequency().key() + "; it has values only where both have periods");
                        }
                    }
                }
                if (having == 0 && subs.stream().noneMatch(sub -> unreadable.contains(sub.id()))) {
                    problems.error(k.pos(), "KPI '" + k.id() + "' rolls up from sub-units, but no sub-unit's scorecard ("
                            + String.join(", ", subs.stream().map(Unit::id).toList()) + ") has a KPI '" + k.id() + "'");
                }
            }
        }
    }

    /** Formulas and roll-ups form a graph of KPIs; a cycle in it would have no value, so it is an error. */
    private void checkCycles() {
        Map<KpiKey, List<KpiKey>> edges = new LinkedHashMap<>();
        Map<KpiKey, Pos> where = new HashMap<>();
        for (Scorecard card : scorecards.values()) {
            for (Kpi k : card.kpis().values()) {
                KpiKey key = new KpiKey(card.unit(), k.id());
                List<KpiKey> inputs = new ArrayList<>();
                if (k.formula() != null) {
                    for (String ref : k.formula().references()) {
                        inputs.add(KpiKey.resolve(card.unit(), ref));
                    }
                }
                if (k.rollup() != null && organisation.unit(card.unit()) != null) {
                    for (Unit sub : organisation.unit(card.unit()).units()) {
                        inputs.add(new KpiKey(sub.id(), k.id()));
                    }
                }
                edges.put(key, inputs);
                where.put(key, k.pos());
            }
        }
        Map<KpiKey, Integer> state = new HashMap<>();
        Set<String> reported = new HashSet<>();
        for (KpiKey start : edges.keySet()) {
            List<KpiKey> path = new ArrayList<>();
            visit(start, edges, state, path, where, reported);
        }
    }

    private void visit(KpiKey key, Map<KpiKey, List<KpiKey>> edges, Map<KpiKey, Integer> state, List<KpiKey> path,
                       Map<KpiKey, Pos> where, Set<String> reported) {
        Integer s = state.get(key);
        if (s != null && s == 2) {
            return;
        }
        if (s != null && s == 1) {
            List<KpiKey> cycle = new ArrayList<>(path.subList(path.indexOf(key), path.size()));
            cycle.add(key);
            KpiKey first = cycle.stream().limit(cycle.size() - 1).min(KpiKey::compareTo).orElse(key);
            String text = String.join(" -> ", cycle.stream().map(KpiKey::toString).toList());
            if (reported.add(new HashSet<>(cycle).toString())) {
                problems.error(where.get(first), "KPIs compute each other in a cycle: " + text + "; a formula or roll-up may not depend on itself");
            }
            return;
        }
        if (path.size() >= MAX_CHAIN) {
            // Deeper chains are refused, so neither this check nor the status engine recurses without bound.
            if (!chainReported) {
                chainReported = true;
                problems.error(where.get(path.get(0)), "KPI '" + path.get(0).kpi() + "' is computed through a chain of more than "
                        + MAX_CHAIN + " formulas and roll-ups (" + path.get(0) + " -> " + path.get(1) + " -> ... -> " + key
                        + "); compute it from fewer steps");
            }
            return;
        }
        state.put(key, 1);
        path.add(key);
        for (KpiKey next : edges.getOrDefault(key, List.of())) {
            if (edges.containsKey(next)) {
                visit(next, edges, state, path, where, reported);
            }
        }
        path.remove(path.size() - 1);
        state.put(key, 2);
    }
}
