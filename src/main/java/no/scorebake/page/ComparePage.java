package no.scorebake.page;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * they share (columns). Sorting works without JavaScript through links to the same table in each
 * column's ranking order ({@code <unit>/compare/sorted/<kpi>.html}); those sorted copies, like
 * the rankings, are baked for the current month only, so a site of 400 units gains a page per
 * shared KPI per parent unit instead of one per month as well. Earlier months are sorted by the
 * page's script alone. An earlier month whose figures have not changed since the last build
 * keeps its page.
 */
public final class ComparePage implements PageType {

    /**
     * @param heading "Underenhetene til …", the h1
     * @param current whether the month shown is the current one
     * @param scorecardHref the unit's scorecard for the month, or null when it has none
     * @param sortedBy what the rows are sorted by in words, or null for the organisation's order
     * @param unsortedHref the comparison in the organisation's order
     * @param previous the previous month's comparison, or null (also on a sorted copy)
     * @param next the next month's comparison, or null
     * @param currentLink the comparison of the current month
     */
    public record Model(Frame frame, Unit unit, String heading, String period, boolean current, String caption,
                        String scorecardHref, List<Column> columns, String sortedBy, String unsortedHref, List<Row> rows,
                        Link previous, Link next, String currentLink) implements PageModel {
    }

    /**
     * A KPI column.
     *
     * @param rankingHref the KPI's ranking page, or null on an earlier month's page
     * @param sortHref this table sorted by the column, or null on an earlier month's page
     * @param sorted whether the table is sorted by this column
     * @param ariaSort the sort order best first is, in values: descending when higher is better, else ascending
     * @param valuePeriod the period the column's values belong to when it is not the month shown (a quarter), else null;
     *     said once in the heading rather than in every cell
     */
    public record Column(String kpi, String name, String measure, String direction, String rankingHref, String sortHref,
                         boolean sorted, String ariaSort, String valuePeriod) {
    }

    /**
     * A sub-unit's figure for one KPI; {@code absent} when the sub-unit does not have the KPI.
     *
     * @param valuePeriod the value's period when it differs from the column's, else null
     * @param order the cell's place in its column's ranking (1 is best; unranked cells and absent ones after), for sorting
     */
    public record Cell(String kpi, String unit, boolean absent, String href, String value, String valuePeriod, String performance,
                       StatusView status, boolean missing, int order) {
    }

    /**
     * A sub-unit's row: its overall score for the month and a cell per shared KPI.
     *
     * @param position its place in the organisation's order
     * @param counts how many of its cells are green, yellow, red and grey, in words ("1 grønn, 3 gule, …")
     */
    public record Row(String unit, String name, String href, String score, StatusView status, int position, String counts,
                      List<Cell> cells) {
    }

    @Override
    public List<Job> jobs(PageContext ctx) {
        List<Job> jobs = new ArrayList<>();
        for (Unit unit : ctx.project().organisation().all()) {
            if (Comparison.exists(ctx.project(), unit.id())) {
                for (YearMonth month : ctx.months()) {
                    jobs.add(out -> bake(ctx, unit.id(), month, out));
                }
            }
        }
        return jobs;
    }

    private static void bake(PageContext ctx, String unitId, YearMonth month, Output out) throws IOException {
        String path = periodPath(unitId, month);
        boolean current = month.equals(ctx.current());
        if (!current && out.keep(month, path)) {
            return;
        }
        Comparison comparison = Comparison.of(ctx.engine(), unitId, month);
        out.page("compare.ftlh", path, model(ctx, comparison, path, null));
        if (current) {
            out.page("compare.ftlh", path(unitId), model(ctx, comparison, path(unitId), null));
            // The sorted copies all lie in one folder, so their rows are equal but for their order:
            // made once, not once per copy (a copy per column made them the most costly pages of a new month).
            Map<String, Row> rows = null;
            for (Comparison.Column column : comparison.columns()) {
                String sorted = sortedPath(unitId, column.kpi());
                if (rows == null) {
                    rows = rows(ctx, comparison, PageContext.rootOf(sorted));
                }
                out.page("compare.ftlh", sorted, model(ctx, comparison, sorted, column.kpi(), rows));
            }
        }
    }

    /** The comparison of the current month ({@code 800/compare.html}). */
    public static String path(String unit) {
        return unit + "/compare.html";
    }

    /** The comparison of a month, parallel to the scorecard's address ({@code 800/2005-06/compare.html}). */
    public static String periodPath(String unit, YearMonth month) {
        return unit + "/" + Period.month(month).label() + "/compare.html";
    }

    /** The current month's comparison sorted by one KPI ({@code 800/compare/sorted/sick-leave.html}). */
    public static String sortedPath(String unit, String kpi) {
        return unit + "/compare/sorted/" + kpi + ".html";
    }

    /**
     * @param path the page's own site-relative address
     * @param sortedBy the KPI the rows are sorted by, or null for the organisation's order
     */
    static Model model(PageContext ctx, Comparison c, String path, String sortedBy) {
        return model(ctx, c, path, sortedBy, rows(ctx, c, PageContext.rootOf(path)));
    }

