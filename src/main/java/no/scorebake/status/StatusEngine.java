package no.scorebake.status;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import no.scorebake.formula.Formula;
import no.scorebake.model.Aggregation;
import no.scorebake.model.Direction;
import no.scorebake.model.Factor;
import no.scorebake.model.Frequency;
import no.scorebake.model.Initiative;
import no.scorebake.model.InitiativeReport;
import no.scorebake.model.InitiativeStatus;
import no.scorebake.model.Kpi;
import no.scorebake.model.KpiKey;
import no.scorebake.model.Measurement;
import no.scorebake.model.Note;
import no.scorebake.model.Objective;
import no.scorebake.model.Period;
import no.scorebake.model.Perspective;
import no.scorebake.model.Project;
import no.scorebake.model.Ref;
import no.scorebake.model.Scorecard;
import no.scorebake.model.Thresholds;
import no.scorebake.model.Unit;
import no.scorebake.problem.Problem;
import no.scorebake.survey.FedValue;
import no.scorebake.survey.SurveyData;
import no.scorebake.status.ScorecardStatus.FactorScore;
import no.scorebake.status.ScorecardStatus.ObjectiveScore;
import no.scorebake.status.ScorecardStatus.PerspectiveScore;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Computes status as {@code model-format.md} specifies, for any unit and month, from a loaded
 * project. It does no I/O and is safe to call from several threads; values are computed once
 * per KPI and period and remembered.
 */
public final class StatusEngine {

    /** Performances above this count as this in roll-up scores, so one KPI far above target cannot hide red ones. */
    public static final BigFraction SCORE_CAP = BigFraction.of(120);

    private final Project project;
    // Months are keyed by their number (see month()), not by YearMonth: YearMonth's hash code
    // leaves the month out of the low bits, so in a small hash map all months of a year share a
    // bucket — which showed up in the profile as hash-map tree lookups.
    private final Map<KpiKey, Map<Integer, Measurement>> rows;
    private final Map<String, List<InitiativeReport>> initiativeRows;
    private final Map<KpiKey, Map<Integer, List<Note>>> notes = new HashMap<>();
    private final Map<KpiKey, Map<Integer, Optional<BigFraction>>> values;
    private final Map<String, Score> scores;
    private final Set<Problem> divisionsByZero;
    private final SurveyData surveys;

    public StatusEngine(Project project) {
        this.project = project;
        this.rows = new HashMap<>();
        this.initiativeRows = new HashMap<>();
        this.values = new ConcurrentHashMap<>();
        this.scores = new ConcurrentHashMap<>();
        this.divisionsByZero = ConcurrentHashMap.newKeySet();
        for (Measurement m : project.measurements()) {
            rows.computeIfAbsent(m.kpi(), k -> new HashMap<>()).put(month(m.period().end()), m);
        }
        for (InitiativeReport r : project.initiativeReports()) {
            initiativeRows.computeIfAbsent(r.unit() + "/" + r.initiative(), k -> new ArrayList<>()).add(r);
        }
        for (List<InitiativeReport> list : initiativeRows.values()) {
            list.sort(Comparator.comparing(InitiativeReport::month));
        }
        indexNotes();
        surveys = new SurveyData(project);
    }

    /** An engine of {@code project}, which differs from {@code from}'s in its notes only: it shares every figure computed. */
    private StatusEngine(StatusEngine from, Project project) {
        this.project = project;
        this.rows = from.rows;
        this.initiativeRows = from.initiativeRows;
        this.values = from.values;
        this.scores = from.scores;
        this.divisionsByZero = from.divisionsByZero;
        this.surveys = from.surveys;
        indexNotes();
    }

    private void indexNotes() {
        for (Note n : project.notes()) {
            notes.computeIfAbsent(n.kpi(), k -> new HashMap<>()).computeIfAbsent(month(n.month()), k -> new ArrayList<>()).add(n);
        }
    }

