package no.scorebake.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.scorebake.compare.Comparison;
import no.scorebake.compare.Ranking;
import no.scorebake.model.Kpi;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The model of a ranking page: one KPI shared by a unit's sub-units, every sub-unit's value,
 * target and performance, best to worst by the KPI's direction, with a small bar of the value
 * beside the number. Baked for the current period.
 */
public final class RankingPage {

    /**
     * A sub-unit's place.
     *
     * @param rank "1", "2", … or empty for a sub-unit without a value
     * @param bar the bar's length in percent of the longest (the largest value in absolute terms)
     */
    public record Place(String rank, String unit, String name, String unitHref, String href, String value, String valuePeriod,
                        String target, String performance, StatusView status, boolean missing, int bar) {
    }

    private RankingPage() {
    }

    /** The ranking of a shared KPI among {@code unit}'s sub-units ({@code 800/compare/sick-leave.html}). */
    public static String path(String unit, String kpi) {
        return unit + "/compare/" + kpi + ".html";
    }

    public static Map<String, Object> model(PageContext ctx, Comparison c, String kpi) {
        String unitId = c.parent().id();
        String path = path(unitId, kpi);
        String root = PageContext.rootOf(path);
        Ranking ranking = Ranking.of(c, kpi);
        Kpi definition = ranking.column().definition();
        String month = ctx.format().month(c.month());
        String direction = ctx.labels().get("direction." + definition.direction().key());
        Map<String, Object> m = ctx.base(root, ctx.labels().format("ranking.title", definition.name(), c.parent().name()));
        m.put("unit", c.parent());
        m.put("kpi", kpi);
        m.put("kpiName", definition.name());
        m.put("intro", ctx.labels().format("ranking.intro", c.parent().name(), definition.name(), month, direction));
        m.put("caption", ctx.labels().format("ranking.caption", definition.name()));
        m.put("compareHref", root + ComparePage.path(unitId));
        m.put("scorecardHref", ctx.project().scorecards().containsKey(unitId) ? root + unitId + "/index.html" : null);
        double longest = 0;
        for (Ranking.Place p : ranking.places()) {
            if (p.status().value() != null) {
                longest = Math.max(longest, Math.abs(p.status().value().doubleValue()));
            }
        }
        Rows rows = new Rows(ctx);
        List<Place> places = new ArrayList<>();
        for (Ranking.Place p : ranking.places()) {
            KpiRow r = rows.row(p.status(), p.unit().id(), c.month(), root);
            BigFraction v = p.status().value();
            int bar = v == null || longest == 0 ? 0 : (int) Math.round(100 * Math.abs(v.doubleValue()) / longest);
            places.add(new Place(p.rank() == 0 ? "" : Integer.toString(p.rank()), p.unit().id(), p.unit().name(),
                    root + p.unit().id() + "/index.html", r.href(), r.value(), r.valuePeriod(), r.target(), r.performance(),
                    r.status(), r.missing(), bar));
        }
        m.put("places", places);
        m.put("coverage", places.size() == c.units().size() ? "" : ctx.labels().format("ranking.coverage", places.size(), c.units().size()));
        return m;
    }
}
