package no.scorebake.page;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import no.scorebake.address.Addresses;
import no.scorebake.compare.Comparison;
import no.scorebake.compare.Ranking;
import no.scorebake.model.Kpi;
import no.scorebake.model.Period;
import no.scorebake.model.Unit;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The ranking of one KPI that a unit's sub-units share ({@code <unit>/compare/<kpi>.html}):
 * every sub-unit's value, target and performance, best to worst by the KPI's direction, with a
 * small bar of the value beside the number. Baked for the current month, and named by the
 * period of its newest figure ({@link #newest}).
 */
public final class RankingPage implements PageType {

    /**
     * @param kpi the KPI's id
     * @param intro the lead sentence: whose sub-units, which KPI, the period of the newest figure ranked (a quarter for a quarterly KPI), which direction is best
     * @param compareHref the unit's comparison
     * @param scorecardHref the unit's scorecard, or null when it has none
     * @param coverage how many of the sub-units have the KPI, when not all do; else empty
     */
    public record Model(Frame frame, Unit unit, String kpi, String kpiName, String intro, String caption, String compareHref,
                        String scorecardHref, List<Place> places, String coverage) implements PageModel {
    }

    /**
     * A sub-unit's place.
     *
     * @param rank "1", "2", … or empty for a sub-unit without a value
     * @param bar the bar's length in percent of the longest (the largest value in absolute terms)
     */
    public record Place(String rank, String unit, String name, String unitHref, String href, String value, String valuePeriod,
                        String target, String performance, StatusView status, boolean missing, int bar) {
    }

    @Override
    public List<Job> jobs(PageContext ctx) {
        List<Job> jobs = new ArrayList<>();
        for (Unit unit : ctx.project().organisation().all()) {
            if (Comparison.exists(ctx.project(), unit.id())) {
                List<String> paths = Comparison.sharedKpis(ctx.project(), unit.id()).stream().map(kpi -> Addresses.ranking(unit.id(), kpi)).toList();
                jobs.add(Job.of(paths, out -> {
                    Comparison comparison = ctx.comparison(unit.id(), ctx.current());
                    for (Comparison.Column column : comparison.columns()) {
                        out.page("ranking.ftlh", Addresses.ranking(unit.id(), column.kpi()), model(ctx, comparison, column.kpi()));
                    }
                }));
            }
        }
        return jobs;
    }

    /**
     * The period of the newest figure ranked (the month baked when there is none). The lead and
     * the footer name it rather than the month baked, as a KPI's own page does: a ranking of a
     * quarterly or yearly KPI reads "for 4. kvartal 2025", the figures it shows, and stays byte for
     * byte the same until one of them changes, so a publish after a month that brought none of
     * them leaves it as it was.
     */
    static Period newest(Ranking ranking, YearMonth month) {
        return ranking.places().stream().map(p -> p.status().valuePeriod()).filter(Objects::nonNull)
                .max(Comparator.comparing(Period::end)).orElse(Period.month(month));
    }

    static Model model(PageContext ctx, Comparison c, String kpi) {
        String unitId = c.parent().id();
        String path = Addresses.ranking(unitId, kpi);
        String root = Addresses.rootOf(path);
        Ranking ranking = Ranking.of(c, kpi);
        Kpi definition = ranking.column().definition();
        String figures = ctx.format().period(newest(ranking, c.month()));
        String direction = ctx.labels().get("direction." + definition.direction().key());
        double longest = 0;
        for (Ranking.Place p : ranking.places()) {
            if (p.status().value() != null) {
                longest = Math.max(longest, Math.abs(p.status().value().doubleValue()));
            }
        }
        Rows rows = new Rows(ctx);
        List<Place> places = new ArrayList<>();
        for (Ranking.Place p : ranking.places()) {
            KpiRow r = c.month().equals(ctx.current())
                    ? Rows.linkedTo(Rows.current(ctx, p.status().key()), root + Addresses.kpi(p.status().key()))
                    : rows.row(p.status(), p.unit().id(), c.month(), root);
            BigFraction v = p.status().value();
            // The bar is a picture of the number beside it: doubles are exact enough.
            int bar = v == null || longest == 0 ? 0 : (int) Math.round(100 * Math.abs(v.doubleValue()) / longest);
            places.add(new Place(p.rank() == 0 ? "" : Integer.toString(p.rank()), p.unit().id(), p.unit().name(),
                    root + Addresses.scorecard(p.unit().id()), r.href(), r.value(), r.valuePeriod(), r.target(),
                    r.performance(), r.status(), r.missing(), bar));
        }
        return new Model(ctx.frame(path, ctx.labels().format("ranking.title", definition.name(), c.parent().name())).showing(figures),
                c.parent(), kpi, definition.name(), ctx.labels().format("ranking.intro", c.parent().name(), definition.name(), figures, direction),
                ctx.labels().format("ranking.caption", definition.name()), Addresses.link(path, Addresses.compare(unitId)),
                ctx.project().scorecards().containsKey(unitId) ? Addresses.link(path, Addresses.scorecard(unitId)) : null, places,
                places.size() == c.units().size() ? "" : ctx.labels().format("ranking.coverage", places.size(), c.units().size()));
    }
}
