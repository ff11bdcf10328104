package no.scorebake.page;

import java.util.ArrayList;
import java.util.List;
import no.scorebake.address.Addresses;
import no.scorebake.model.Factor;
import no.scorebake.model.Objective;
import no.scorebake.model.Scorecard;
import no.scorebake.model.Unit;
import no.scorebake.status.ScorecardStatus;

/** A unit's initiatives, {@code <unit>/initiatives.html}: progress and status as last reported, and what each supports. */
public final class InitiativesPage implements PageType {

    /** @param period the current period in words */
    public record Model(Frame frame, Unit unit, List<InitiativeEntry> initiatives, String period) implements PageModel {
    }

    /** An initiative with what it supports, as links to their places in the scorecard. */
    public record InitiativeEntry(InitiativeRow row, List<Link> supports) {
    }

    @Override
    public List<Job> jobs(PageContext ctx) {
        List<Job> jobs = new ArrayList<>();
        for (Scorecard card : ctx.project().scorecards().values()) {
            jobs.add(Job.of(Addresses.initiatives(card.unit()), out -> out.page("initiatives.ftlh", Addresses.initiatives(card.unit()),
                    model(ctx, ctx.scorecard(card.unit(), ctx.current())))));
        }
        return jobs;
    }

    static Model model(PageContext ctx, ScorecardStatus card) {
        String unitId = card.scorecard().unit();
        Unit unit = ctx.project().organisation().unit(unitId);
        String page = Addresses.initiatives(unitId);
        Rows rows = new Rows(ctx);
        List<InitiativeEntry> list = new ArrayList<>();
        for (var i : card.initiatives()) {
            List<Link> supports = new ArrayList<>();
            for (var ref : i.initiative().supports()) {
                supports.add(new Link(Addresses.link(page, address(card, ref.text())), name(card, ref.text())));
            }
            list.add(new InitiativeEntry(rows.initiative(i), supports));
        }
        return new Model(ctx.unitFrame(page, ctx.labels().get("nav.initiatives") + " – " + unit.name(), unitId), unit, list,
                ctx.format().month(card.period()));
    }

    /** Where the objective or factor {@code id} is on its unit's scorecard. */
    private static String address(ScorecardStatus card, String id) {
        String unit = card.scorecard().unit();
        for (Objective o : card.scorecard().objectives()) {
            if (o.id().equals(id)) {
                return Addresses.objective(unit, id);
            }
        }
        return Addresses.factor(unit, id);
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
