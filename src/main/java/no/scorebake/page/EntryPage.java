package no.scorebake.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.scorebake.model.Unit;
import no.scorebake.status.ScorecardStatus;
import no.scorebake.status.Status;

/** The model of {@code index.html}: the unit tree with each scorecard's status this period. */
public final class EntryPage {

    /**
     * A unit in the tree; {@code href} is null for a unit without a scorecard.
     *
     * @param counts how many of its KPIs are green, yellow, red and grey, in that order
     */
    public record UnitNode(String id, String name, String href, String score, StatusView status, String leader,
                           List<Integer> counts, List<UnitNode> units) {
    }

    private EntryPage() {
    }

    public static Map<String, Object> model(PageContext ctx) {
        Map<String, Object> m = ctx.base("", ctx.labels().get("entry.title"));
        List<UnitNode> roots = new ArrayList<>();
        for (Unit u : ctx.project().organisation().roots()) {
            roots.add(node(ctx, u));
        }
        m.put("units", roots);
        m.put("intro", ctx.labels().format("entry.intro", ctx.format().month(ctx.current())));
        return m;
    }

    private static UnitNode node(PageContext ctx, Unit u) {
        List<UnitNode> children = new ArrayList<>();
        for (Unit c : u.units()) {
            children.add(node(ctx, c));
        }
        if (!ctx.project().scorecards().containsKey(u.id())) {
            return new UnitNode(u.id(), u.name(), null, "", StatusView.of(Status.GREY, ctx.labels()), Rows.text(u.leader()),
                    List.of(), children);
        }
        ScorecardStatus s = ctx.engine().scorecard(u.id(), ctx.current());
        int[] counts = new int[4];
        s.kpis().stream().filter(k -> k.key().unit().equals(u.id())).forEach(k -> counts[k.status().ordinal()]++);
        return new UnitNode(u.id(), u.name(), u.id() + "/index.html", ctx.format().percent(s.score().value()),
                StatusView.of(s.score().status(), ctx.labels()), Rows.text(u.leader()),
                List.of(counts[0], counts[1], counts[2], counts[3]), children);
    }
}
