package no.scorebake.page;

import java.util.ArrayList;
import java.util.List;
import no.scorebake.address.Addresses;
import no.scorebake.map.Band;
import no.scorebake.map.Box;
import no.scorebake.map.MapData;
import no.scorebake.map.StrategyMap;
import no.scorebake.model.Objective;
import no.scorebake.model.Ref;
import no.scorebake.model.Scorecard;
import no.scorebake.model.Unit;
import no.scorebake.status.ScorecardStatus;
import no.scorebake.status.ScorecardStatus.ObjectiveScore;
import no.scorebake.status.ScorecardStatus.PerspectiveScore;

/** A unit's strategy map, {@code <unit>/map.html}: inline SVG, each box linking to its objective, this period. */
public final class MapPage implements PageType {

    /**
     * @param svg the map as SVG markup, written unescaped
     * @param period the current period in words
     * @param score the scorecard's overall score this period
     */
    public record Model(Frame frame, Unit unit, String vision, String svg, String period, String score, StatusView status)
            implements PageModel {
    }

    @Override
    public List<Job> jobs(PageContext ctx) {
        List<Job> jobs = new ArrayList<>();
        for (Scorecard card : ctx.project().scorecards().values()) {
            jobs.add(Job.of(Addresses.map(card.unit()), out -> out.page("map.ftlh", Addresses.map(card.unit()), model(ctx, ctx.scorecard(card.unit(), ctx.current())))));
        }
        return jobs;
    }

    static Model model(PageContext ctx, ScorecardStatus card) {
        String unitId = card.scorecard().unit();
        Unit unit = ctx.project().organisation().unit(unitId);
        var labels = ctx.labels();
        List<Band> bands = new ArrayList<>();
        for (PerspectiveScore ps : card.perspectives()) {
            List<Box> boxes = new ArrayList<>();
            for (ObjectiveScore os : ps.objectives()) {
                boxes.add(new Box(os.objective().id(), os.objective().name(), ctx.format().percent(os.score().value()),
                        os.score().status().key(), labels.get("status." + os.score().status().key()),
                        Addresses.link(Addresses.map(unitId), Addresses.objective(unitId, os.objective().id()))));
            }
            bands.add(new Band(ps.perspective().id(), ps.perspective().name(), ctx.format().percent(ps.score().value()),
                    ps.score().status().key(), boxes));
        }
        List<no.scorebake.map.Link> links = new ArrayList<>();
        for (Objective o : card.scorecard().objectives()) {
            for (Ref d : o.drives()) {
                links.add(new no.scorebake.map.Link(o.id(), d.text()));
            }
        }
        String title = labels.get("nav.map") + " – " + unit.name() + ", " + ctx.format().month(card.period());
        return new Model(ctx.unitFrame(Addresses.map(unitId), labels.get("nav.map") + " – " + unit.name(), unitId), unit,
                Rows.text(card.scorecard().vision()),
                new StrategyMap().svg(new MapData(title, bands, links, ctx.project().site().language().tag())),
                ctx.format().month(card.period()), ctx.format().percent(card.score().value()),
                StatusView.of(card.score().status(), labels));
    }
}
