package no.scorebake.page;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.scorebake.address.Addresses;
import no.scorebake.compare.Comparison;
import no.scorebake.model.Direction;
import no.scorebake.model.Frequency;
import no.scorebake.model.Period;
import no.scorebake.model.Unit;
import no.scorebake.status.KpiStatus;
import no.scorebake.status.Score;

/**
 * A unit's sub-units side by side ({@code <unit>/<month>/compare.html} for each month, and for
 * the current month also {@code <unit>/compare.html}): the sub-units (rows) against the KPIs
 * they share (columns). Without JavaScript a column's order is its ranking page
 * ({@code <unit>/compare/<kpi>.html}, current month), which the column heading links to: the
 * sub-units best to worst with value, target and performance. A second copy of the whole table
 * per column would be as large as this page and change every month, so there is none; the
 * page's script sorts the table in place. An earlier month whose figures have not changed since
 * the last build keeps its page. A month's page is the same whether or not its month is the
 * current one (links to its month's scorecards, no ranking links, which are the current month's;
 * the next month and the note that the month is an earlier one are added by {@code
 * assets/periods.js}), so the month that was current keeps its page when the next one arrives.
 */
public final class ComparePage implements PageType {

    /**
     * @param heading "Underenhetene til …", the h1
     * @param periodKey the month as in addresses ({@code 2005-06})
     * @param current whether this is the current comparison ({@code <unit>/compare.html}), which links the other
     *                current pages; false on every month's comparison, the current month's included
     * @param scorecardHref the unit's scorecard for the month, or null when it has none
     * @param previous the previous month's comparison, or null
     * @param currentLink the comparison of the current month
     */
    public record Model(Frame frame, Unit unit, String heading, String period, String periodKey, boolean current, String caption,
                        String scorecardHref, List<Column> columns, List<Row> rows,
                        Link previous, String currentLink) implements PageModel {
    }

    /**
     * A KPI column.
     *
     * @param rankingHref the KPI's ranking page, the column's order without JavaScript; null on a month's page
     * @param ariaSort the sort order best first is, in values: descending when higher is better, else ascending
     * @param valuePeriod the period the column's values belong to when it is not the month shown (a quarter), else null;
     *     said once in the heading rather than in every cell
     */
    public record Column(String kpi, String name, String measure, String direction, String rankingHref, String ariaSort,
                         String valuePeriod) {
    }

    /**
     * A sub-unit's figure for one KPI; {@code absent} when the sub-unit does not have the KPI. The
     * sub-unit is its row's.
     *
     * @param valuePeriod the value's period when it differs from the column's, else null
     * @param order the cell's place in its column's ranking (1 is best; unranked cells and absent ones after), for sorting
     */
    public record Cell(String kpi, boolean absent, String href, String value, String valuePeriod, String performance,
                       StatusView status, boolean missing, int order) {
    }

    /**
     * A sub-unit's row: its overall score for the month and a cell per shared KPI.
     *
     * @param counts how many of its cells are green, yellow, red and grey, in words ("1 grønn, 3 gule, …")
     */
    public record Row(String unit, String name, String href, String score, StatusView status, String counts,
                      List<Cell> cells) {
    }

    @Override
    public List<Job> jobs(PageContext ctx) {
        List<Job> jobs = new ArrayList<>();
        for (Unit unit : ctx.project().organisation().all()) {
            if (Comparison.exists(ctx.project(), unit.id())) {
                for (YearMonth month : ctx.months()) {
                    List<String> paths = month.equals(ctx.current())
                            ? List.of(Addresses.compare(unit.id(), month), Addresses.compare(unit.id())) : List.of(Addresses.compare(unit.id(), month));
                    jobs.add(Job.of(paths, out -> bake(ctx, unit.id(), month, out)));
                }
            }
        }
        return jobs;
    }

    private static void bake(PageContext ctx, String unitId, YearMonth month, Output out) throws IOException {
        String path = Addresses.compare(unitId, month);
        boolean current = month.equals(ctx.current());
        if (!current && out.keepUnitMonth(month, unitId, "", path)) {
            return;
        }
        Comparison comparison = ctx.comparison(unitId, month);
        out.page("compare.ftlh", path, model(ctx, comparison, path));
        if (current) {
            out.page("compare.ftlh", Addresses.compare(unitId), model(ctx, comparison, Addresses.compare(unitId)));
        }
    }

