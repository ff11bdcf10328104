package no.scorebake.page;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.scorebake.compare.Comparison;
import no.scorebake.model.KpiKey;
import no.scorebake.model.Period;
import no.scorebake.model.Unit;
import no.scorebake.status.KpiStatus;
import no.scorebake.status.Score;
import no.scorebake.status.ScorecardStatus;
import no.scorebake.status.ScorecardStatus.FactorScore;
import no.scorebake.status.ScorecardStatus.ObjectiveScore;
import no.scorebake.status.ScorecardStatus.PerspectiveScore;

/** The model of a scorecard page: perspective → objective → factor → KPI rows, with initiatives beside what they support. */
public final class ScorecardPage {

    public record PerspectiveView(String id, String name, String score, StatusView status, List<ObjectiveView> objectives) {
    }

    public record ObjectiveView(String id, String anchor, String name, String description, String score, StatusView status,
                                List<KpiRow> kpis, List<FactorView> factors, List<InitiativeRow> initiatives) {
    }

    public record FactorView(String id, String anchor, String name, String score, StatusView status, List<KpiRow> kpis) {
    }

    public record UnitLink(String href, String id, String name, String score, StatusView status) {
    }

    private ScorecardPage() {
    }

    /** The site-relative address of a unit's scorecard for a month ({@code 810/2005-06/index.html}). */
    public static String periodPath(String unit, YearMonth month) {
        return unit + "/" + Period.month(month).label() + "/index.html";
    }

    /** Address of a unit's period overview. */
    public static String periodsPath(String unit) {
        return unit + "/periods.html";
    }

    /** A period in the overview: the month, its page, and the unit's overall score then. */
    public record PeriodRow(String label, String href, String score, StatusView status, boolean current) {
    }

    /** The unit's period overview: every month the site has, newest first, with the score of each. */
    public static Map<String, Object> periods(PageContext ctx, String unitId, List<YearMonth> periods) {
        String path = periodsPath(unitId);
        String root = PageContext.rootOf(path);
        Unit unit = ctx.project().organisation().unit(unitId);
        Map<String, Object> m = ctx.base(root, ctx.labels().get("periods.title") + " – " + unit.name());
        m.put("unit", unit);
        List<PeriodRow> rows = new ArrayList<>();
        for (int i = periods.size() - 1; i >= 0; i--) {
            YearMonth p = periods.get(i);
            Score score = ctx.engine().score(unitId, p);
            boolean current = p.equals(ctx.current());
            rows.add(new PeriodRow(ctx.format().month(p), root + (current ? unitId + "/index.html" : periodPath(unitId, p)),
                    score(ctx, score), StatusView.of(score.status(), ctx.labels()), current));
        }
        m.put("periods", rows);
        return m;
    }

