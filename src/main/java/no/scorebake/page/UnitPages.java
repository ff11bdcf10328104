package no.scorebake.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.scorebake.model.Factor;
import no.scorebake.model.Objective;
import no.scorebake.model.Unit;
import no.scorebake.status.ScorecardStatus;

/** The models of a unit's initiatives page and its hierarchy view (objective → factor → KPI). */
public final class UnitPages {

    /** What an initiative supports, as links to their places in the scorecard. */
    public record InitiativeEntry(InitiativeRow row, List<Link> supports) {
    }

    private UnitPages() {
    }

    public static Map<String, Object> initiatives(PageContext ctx, ScorecardStatus card) {
        String unitId = card.scorecard().unit();
        String root = "../";
        Unit unit = ctx.project().organisation().unit(unitId);
        Rows rows = new Rows(ctx);
        Map<String, Object> m = ctx.base(root, ctx.labels().get("nav.initiatives") + " – " + unit.name());
        List<InitiativeEntry> list = new ArrayList<>();
        for (var i : card.initiatives()) {
            List<Link> supports = new ArrayList<>();
            for (var ref : i.initiative().supports()) {
                supports.add(new Link("index.html#" + anchor(card, ref.text()), name(card, ref.text())));
            }
            list.add(new InitiativeEntry(rows.initiative(i), supports));
        }
        m.put("unit", unit);
        m.put("initiatives", list);
        m.put("period", ctx.format().month(card.period()));
        return m;
    }

    public static Map<String, Object> hierarchy(PageContext ctx, ScorecardStatus card) {
        String unitId = card.scorecard().unit();
        Unit unit = ctx.project().organisation().unit(unitId);
        Map<String, Object> m = ScorecardPage.model(ctx, card, unitId + "/hierarchy.html", List.of(card.period()));
        m.put("title", ctx.labels().get("nav.hierarchy") + " – " + unit.name());
        return m;
    }

    private static String anchor(ScorecardStatus card, String id) {
        for (Objective o : card.scorecard().objectives()) {
            if (o.id().equals(id)) {
                return "obj-" + id;
            }
        }
        return "factor-" + id;
    }

    private static String name(ScorecardStatus card, String id) {
        for (Objective o : card.scorecard().objectives()) {
            if (o.id().equals(id)) {
                return o.name();
            }
            for (Factor f : o.factors()) {
                if (f.id().equals(id)) {
                    return f.name();
                }
            }
        }
        return id;
    }
}
