package no.scorebake.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.scorebake.address.Addresses;
import no.scorebake.compare.Comparison;
import no.scorebake.content.EditorialPage;
import no.scorebake.model.Unit;
import no.scorebake.status.ScorecardStatus;
import no.scorebake.status.Status;

/** {@code index.html}: the unit tree with each scorecard's status this period, the news and the reports. */
public final class EntryPage implements PageType {

    /**
     * @param units the organisation's top units, each with its sub-units
     * @param intro the lead sentence, naming the current period
     * @param news the editorial posts, newest first, each labelled with its date
     */
    public record Model(Frame frame, List<UnitNode> units, String intro, List<Link> news) implements PageModel {
    }

    /**
     * A unit in the tree; {@code href} is null for a unit without a scorecard.
     *
     * @param counts how many of its KPIs are green, yellow, red and grey, in that order
     * @param compareHref its sub-units' comparison page, or null when it has none
     * @param changes its own KPIs' status changes since the previous period, counted by kind ("3 nye røde"), or empty
     * @param changesHref where those changes are listed: the site's report when it lists every unit's, else the unit's scorecard
     * @param reports its own deviations and changes reports, for it and every unit under it; empty when it has no sub-units
     * @param early how many of its own KPIs are not red but have a red year outlook, in words ("2 tidlige varsler"), or empty
     * @param earlyHref where those are listed (a deviations report), or null when no report lists them all
     */
    public record UnitNode(String id, String name, String href, String score, StatusView status, String leader,
                           List<Integer> counts, String compareHref, String changes, String changesHref, List<Link> reports,
                           String early, String earlyHref, List<UnitNode> units) {
    }

    @Override
    public List<Job> jobs(PageContext ctx) {
        return List.of(Job.of(Addresses.ENTRY, out -> out.page("index.ftlh", Addresses.ENTRY, model(ctx))));
    }

    static Model model(PageContext ctx) {
        List<UnitNode> roots = new ArrayList<>();
        Subtree site = Subtree.site(ctx.project().organisation());
        boolean whole = ReportSummary.listed(ctx, site, ReportSummary.Tally::changed) <= ReportSummary.LISTED;
        boolean earlyWhole = ReportSummary.listed(ctx, site, ReportSummary.Tally::early) <= ReportSummary.LISTED;
        for (Unit u : ctx.project().organisation().roots()) {
            roots.add(node(ctx, u, whole, earlyWhole));
        }
        return new Model(ctx.siteFrame(Addresses.ENTRY, ctx.labels().get("entry.title")), roots,
                ctx.labels().format("entry.intro", ctx.format().month(ctx.current())), news(ctx.editorial()));
    }

    private static List<Link> news(List<EditorialPage> editorial) {
        return editorial.stream().filter(p -> p.type().equals("post"))
                .sorted(Comparator.comparing((EditorialPage p) -> p.date() == null ? "" : p.date()).reversed()
                        .thenComparing(EditorialPage::path))
                .map(p -> new Link(p.path(), (p.date() == null ? "" : p.date() + " ") + p.title())).toList();
    }

    private static UnitNode node(PageContext ctx, Unit u, boolean whole, boolean earlyWhole) {
        List<UnitNode> children = new ArrayList<>();
        for (Unit c : u.units()) {
            children.add(node(ctx, c, whole, earlyWhole));
        }
        List<Link> reports = ScorecardPage.reports(ctx, u, Addresses.ENTRY);
        String compare = Comparison.exists(ctx.project(), u.id()) ? Addresses.compare(u.id()) : null;
        if (!ctx.project().scorecards().containsKey(u.id())) {
            return new UnitNode(u.id(), u.name(), null, "", StatusView.of(Status.GREY, ctx.labels()), Rows.text(u.leader()),
                    List.of(), compare, "", null, reports, "", null, children);
        }
        ScorecardStatus s = ctx.scorecard(u.id(), ctx.current());
        int early = ReportSummary.Tally.current(ctx, u.id()).early();
        int[] counts = new int[4];
        s.kpis().stream().filter(k -> k.key().unit().equals(u.id())).forEach(k -> counts[k.status().ordinal()]++);
        return new UnitNode(u.id(), u.name(), Addresses.scorecard(u.id()), ctx.format().percent(s.score().value()),
                StatusView.of(s.score().status(), ctx.labels()), Rows.text(u.leader()),
                List.of(counts[0], counts[1], counts[2], counts[3]), compare,
                ChangesReport.countLine(ctx, ctx.project().scorecards().get(u.id())),
                whole ? Addresses.CHANGES + "#unit-" + u.id() : Addresses.scorecard(u.id()) + "#changes", reports,
                early == 0 ? "" : ctx.labels().format("entry.early", early),
                earlyWhole ? Addresses.DEVIATIONS + "#early-warning"
                        : reports.isEmpty() ? null : Addresses.deviations(u.id()) + "#early-warning", children);
    }
}
