package no.scorebake.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.scorebake.address.Addresses;
import no.scorebake.model.Factor;
import no.scorebake.model.Initiative;
import no.scorebake.model.Kpi;
import no.scorebake.model.KpiKey;
import no.scorebake.model.Objective;
import no.scorebake.model.Ref;
import no.scorebake.model.Scorecard;
import no.scorebake.model.Unit;
import no.scorebake.status.KpiStatus;
import no.scorebake.status.Outlook;
import no.scorebake.status.Status;

/**
 * The deviations report, {@code reports/deviations.html}, and {@code <unit>/deviations.html} for a
 * unit and every unit under it: every red KPI this period with what explains it, under a summary
 * of the units one level down. A report with more than {@value ReportSummary#LISTED} red KPIs
 * lists its own unit's and leaves the rest to the units' own reports, which the summary links.
 */
public final class DeviationsReport implements PageType {

    /**
     * @param heading the page's title: the site's report, or a unit's
     * @param total how many red KPIs the report covers, listed or not
     * @param unexplained how many of those listed have no comment, no note and no initiative
     * @param period the current period in words
     * @param summary the units one level down with their counts; empty for a report of one unit's KPIs
     * @param partial when only the own unit's red KPIs are listed, the sentence that says so; else null
     * @param early the KPIs that are not red this month but whose year outlook is ({@link ReportSummary#earlyWarning})
     * @param earlyTotal how many such KPIs the report covers, listed or not
     * @param earlyPartial when only the own unit's early warnings are listed, the sentence that says so; else null
     */
    public record Model(Frame frame, String heading, List<Deviation> deviations, int total, long unexplained, String period,
                        List<ReportSummary.Row> summary, String partial, List<EarlyWarning> early, int earlyTotal,
                        String earlyPartial) implements PageModel {
    }

    /**
     * A KPI that is not red this month but whose year outlook is.
     *
     * @param year the year of the outlook
     * @param outlook the forecast for the year, formatted
     * @param yearTarget the year's target, formatted
     * @param outlookStatus the outlook's status
     * @param outlookPerformance the forecast against the year's target, formatted
     */
    public record EarlyWarning(KpiRow row, String unitId, String unitName, String unitHref, String year, String outlook,
                               String yearTarget, StatusView outlookStatus, String outlookPerformance) {
    }

    /** A red KPI with what explains it; {@code unexplained} when it has no comment, no note and no initiative. */
    public record Deviation(KpiRow row, String unitId, String unitName, String unitHref, List<Link> initiatives, boolean unexplained) {
    }

    @Override
    public List<Job> jobs(PageContext ctx) {
        List<Job> jobs = new ArrayList<>();
        jobs.add(Job.of(Addresses.DEVIATIONS, out -> out.page("deviations.ftlh", Addresses.DEVIATIONS, model(ctx, Subtree.site(ctx.project().organisation())))));
        for (Unit unit : Subtree.withReports(ctx.project())) {
            jobs.add(Job.of(Addresses.deviations(unit.id()), out -> out.page("deviations.ftlh", Addresses.deviations(unit.id()), model(ctx, Subtree.of(unit)))));
        }
        return jobs;
    }

    static Model model(PageContext ctx) {
        return model(ctx, Subtree.site(ctx.project().organisation()));
    }

