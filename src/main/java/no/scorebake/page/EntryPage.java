package no.scorebake.page;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.scorebake.compare.Comparison;
import no.scorebake.model.Unit;
import no.scorebake.status.ScorecardStatus;
import no.scorebake.status.Status;

/** The model of {@code index.html}: the unit tree with each scorecard's status this period. */
public final class EntryPage {

    /**
     * A unit in the tree; {@code href} is null for a unit without a scorecard.
     *
     * @param counts how many of its KPIs are green, yellow, red and grey, in that order
     * @param compareHref its sub-units' comparison page, or null when it has none
     * @param changes its own KPIs' status changes since the previous period, counted by kind ("3 nye røde"), or empty
     */
    public record UnitNode(String id, String name, String href, String score, StatusView status, String leader,
                           List<Integer> counts, String compareHref, String changes, List<UnitNode> units) {
    }

    private EntryPage() {
    }

    /** @param first the site's first month, which has no changes to show */
    public static Map<String, Object> model(PageContext ctx, YearMonth first) {
        Map<String, Object> m = ctx.base("", ctx.labels().get("entry.title"));
        List<UnitNode> roots = new ArrayList<>();
        for (Unit u : ctx.project().organisation().roots()) {
            roots.add(node(ctx, u, first));
        }
        m.put("units", roots);
        m.put("intro", ctx.labels().format("entry.intro", ctx.format().month(ctx.current())));
        return m;
    }

    private static UnitNode node(PageContext ctx, Unit u, YearMonth first) {
        List<UnitNode> children = new ArrayList<>();
        for (Unit c : u.units()) {
            children.add(node(ctx, c, first));
        }
        String compare = Comparison.exists(ctx.project(), u.id()) ? ComparePage.path(u.id()) : null;
        if (!ctx.project().scorecards().containsKey(u.id())) {
            return new UnitNode(u.id(), u.name(), null, "", StatusView.of(Status.GREY, ctx.labels()), Rows.text(u.leader()),
                    List.of(), compare, "", children);
        }
        ScorecardStatus s = ctx.engine().scorecard(u.id(), ctx.current());
        int[] counts = new int[4];
        s.kpis().stream().filter(k -> k.key().unit().equals(u.id())).forEach(k -> counts[k.status().ordinal()]++);
        return new UnitNode(u.id(), u.name(), u.id() + "/index.html", ctx.format().percent(s.score().value()),
                StatusView.of(s.score().status(), ctx.labels()), Rows.text(u.leader()),
                List.of(counts[0], counts[1], counts[2], counts[3]), compare,
                ChangesPage.countLine(ctx, ctx.project().scorecards().get(u.id()), first), children);
    }
}
