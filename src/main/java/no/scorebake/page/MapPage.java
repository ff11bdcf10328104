package no.scorebake.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.scorebake.map.Band;
import no.scorebake.map.Box;
import no.scorebake.map.MapData;
import no.scorebake.map.StrategyMap;
import no.scorebake.model.Objective;
import no.scorebake.model.Ref;
import no.scorebake.model.Unit;
import no.scorebake.status.ScorecardStatus;
import no.scorebake.status.ScorecardStatus.ObjectiveScore;
import no.scorebake.status.ScorecardStatus.PerspectiveScore;

/** The model of {@code <unit>/map.html}: the strategy map as inline SVG, each box linking to its objective. */
public final class MapPage {

    private MapPage() {
    }

    public static Map<String, Object> model(PageContext ctx, ScorecardStatus card) {
        String unitId = card.scorecard().unit();
        Unit unit = ctx.project().organisation().unit(unitId);
        var labels = ctx.labels();
        Map<String, Object> m = ctx.base("../", labels.get("nav.map") + " – " + unit.name());
        List<Band> bands = new ArrayList<>();
        for (PerspectiveScore ps : card.perspectives()) {
            List<Box> boxes = new ArrayList<>();
            for (ObjectiveScore os : ps.objectives()) {
                boxes.add(new Box(os.objective().id(), os.objective().name(), ctx.format().percent(os.score().value()),
                        os.score().status().key(), labels.get("status." + os.score().status().key()),
                        "index.html#obj-" + os.objective().id()));
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
        m.put("unit", unit);
        m.put("vision", Rows.text(card.scorecard().vision()));
        m.put("svg", new StrategyMap().svg(new MapData(title, bands, links, ctx.project().site().language())));
        m.put("period", ctx.format().month(card.period()));
        m.put("score", ctx.format().percent(card.score().value()));
        m.put("status", StatusView.of(card.score().status(), labels));
        return m;
    }
}