    /**
     * This engine with {@code notes} instead of the project's: a note changes no value, target
     * or score, so the new engine shares every figure this one has computed, and the preview
     * shows a saved note without computing the site again.
     */
    public StatusEngine withNotes(List<Note> notes) {
        return new StatusEngine(this, project.withNotes(notes));
    }

    /** Every survey's results, computed once with anonymity applied. */
    public SurveyData surveys() {
        return surveys;
    }

    /** Where a fed KPI's value for the period ending in {@code end} came from; null when no survey feeds it then. */
    public FedValue fed(KpiKey key, YearMonth end) {
        return surveys.fed(key, end);
    }

    public Project project() {
        return project;
    }

    /** The current period: site.yaml's {@code period}, else the latest month with any value; null when neither exists. */
    public YearMonth currentPeriod() {
        if (project.site().period() != null) {
            return project.site().period();
        }
        return project.measurements().stream().filter(m -> m.value() != null).map(m -> m.period().end())
                .max(Comparator.naturalOrder()).orElse(null);
    }

    /** The earliest month with any value; null when there is none. */
    public YearMonth firstPeriod() {
        return project.measurements().stream().filter(m -> m.value() != null).map(m -> m.period().end())
                .min(Comparator.naturalOrder()).orElse(null);
    }

    /** Every month from the first with data up to the current one. */
    public List<YearMonth> periods() {
        YearMonth current = currentPeriod();
        return current == null ? List.of() : periodsUpTo(current);
    }

