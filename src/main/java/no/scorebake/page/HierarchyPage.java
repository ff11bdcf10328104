package no.scorebake.page;

import java.util.ArrayList;
import java.util.List;
import no.scorebake.address.Addresses;
import no.scorebake.model.Scorecard;
import no.scorebake.model.Unit;

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
            jobs.add(Job.of(Addresses.hierarchy(card.unit()), out -> out.page("hierarchy.ftlh", Addresses.hierarchy(card.unit()), model(ctx, card.unit()))));
        }
        return jobs;
    }

    /** The unit's current scorecard's tree, as its scorecard pages show it, linked from this page. */
    static Model model(PageContext ctx, String unitId) {
        String path = Addresses.hierarchy(unitId);
        Unit unit = ctx.project().organisation().unit(unitId);
        ScorecardPage.Content content = ScorecardPage.currentContent(ctx, unitId);
        return new Model(ctx.unitFrame(path, ctx.labels().get("nav.hierarchy") + " – " + unit.name(), unitId), unit,
                ctx.format().month(content.card().period()), ScorecardPage.linked(content.perspectives(), path));
    }
}