    /** @param path the page's own site-relative address */
    static Model model(PageContext ctx, Comparison c, String path) {
        String root = Addresses.rootOf(path);
        String unitId = c.parent().id();
        YearMonth month = c.month();
        // The current comparison links the current pages; a month's comparison, the current
        // month's too, links its month's pages, so it stays the same page when later months arrive.
        boolean current = path.equals(Addresses.compare(unitId));
        String monthText = ctx.format().month(month);
        String heading = ctx.labels().format("compare.title", c.parent().name());
        List<String> scripts = new ArrayList<>(List.of(Addresses.asset("compare.js")));
        if (!current) {
            scripts.addAll(PeriodsScript.LOADS);
        }
        Frame frame = ctx.frame(path, heading + " – " + monthText).showing(monthText).loading(scripts);
        boolean hasScorecard = ctx.project().scorecards().containsKey(unitId);
        String scorecardHref = !hasScorecard ? null
                : Addresses.link(path, current ? Addresses.scorecard(unitId) : Addresses.scorecard(unitId, month));

        List<Column> columns = new ArrayList<>();
        for (Comparison.Column col : c.columns()) {
            Period shown = Period.latestEndingBy(col.definition().frequency(), month);
            columns.add(new Column(col.kpi(), col.definition().name(), ctx.labels().get("unit." + col.definition().unit().key()),
                    ctx.labels().get("direction." + col.definition().direction().key()),
                    current ? Addresses.link(path, Addresses.ranking(unitId, col.kpi())) : null,
                    col.definition().direction() == Direction.LOWER ? "ascending" : "descending",
                    shown.frequency() == Frequency.MONTHLY ? null : ctx.format().period(shown)));
        }

        Rows rows = new Rows(ctx);
        boolean ofCurrentMonth = month.equals(ctx.current());
        // Each column's ranking as the place of each sub-unit by id: looked up once per cell, so
        // not a search through the column (quadratic in the sub-units, 60 and more in a sector).
        List<Map<String, Integer>> orders = new ArrayList<>();
        for (Comparison.Column col : c.columns()) {
            Map<String, Integer> order = new HashMap<>();
            for (Unit u : c.unitsBy(col.kpi())) {
                order.put(u.id(), order.size() + 1);
            }
            orders.add(order);
        }
        List<Row> list = new ArrayList<>();
        for (Unit u : c.units()) {
            List<Cell> cells = new ArrayList<>();
            int[] counts = new int[4];
            for (int i = 0; i < c.columns().size(); i++) {
                String kpi = c.columns().get(i).kpi();
                KpiStatus s = c.cell(u.id(), kpi);
                int order = orders.get(i).getOrDefault(u.id(), 0);
                if (s == null) {
                    cells.add(new Cell(kpi, true, null, "", null, "", null, false, order));
                } else if (ofCurrentMonth) {
                    KpiRow r = Rows.linkedTo(Rows.current(ctx, s.key()), root + Addresses.kpi(s.key()));
                    String period = r.valuePeriod() == null || r.valuePeriod().equals(columns.get(i).valuePeriod()) ? null : r.valuePeriod();
                    cells.add(new Cell(kpi, false, r.href(), r.value(), period, r.performance(), r.status(),
                            r.missing(), order));
                    counts[s.status().ordinal()]++;
                } else {
                    // An earlier month's cell from the figures alone (see PageContext.comparison): the
                    // same texts as the KPI's row, without the sparkline, trend and outlook it does not show.
                    String valuePeriod = rows.valuePeriod(s, month);
                    String period = valuePeriod == null || valuePeriod.equals(columns.get(i).valuePeriod()) ? null : valuePeriod;
                    cells.add(new Cell(kpi, false, root + Addresses.kpi(s.key()), ctx.format().value(s.value(), s.kpi().unit()), period,
                            ctx.format().percent(s.performance()), StatusView.of(s.status(), ctx.labels()), s.missing(), order));
                    counts[s.status().ordinal()]++;
                }
            }
            Score score = ctx.score(u.id(), month);
            list.add(new Row(u.id(), u.name(), root + (current ? Addresses.scorecard(u.id()) : Addresses.scorecard(u.id(), month)),
                    ScorecardPage.score(ctx, score), StatusView.of(score.status(), ctx.labels()),
                    ctx.labels().format("entry.counts", counts[0], counts[1], counts[2], counts[3]), cells));
        }

        List<YearMonth> periods = ctx.months();
        int at = periods.indexOf(month);
        Link previous = at > 0 ? new Link(root + Addresses.compare(unitId, periods.get(at - 1)), ctx.format().month(periods.get(at - 1))) : null;
        return new Model(frame, c.parent(), heading, monthText, Period.month(month).label(), current,
                ctx.labels().format("compare.caption", c.parent().name(), monthText), scorecardHref, columns, list, previous, root + Addresses.compare(unitId));
    }
}
