package no.scorebake.page;

import java.util.ArrayList;
import java.util.List;
import no.scorebake.model.Scorecard;
import no.scorebake.model.Unit;
import no.scorebake.status.ScorecardStatus;

/** A unit's hierarchy view, {@code <unit>/hierarchy.html}: objective → factor → KPI as one tree, this period. */
public final class HierarchyPage implements PageType {

    /** @param period the current period in words */
    public record Model(Frame frame, Unit unit, String period, List<ScorecardPage.PerspectiveView> perspectives)
            implements PageModel {
    }

    @Override
    public List<Job> jobs(PageContext ctx) {
        List<Job> jobs = new ArrayList<>();
        for (Scorecard card : ctx.project().scorecards().values()) {
            jobs.add(out -> out.page("hierarchy.ftlh", path(card.unit()),
                    model(ctx, ctx.engine().scorecard(card.unit(), ctx.current()))));
        }
        return jobs;
    }

    static String path(String unit) {
        return unit + "/hierarchy.html";
    }

    static Model model(PageContext ctx, ScorecardStatus card) {
        String unitId = card.scorecard().unit();
        String path = path(unitId);
        Unit unit = ctx.project().organisation().unit(unitId);
        Rows rows = new Rows(ctx);
        List<InitiativeRow> initiatives = card.initiatives().stream().map(rows::initiative).toList();
        return new Model(ctx.frame(path, ctx.labels().get("nav.hierarchy") + " – " + unit.name()), unit,
                ctx.format().month(card.period()),
                ScorecardPage.perspectives(ctx, rows, card, path, initiatives));
    }
}