    /** Every month from the first with data up to {@code last} (just {@code last} when the data starts later). */
    public List<YearMonth> periodsUpTo(YearMonth last) {
        YearMonth first = firstPeriod();
        if (first == null || first.isAfter(last)) {
            first = last;
        }
        List<YearMonth> list = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            list.add(m);
        }
        return list;
    }

    /** Divisions by zero met in formulas so far, as warnings at the formula. */
    public List<Problem> warnings() {
        List<Problem> list = new ArrayList<>(divisionsByZero);
        Collections.sort(list);
        return list;
    }

    // ---- values ----------------------------------------------------------------------------

    /**
     * The value of a KPI for the period of its frequency that ends in {@code end}: reported,
     * computed by formula or rolled up. Null when it has none.
     */
    public BigFraction value(KpiKey key, YearMonth end) {
        Map<Integer, Optional<BigFraction>> byMonth = values.computeIfAbsent(key, k -> new ConcurrentHashMap<>());
        Integer at = month(end);
        Optional<BigFraction> known = byMonth.get(at);
        if (known == null) {
            known = Optional.ofNullable(compute(key, end));
            byMonth.put(at, known);
        }
        return known.orElse(null);
    }

    /** A month as one number (months since year 0), the key of the engine's maps. */
    private static Integer month(YearMonth m) {
        return m.getYear() * 12 + m.getMonthValue() - 1;
    }

    private BigFraction compute(KpiKey key, YearMonth end) {
        Kpi kpi = project.kpi(key);
        if (kpi == null) {
            return null;
        }
        if (kpi.formula() != null) {
            Formula.Result r = kpi.formula().evaluate(ref -> value(KpiKey.resolve(key.unit(), ref), end));
            if (r.divisionByZero()) {
                divisionsByZero.add(new Problem(kpi.formulaPos(), true, "division by zero in the formula of " + key
                        + " for " + Period.containing(kpi.frequency(), end).label() + "; it has no value for that period"));
            }
            return r.value();
        }
        if (kpi.rollup() != null) {
            return rollup(key, kpi, end).value();
        }
        Measurement m = row(key, end);
        if (m == null) {
            FedValue fed = surveys.fed(key, end);
            return fed == null ? null : fed.value();
        }
        return Exact.of(m.value());
    }

    private record Rollup(BigFraction value, int reported, int of, List<KpiKey> inputs) {
    }

    private Rollup rollup(KpiKey key, Kpi kpi, YearMonth end) {
        Unit unit = project.organisation().unit(key.unit());
        BigFraction sum = BigFraction.ZERO;
        int reported = 0;
        List<KpiKey> inputs = new ArrayList<>();
        for (Unit sub : unit.units()) {
            KpiKey input = new KpiKey(sub.id(), kpi.id());
            if (project.kpi(input) == null) {
                continue;
            }
            inputs.add(input);
            BigFraction v = value(input, end);
            if (v != null) {
                sum = sum.add(v);
                reported++;
            }
        }
        BigFraction value = reported == 0 ? null : kpi.rollup() == Aggregation.AVERAGE ? sum.divide(reported) : sum;
        return new Rollup(value, reported, inputs.size(), inputs);
    }

    private Measurement row(KpiKey key, YearMonth end) {
        Map<Integer, Measurement> byMonth = rows.get(key);
        return byMonth == null ? null : byMonth.get(month(end));
    }

    /** The target for a period: the data row's, else {@code targets} for the period, then the year, else {@code target}. */
    public BigFraction target(KpiKey key, Period period) {
        return targetWithSource(key, period).map(TargetChoice::value).orElse(null);
    }

    private record TargetChoice(BigFraction value, TargetSource source) {
    }

    private Optional<TargetChoice> targetWithSource(KpiKey key, Period period) {
        Kpi kpi = project.kpi(key);
        Measurement m = row(key, period.end());
        if (m != null && m.target() != null) {
            return Optional.of(new TargetChoice(Exact.of(m.target()), TargetSource.DATA));
        }
        BigDecimal t = kpi.periodTargets().get(period.end());
        if (t != null) {
            return Optional.of(new TargetChoice(Exact.of(t), TargetSource.PERIOD));
        }
        t = kpi.yearTargets().get(period.year());
        if (t != null) {
            return Optional.of(new TargetChoice(Exact.of(t), TargetSource.YEAR));
        }
        return kpi.target() == null ? Optional.empty() : Optional.of(new TargetChoice(Exact.of(kpi.target()), TargetSource.DEFAULT));
    }

    /** The thresholds that colour a KPI: its own, else the site's. */
    public Thresholds thresholds(Kpi kpi) {
        return kpi.thresholds() != null ? kpi.thresholds() : project.site().thresholds();
    }

    // ---- one KPI -------------------------------------------------------------------------------

    /** Everything about one KPI as shown in month {@code p}. */
    public KpiStatus kpi(KpiKey key, YearMonth p) {
        return kpi(key, p, true);
    }

    /**
     * A KPI's figures in month {@code p} as a row of its history, a point of its chart or a
     * score needs them: value, target, performance, status, the data row, notes and last year's
     * value (one value looked up, for the table of values); but no year to date, trend, outlook
     * or roll-up counts (null, null, null, 0 and no inputs). Those cost most of
     * a whole status (a year of values and targets summed as fractions) and only the period a
     * page is about shows them; a new month asks for the figures of every earlier period again.
     */
    public KpiStatus figures(KpiKey key, YearMonth p) {
        return kpi(key, p, false);
    }

    private KpiStatus kpi(KpiKey key, YearMonth p, boolean whole) {
        Kpi kpi = project.kpi(key);
        if (kpi == null) {
            throw new IllegalArgumentException("no KPI " + key);
        }
        Period valuePeriod = Period.latestEndingBy(kpi.frequency(), p);
        BigFraction value = value(key, valuePeriod.end());
        Optional<TargetChoice> target = targetWithSource(key, valuePeriod);
        BigFraction targetValue = target.map(TargetChoice::value).orElse(null);
        BigFraction performance = Performance.of(value, targetValue, kpi.direction());
        Status status = kpi.planned() ? Status.GREY : Performance.status(performance, thresholds(kpi));
        boolean missing = !kpi.planned() && kpi.reported() && Period.isDue(kpi.frequency(), p) && value == null
                && SurveyData.feeding(project, key) == null;
        Ytd ytd = whole && kpi.frequency() == Frequency.MONTHLY ? ytd(key, kpi, p) : null;
        Outlook outlook = ytd == null ? null : outlook(key, kpi, p, ytd);
        Trend trend = whole ? trend(key, kpi, valuePeriod, value) : null;
        int reported = 0;
        int of = 0;
        List<KpiKey> inputs = List.of();
        if (whole && kpi.rollup() != null) {
            Rollup r = rollup(key, kpi, valuePeriod.end());
            reported = r.reported();
            of = r.of();
            inputs = r.inputs();
        } else if (whole && kpi.formula() != null) {
            inputs = kpi.formula().references().stream().map(ref -> KpiKey.resolve(key.unit(), ref)).toList();
        }
        List<Note> kpiNotes = notes.getOrDefault(key, Map.of()).getOrDefault(month(valuePeriod.end()), List.of());
        return new KpiStatus(key, kpi, valuePeriod, value, targetValue, target.map(TargetChoice::source).orElse(null),
                performance, status, missing, ytd, trend, row(key, valuePeriod.end()), reported, of, inputs, kpiNotes,
                lastYear(key, valuePeriod), outlook);
    }

    /** The value of the same period one year earlier, or null when it has none (or would be before year 1). */
    public LastYear lastYear(KpiKey key, Period period) {
        if (period.year() <= 1) {
            return null;
        }
        Period before = period.yearEarlier();
        BigFraction v = value(key, before.end());
        return v == null ? null : new LastYear(before, v);
    }

    /**
     * The year outlook of a monthly KPI in month p, from its year to date: the owner's forecast
     * when a month of p's year up to p gave one (the latest such month's), else the computed one;
     * against the year target. Null when a month of the year has no target.
     */
    private Outlook outlook(KpiKey key, Kpi kpi, YearMonth p, Ytd ytd) {
        BigFraction yearTarget = yearTarget(key, kpi, p.getYear());
        if (yearTarget == null) {
            return null;
        }
        BigFraction computed = switch (kpi.aggregation()) {
            case SUM -> ytd.value().multiply(12).divide(ytd.months());
            case AVERAGE, LAST -> ytd.value();
        };
        Measurement owner = null;
        for (YearMonth m = YearMonth.of(p.getYear(), 1); !m.isAfter(p); m = m.plusMonths(1)) {
            Measurement r = row(key, m);
            if (r != null && r.forecast() != null) {
                owner = r;
            }
        }
        BigFraction value = owner == null ? computed : Exact.of(owner.forecast());
        BigFraction performance = Performance.of(value, yearTarget, kpi.direction());
        Status status = kpi.planned() ? Status.GREY : Performance.status(performance, thresholds(kpi));
        return new Outlook(p.getYear(), value, yearTarget, performance, status, ytd.months(),
                owner == null ? Outlook.By.COMPUTED : Outlook.By.OWNER, computed, owner);
    }

    /**
     * The target of a monthly KPI for a whole year: its twelve months' targets summed (sum),
     * averaged (average), or December's (last); null when any of the twelve has none.
     */
    public BigFraction yearTarget(KpiKey key, Kpi kpi, int year) {
        BigFraction sum = BigFraction.ZERO;
        BigFraction december = null;
        for (int month = 1; month <= 12; month++) {
            BigFraction t = target(key, Period.month(YearMonth.of(year, month)));
            if (t == null) {
                return null;
            }
            sum = sum.add(t);
            december = t;
        }
        return switch (kpi.aggregation()) {
            case SUM -> sum;
            case AVERAGE -> sum.divide(12);
            case LAST -> december;
        };
    }

    /** Year to date over the months of p's year up to p that have a value; null when none has. */
    private Ytd ytd(KpiKey key, Kpi kpi, YearMonth p) {
        BigFraction valueSum = BigFraction.ZERO;
        BigFraction targetSum = BigFraction.ZERO;
        boolean everyTarget = true;
        int months = 0;
        BigFraction lastValue = null;
        BigFraction lastTarget = null;
        for (YearMonth m = YearMonth.of(p.getYear(), 1); !m.isAfter(p); m = m.plusMonths(1)) {
            BigFraction v = value(key, m);
            if (v == null) {
                continue;
            }
            BigFraction t = target(key, Period.month(m));
            months++;
            valueSum = valueSum.add(v);
            if (t == null) {
                everyTarget = false;
            } else {
                targetSum = targetSum.add(t);
            }
            lastValue = v;
            lastTarget = t;
        }
        if (months == 0) {
            return null;
        }
        return switch (kpi.aggregation()) {
            case SUM -> new Ytd(valueSum, everyTarget ? targetSum : null, months, Aggregation.SUM);
            case AVERAGE -> new Ytd(valueSum.divide(months), everyTarget ? targetSum.divide(months) : null, months, Aggregation.AVERAGE);
            case LAST -> new Ytd(lastValue, lastTarget, months, Aggregation.LAST);
        };
    }

    private Trend trend(KpiKey key, Kpi kpi, Period period, BigFraction value) {
        if (value == null) {
            return null;
        }
        Period previous = period.previous();
        BigFraction before = value(key, previous.end());
        if (before == null) {
            return null;
        }
        BigFraction change = value.subtract(before);
        Boolean better = change.isZero() ? null : (change.signum() > 0) == (kpi.direction() == Direction.HIGHER);
        return new Trend(previous, before, change, better);
    }

    // ---- a scorecard ---------------------------------------------------------------------------

    /**
     * A unit's overall score for month {@code p}, kept once computed: every page that lists
     * sub-units shows their scores, and recomputing whole scorecards for them doubled the engine's
     * work in a bake.
     */
    public Score score(String unit, YearMonth p) {
        Score known = scores.get(unit + "@" + month(p));
        return known != null ? known : scorecard(unit, p, false).score();
    }

    /** A unit's scorecard for month {@code p}, with every score rolled up. */
    public ScorecardStatus scorecard(String unit, YearMonth p) {
        return scorecard(unit, p, true);
    }

    /** With {@code whole} false, the KPIs' {@link #figures} only: enough for the scores. */
    private ScorecardStatus scorecard(String unit, YearMonth p, boolean whole) {
        Scorecard card = project.scorecards().get(unit);
        if (card == null) {
            throw new IllegalArgumentException("no scorecard for unit " + unit);
        }
        Map<KpiKey, KpiStatus> shown = new LinkedHashMap<>();
        List<PerspectiveScore> perspectives = new ArrayList<>();
        for (Perspective perspective : card.perspectives()) {
            List<ObjectiveScore> objectives = new ArrayList<>();
            Weighted perspectiveMean = new Weighted();
            for (Objective o : card.objectives()) {
                if (o.perspective() == null || !o.perspective().text().equals(perspective.id())) {
                    continue;
                }
                Weighted objectiveMean = new Weighted();
                List<FactorScore> factors = new ArrayList<>();
                for (Factor f : o.factors()) {
                    Weighted factorMean = new Weighted();
                    List<KpiKey> keys = keys(unit, f.kpis());
                    for (KpiKey k : keys) {
                        KpiStatus s = shown.computeIfAbsent(k, x -> kpi(x, p, whole));
                        factorMean.addKpi(s);
                    }
                    Score fs = factorMean.score(project.site().thresholds());
                    objectiveMean.add(fs, f.weight());
                    factors.add(new FactorScore(f, fs, keys));
                }
                List<KpiKey> direct = keys(unit, o.kpis());
                for (KpiKey k : direct) {
                    KpiStatus s = shown.computeIfAbsent(k, x -> kpi(x, p, whole));
                    objectiveMean.addKpi(s);
                }
                Score os = objectiveMean.score(project.site().thresholds());
                perspectiveMean.add(os, o.weight());
                objectives.add(new ObjectiveScore(o, os, direct, factors));
            }
            perspectives.add(new PerspectiveScore(perspective, perspectiveMean.score(project.site().thresholds()), objectives));
        }
        Weighted total = new Weighted();
        for (PerspectiveScore ps : perspectives) {
            total.add(ps.score(), BigDecimal.ONE);
        }
        List<KpiKey> other = new ArrayList<>();
        for (Kpi k : card.kpis().values()) {
            KpiKey key = new KpiKey(unit, k.id());
            if (!shown.containsKey(key)) {
                other.add(key);
                shown.put(key, kpi(key, p, whole));
            }
        }
        List<InitiativeProgress> initiatives = card.initiatives().stream().map(i -> initiative(unit, i, p)).toList();
        Score overall = total.score(project.site().thresholds());
        scores.putIfAbsent(unit + "@" + month(p), overall);
        return new ScorecardStatus(card, p, overall, perspectives,
                List.copyOf(shown.values()), other, initiatives);
    }

    private static List<KpiKey> keys(String unit, List<Ref> refs) {
        Set<KpiKey> keys = new LinkedHashSet<>();
        for (Ref r : refs) {
            keys.add(KpiKey.resolve(unit, r.text()));
        }
        return List.copyOf(keys);
    }

    /** A weighted mean that leaves grey items out. */
    private static final class Weighted {
        private BigFraction sum = BigFraction.ZERO;
        private BigFraction weights = BigFraction.ZERO;

        void addKpi(KpiStatus s) {
            if (s.status() != Status.GREY) {
                add(Exact.min(s.performance(), SCORE_CAP), s.kpi().weight());
            }
        }

        void add(Score score, BigDecimal weight) {
            if (score.status() != Status.GREY) {
                add(score.value(), weight);
            }
        }

        private void add(BigFraction value, BigDecimal weight) {
            BigFraction w = Exact.of(weight);
            sum = sum.add(value.multiply(w));
            weights = weights.add(w);
        }

        Score score(Thresholds thresholds) {
            if (weights.isZero()) {
                return Score.GREY;
            }
            BigFraction mean = sum.divide(weights);
            return new Score(mean, Performance.status(mean, thresholds));
        }
    }

    // ---- initiatives ---------------------------------------------------------------------------

    /** An initiative's percent complete and status as last reported at or before month p. */
    public InitiativeProgress initiative(String unit, Initiative initiative, YearMonth p) {
        BigDecimal complete = null;
        InitiativeStatus status = null;
        InitiativeReport latest = null;
        for (InitiativeReport r : initiativeRows.getOrDefault(unit + "/" + initiative.id(), List.of())) {
            if (r.month().isAfter(p)) {
                break;
            }
            latest = r;
            if (r.complete() != null) {
                complete = r.complete();
            }
            if (r.status() != null) {
                status = r.status();
            }
        }
        return new InitiativeProgress(initiative, complete, status, latest);
    }

    /** Every KPI's value for every period in the range, so formula warnings are all found. */
    public void computeAll(List<YearMonth> months) {
        computeAll(months, Map.of());
    }

    /**
     * As {@link #computeAll(List)}, taking each unit's overall score of a month from
     * {@code recorded} (by month, then unit) where it is given: an earlier build computed it from
     * the very same inputs (the build record vouches for that), so that pages listing the scores
     * of months whose own pages were kept (the period overview) need not roll those months up
     * again. A recorded score is the one this engine would compute; it only saves the work.
     */
    public void computeAll(List<YearMonth> months, Map<YearMonth, Map<String, Score>> recorded) {
        recorded.forEach((p, byUnit) -> byUnit.forEach((unit, score) -> scores.putIfAbsent(unit + "@" + month(p), score)));
        for (Scorecard card : project.scorecards().values()) {
            for (Kpi kpi : card.kpis().values()) {
                for (YearMonth m : months) {
                    if (Period.isDue(kpi.frequency(), m)) {
                        value(new KpiKey(card.unit(), kpi.id()), m);
                    }
                }
            }
        }
    }
}