    static Model model(PageContext ctx, Subtree tree) {
        String page = tree.top() == null ? Addresses.DEVIATIONS : Addresses.deviations(tree.id());
        String root = Addresses.rootOf(page);
        int total = ReportSummary.listed(ctx, tree, ReportSummary.Tally::red);
        boolean whole = total <= ReportSummary.LISTED;
        List<Unit> listed = whole ? tree.units() : tree.top() != null ? List.of(tree.top()) : tree.children();
        List<Deviation> list = new ArrayList<>();
        Map<KpiKey, List<Link>> supporting = initiatives(ctx, root);
        for (Unit unit : listed) {
            Scorecard card = ctx.project().scorecards().get(unit.id());
            if (card == null) {
                continue;
            }
            for (Kpi k : card.kpis().values()) {
                KpiKey key = new KpiKey(card.unit(), k.id());
                KpiStatus s = ctx.kpi(key, ctx.current());
                if (s.status() != Status.RED) {
                    continue;
                }
                List<Link> initiatives = supporting.getOrDefault(key, List.of());
                boolean unexplained = s.comment() == null && s.notes().isEmpty() && initiatives.isEmpty();
                list.add(new Deviation(Rows.linkedTo(Rows.current(ctx, key), root + Addresses.kpi(key)), card.unit(), unit.name(),
                        Addresses.link(page, Addresses.scorecard(card.unit())), initiatives, unexplained));
            }
        }
        int earlyTotal = ReportSummary.listed(ctx, tree, ReportSummary.Tally::early);
        boolean earlyWhole = earlyTotal <= ReportSummary.LISTED;
        List<EarlyWarning> early = new ArrayList<>();
        for (Unit unit : earlyWhole ? tree.units() : tree.top() != null ? List.of(tree.top()) : tree.children()) {
            Scorecard card = ctx.project().scorecards().get(unit.id());
            if (card == null) {
                continue;
            }
            for (Kpi k : card.kpis().values()) {
                KpiKey key = new KpiKey(card.unit(), k.id());
                KpiStatus s = ctx.kpi(key, ctx.current());
                if (ReportSummary.earlyWarning(s)) {
                    Outlook o = s.outlook();
                    early.add(new EarlyWarning(Rows.linkedTo(Rows.current(ctx, key), root + Addresses.kpi(key)), card.unit(), unit.name(),
                            Addresses.link(page, Addresses.scorecard(card.unit())), String.valueOf(o.year()),
                            ctx.format().value(o.value(), k.unit()), ctx.format().value(o.target(), k.unit()),
                            StatusView.of(o.status(), ctx.labels()), ctx.format().percent(o.performance())));
                }
            }
        }
        String title = ctx.labels().get("report.deviations.title");
        String heading = tree.top() == null ? title : title + " – " + tree.top().name();
        Frame frame = tree.top() == null ? ctx.siteFrame(page, heading) : ctx.unitFrame(page, heading, tree.id());
        String partial = whole ? null : ctx.labels().format("report.partial", ReportSummary.LISTED,
                tree.top() == null ? ctx.labels().get("report.partial.top") : tree.top().name());
        return new Model(frame, heading, list, total, list.stream().filter(Deviation::unexplained).count(), ctx.format().month(ctx.current()),
                tree.units().size() > 1 ? ReportSummary.of(ctx, tree, page, Addresses::deviations) : List.of(), partial,
                early, earlyTotal, earlyWhole ? null : ctx.labels().format("report.partial", ReportSummary.LISTED,
                        tree.top() == null ? ctx.labels().get("report.partial.top") : tree.top().name()));
    }

    /**
     * For every KPI, the initiatives, in any scorecard, that support an objective or factor
     * listing it (a department's initiative may support a section's KPI through a reference):
     * in the order of the scorecards and of their initiatives. One pass over the model, so the
     * report costs the same for one red KPI as for thousands.
     */
    static Map<KpiKey, List<Link>> initiatives(PageContext ctx, String root) {
        Map<KpiKey, Map<String, Link>> found = new LinkedHashMap<>();
        for (Scorecard card : ctx.project().scorecards().values()) {
            // What each objective and factor lists; an objective also takes its factors' KPIs.
            Map<String, Set<KpiKey>> listed = new HashMap<>();
            for (Objective o : card.objectives()) {
                Set<KpiKey> ofObjective = listed.computeIfAbsent(o.id(), x -> new LinkedHashSet<>());
                ofObjective.addAll(keys(card.unit(), o.kpis()));
                for (Factor f : o.factors()) {
                    List<KpiKey> ofFactor = keys(card.unit(), f.kpis());
                    listed.computeIfAbsent(f.id(), x -> new LinkedHashSet<>()).addAll(ofFactor);
                    ofObjective.addAll(ofFactor);
                }
            }
            for (Initiative i : card.initiatives()) {
                Link link = new Link(root + Addresses.initiative(card.unit(), i.id()), i.name());
                for (Ref r : i.supports()) {
                    for (KpiKey key : listed.getOrDefault(r.text(), Set.of())) {
                        found.computeIfAbsent(key, x -> new LinkedHashMap<>()).putIfAbsent(card.unit() + "/" + i.id(), link);
                    }
                }
            }
        }
        Map<KpiKey, List<Link>> links = new HashMap<>();
        found.forEach((key, byId) -> links.put(key, List.copyOf(byId.values())));
        return links;
    }

    private static List<KpiKey> keys(String unit, List<Ref> refs) {
        return refs.stream().map(r -> KpiKey.resolve(unit, r.text())).toList();
    }
}