    /** @param rows every sub-unit's row by its id, as seen from the page's folder (see {@link #rows}) */
    private static Model model(PageContext ctx, Comparison c, String path, String sortedBy, Map<String, Row> rows) {
        String root = PageContext.rootOf(path);
        String unitId = c.parent().id();
        YearMonth month = c.month();
        boolean current = month.equals(ctx.current());
        String monthText = ctx.format().month(month);
        String heading = ctx.labels().format("compare.title", c.parent().name());
        Frame frame = ctx.frame(path, heading + " – " + monthText).showing(monthText).loading(List.of("assets/compare.js"));
        boolean hasScorecard = ctx.project().scorecards().containsKey(unitId);
        String scorecardHref = !hasScorecard ? null
                : root + (current ? ScorecardPage.currentPath(unitId) : ScorecardPage.periodPath(unitId, month));

        List<Column> columns = new ArrayList<>();
        for (Comparison.Column col : c.columns()) {
            Period shown = Period.latestEndingBy(col.definition().frequency(), month);
            columns.add(new Column(col.kpi(), col.definition().name(), ctx.labels().get("unit." + col.definition().unit().key()),
                    ctx.labels().get("direction." + col.definition().direction().key()),
                    current ? root + RankingPage.path(unitId, col.kpi()) : null,
                    current ? root + sortedPath(unitId, col.kpi()) : null, col.kpi().equals(sortedBy),
                    col.definition().direction() == Direction.LOWER ? "ascending" : "descending",
                    columnPeriod(ctx, shown)));
        }
        String sortedText = sortedBy == null ? null : columns.stream().filter(Column::sorted).findFirst()
                .map(col -> ctx.labels().format("compare.sortedBy", col.name(), col.direction())).orElseThrow();

        List<Row> list = new ArrayList<>();
        for (Unit u : sortedBy == null ? c.units() : c.unitsBy(sortedBy)) {
            list.add(rows.get(u.id()));
        }

        List<YearMonth> periods = ctx.months();
        int at = periods.indexOf(month);
        boolean sorted = sortedBy != null;
        Link previous = !sorted && at > 0 ? new Link(root + periodPath(unitId, periods.get(at - 1)), ctx.format().month(periods.get(at - 1))) : null;
        Link next = !sorted && at >= 0 && at < periods.size() - 1
                ? new Link(root + periodPath(unitId, periods.get(at + 1)), ctx.format().month(periods.get(at + 1))) : null;
        return new Model(frame, c.parent(), heading, monthText, current,
                ctx.labels().format("compare.caption", c.parent().name(), monthText), scorecardHref, columns, sortedText,
                root + path(unitId), list, previous, next, root + path(unitId));
    }

    /**
     * Every sub-unit's row by the unit's id, with links relative to {@code root}:
     * the same on every page of that folder whichever column sorts it.
     */
    private static Map<String, Row> rows(PageContext ctx, Comparison c, String root) {
        YearMonth month = c.month();
        boolean current = month.equals(ctx.current());
        List<Period> shown = c.columns().stream().map(col -> Period.latestEndingBy(col.definition().frequency(), month)).toList();
        Rows rows = new Rows(ctx);
        List<List<Unit>> orders = c.columns().stream().map(col -> c.unitsBy(col.kpi())).toList();
        Map<String, Row> byUnit = new LinkedHashMap<>();
        for (Unit u : c.units()) {
            List<Cell> cells = new ArrayList<>();
            int[] counts = new int[4];
            for (int i = 0; i < c.columns().size(); i++) {
                String kpi = c.columns().get(i).kpi();
                KpiStatus s = c.cell(u.id(), kpi);
                int order = orders.get(i).indexOf(u) + 1;
                if (s == null) {
                    cells.add(new Cell(kpi, u.id(), true, null, "", null, "", null, false, order));
                } else {
                    KpiRow r = rows.row(s, u.id(), month, root);
                    String period = r.valuePeriod() == null || r.valuePeriod().equals(columnPeriod(ctx, shown.get(i))) ? null : r.valuePeriod();
                    cells.add(new Cell(kpi, u.id(), false, r.href(), r.value(), period, r.performance(), r.status(),
                            r.missing(), order));
                    counts[s.status().ordinal()]++;
                }
            }
            Score score = ctx.engine().score(u.id(), month);
            byUnit.put(u.id(), new Row(u.id(), u.name(), root + (current ? ScorecardPage.currentPath(u.id()) : ScorecardPage.periodPath(u.id(), month)),
                    ScorecardPage.score(ctx, score), StatusView.of(score.status(), ctx.labels()), c.units().indexOf(u) + 1,
                    ctx.labels().format("entry.counts", counts[0], counts[1], counts[2], counts[3]), cells));
        }
        return byUnit;
    }

    /** The period a column's values belong to, said in its heading, when it is not the month shown (a quarter); else null. */
    private static String columnPeriod(PageContext ctx, Period shown) {
        return shown.frequency() == Frequency.MONTHLY ? null : ctx.format().period(shown);
    }
}