    /**
     * @param path the page's own site-relative address
     * @param periods every month the site has, oldest first
     */
    public static Map<String, Object> model(PageContext ctx, ScorecardStatus card, String path, List<YearMonth> periods) {
        String root = PageContext.rootOf(path);
        Rows rows = new Rows(ctx);
        String unitId = card.scorecard().unit();
        Unit unit = ctx.project().organisation().unit(unitId);
        YearMonth month = card.period();
        Map<String, Object> m = ctx.base(root, unit.name() + " – " + ctx.format().month(month));
        m.put("unit", unit);
        m.put("vision", Rows.text(card.scorecard().vision()));
        m.put("period", ctx.format().month(month));
        m.put("periodKey", Period.month(month).label());
        m.put("isCurrent", month.equals(ctx.current()));
        // An earlier period's page shows that period's figures: say so, and it stays the same page
        // when later months arrive.
        m.put("dataAsOf", ctx.format().month(month));
        m.put("score", score(ctx, card.score()));
        m.put("status", StatusView.of(card.score().status(), ctx.labels()));

        List<InitiativeRow> allInitiatives = card.initiatives().stream().map(rows::initiative).toList();
        List<PerspectiveView> perspectives = new ArrayList<>();
        for (PerspectiveScore ps : card.perspectives()) {
            List<ObjectiveView> objectives = new ArrayList<>();
            for (ObjectiveScore os : ps.objectives()) {
                List<FactorView> factors = new ArrayList<>();
                Set<String> supported = new LinkedHashSet<>();
                supported.add(os.objective().id());
                for (FactorScore fs : os.factors()) {
                    supported.add(fs.factor().id());
                    factors.add(new FactorView(fs.factor().id(), "factor-" + fs.factor().id(), fs.factor().name(), score(ctx, fs.score()),
                            StatusView.of(fs.score().status(), ctx.labels()), rows(ctx, rows, card, fs.kpis(), root)));
                }
                List<InitiativeRow> initiatives = allInitiatives.stream()
                        .filter(i -> i.supports().stream().anyMatch(supported::contains)).toList();
                objectives.add(new ObjectiveView(os.objective().id(), "obj-" + os.objective().id(), os.objective().name(),
                        Rows.text(os.objective().description()), score(ctx, os.score()), StatusView.of(os.score().status(), ctx.labels()),
                        rows(ctx, rows, card, os.kpis(), root), factors, initiatives));
            }
            perspectives.add(new PerspectiveView(ps.perspective().id(), ps.perspective().name(), score(ctx, ps.score()),
                    StatusView.of(ps.score().status(), ctx.labels()), objectives));
        }
        m.put("perspectives", perspectives);
        m.put("other", rows(ctx, rows, card, card.other(), root));
        m.put("initiatives", allInitiatives);

        // No list of every period here: it would change every old page each month (and grow with
        // the months squared); the unit's period overview lists them all.
        int at = periods.indexOf(month);
        m.put("previous", at > 0 ? new Link(root + periodPath(unitId, periods.get(at - 1)), ctx.format().month(periods.get(at - 1))) : null);
        m.put("next", at >= 0 && at < periods.size() - 1
                ? new Link(root + periodPath(unitId, periods.get(at + 1)), ctx.format().month(periods.get(at + 1))) : null);
        m.put("allPeriods", root + periodsPath(unitId));
        m.put("currentLink", root + unitId + "/index.html");

        Unit parent = unit.parent() == null ? null : ctx.project().organisation().unit(unit.parent());
        m.put("parent", parent == null ? null : unitLink(ctx, parent, month, root));
        List<UnitLink> subs = new ArrayList<>();
        for (Unit sub : unit.units()) {
            subs.add(unitLink(ctx, sub, month, root));
        }
        m.put("subunits", subs);
        m.put("compareHref", !Comparison.exists(ctx.project(), unitId) ? null
                : root + (month.equals(ctx.current()) ? ComparePage.path(unitId) : ComparePage.periodPath(unitId, month)));
        m.put("changes", ChangesPage.section(ctx, card.kpis().stream().map(KpiStatus::key).toList(), unitId, month,
                periods.isEmpty() ? null : periods.get(0), root));
        m.put("json", root + "data/" + unitId + "/" + Period.month(month).label() + ".json");
        m.put("csv", root + "data/" + unitId + "/" + Period.month(month).label() + ".csv");
        return m;
    }

    /** A unit with its scorecard's score in a month; units without a scorecard link to nothing. */
    static UnitLink unitLink(PageContext ctx, Unit unit, YearMonth month, String root) {
        if (!ctx.project().scorecards().containsKey(unit.id())) {
            return new UnitLink(null, unit.id(), unit.name(), "", StatusView.of(no.scorebake.status.Status.GREY, ctx.labels()));
        }
        Score score = ctx.engine().score(unit.id(), month);
        String href = month.equals(ctx.current()) ? root + unit.id() + "/index.html" : root + periodPath(unit.id(), month);
        return new UnitLink(href, unit.id(), unit.name(), score(ctx, score), StatusView.of(score.status(), ctx.labels()));
    }

    private static List<KpiRow> rows(PageContext ctx, Rows rows, ScorecardStatus card, List<KpiKey> keys, String root) {
        List<KpiRow> list = new ArrayList<>();
        for (KpiKey key : keys) {
            KpiStatus s = card.kpi(key);
            list.add(rows.row(s, card.scorecard().unit(), card.period(), root));
        }
        return list;
    }

    static String score(PageContext ctx, Score score) {
        return ctx.format().percent(score.value());
    }

}
