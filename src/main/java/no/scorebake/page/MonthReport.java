package no.scorebake.page;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import no.scorebake.address.Addresses;
import no.scorebake.chart.ChartData;
import no.scorebake.model.Scorecard;
import no.scorebake.chart.SvgChart;
import no.scorebake.chart.TextAlternative;
import no.scorebake.content.NoteRenderer;
import no.scorebake.model.Kpi;
import no.scorebake.model.Note;
import no.scorebake.model.Period;
import no.scorebake.model.Unit;
import no.scorebake.status.KpiStatus;
import no.scorebake.status.ScorecardStatus;
import no.scorebake.status.Status;

/**
 * The month's report of one unit as one printable document ({@code report.ftlh}), which
 * {@code scorebake report} and a site with {@code reports: pdf} print as a PDF: the scorecard
 * grouped as on its page (with last year's value and the year outlook of each KPI), the strategy
 * map, the red KPIs with their comments, notes and charts, the early warnings (KPIs not red this
 * month whose year outlook is, as the deviation report lists them), the initiatives and the changes since the month before; on request a comparison of the
 * sub-units and a part per sub-unit after it.
 *
 * <p>It is built from the same rows, map and charts as the site's pages, so the report says what
 * the portal says for that month. It holds no links into the site: a PDF is read on its own.
 *
 * <p>In the site ({@code reports: pdf} in site.yaml) each unit's report is
 * {@code <unit>/report-<period>.pdf}: the current month's is printed (unless nothing it shows
 * changed since the last build, which kept it), and the earlier months' files are kept as the
 * builds of their months left them, never printed again. So a monthly publish prints one report
 * per unit, and a report once published stays the one that was sent, even after a late
 * correction of its month.
 */
public final class MonthReport implements PageType {

    /** The template the report is rendered with; themes may replace it. */
    public static final String TEMPLATE = "report.ftlh";

    private static final NoteRenderer NOTES = new NoteRenderer();

    /**
     * The report's data; its frame's {@code title} is the document's ("Månedsrapport – Seksjon 820, april 2006").
     *
     * @param unitId the unit the report is for
     * @param periodKey the month as in file names ({@code 2006-04})
     * @param main the unit's own part
     * @param comparison the sub-units side by side, empty unless asked for
     * @param subunits a part per sub-unit with a scorecard, empty unless asked for
     */
    public record Model(Frame frame, String unitId, String unitName, String period, String periodKey, Part main,
                        List<SubunitRow> comparison, List<Part> subunits) implements PageModel {
    }

    /**
     * What the report says of one unit.
     *
     * @param anchor the id of the part's heading, for the table of contents
     * @param map the strategy map as SVG markup, written unescaped
     * @param red the KPIs shown whose status is red this month
     * @param early the unit's KPIs that give an early warning ({@link ReportSummary#earlyWarning}), each with its outlook
     */
    public record Part(String anchor, String unitId, String unitName, String vision, String score, StatusView status,
                       List<ScorecardPage.PerspectiveView> perspectives, List<KpiRow> other, String map,
                       List<Deviation> red, List<EarlyWarning> early, List<InitiativeRow> initiatives,
                       ChangesReport.Section changes) {
    }

    /**
     * A red KPI with what explains it.
     *
     * @param notes the long notes on this month's figure, as safe HTML
     * @param chart the KPI's history as SVG markup, written unescaped
     */
    public record Deviation(KpiRow row, List<String> notes, String chart) {
    }

    /**
     * A KPI that is not red this month but whose year outlook is; its row holds the outlook.
     *
     * @param notes the long notes on this month's figure, as safe HTML
     */
    public record EarlyWarning(KpiRow row, List<String> notes) {
    }

    /** A sub-unit in the comparison table. */
    public record SubunitRow(String anchor, String unitId, String unitName, String score, StatusView status,
                             int green, int yellow, int red, int grey) {
    }

    /**
     * The report of {@code unitId} for the current month of {@code ctx}.
     *
     * @param withSubunits whether to add the comparison of the sub-units and a part per sub-unit
     */
    public static Model model(PageContext ctx, String unitId, boolean withSubunits) {
        YearMonth month = ctx.current();
        Unit unit = ctx.project().organisation().unit(unitId);
        String period = ctx.format().month(month);
        String title = ctx.labels().get("report.title") + " – " + unit.name() + ", " + period;
        Frame frame = ctx.frame(Addresses.monthReport(unitId, month), title).showing(period);
        List<SubunitRow> comparison = new ArrayList<>();
        List<Part> subunits = new ArrayList<>();
        if (withSubunits) {
            for (Unit sub : unit.units()) {
                if (!ctx.project().scorecards().containsKey(sub.id())) {
                    continue;
                }
                ScorecardStatus card = ctx.scorecard(sub.id(), month);
                int[] counts = new int[Status.values().length];
                for (KpiStatus s : card.kpis()) {
                    counts[s.status().ordinal()]++;
                }
                comparison.add(new SubunitRow("unit-" + sub.id(), sub.id(), sub.name(), ScorecardPage.score(ctx, card.score()),
                        StatusView.of(card.score().status(), ctx.labels()), counts[Status.GREEN.ordinal()],
                        counts[Status.YELLOW.ordinal()], counts[Status.RED.ordinal()], counts[Status.GREY.ordinal()]));
                subunits.add(part(ctx, sub, "unit-" + sub.id()));
            }
        }
        return new Model(frame, unitId, unit.name(), period, Period.month(month).label(), part(ctx, unit, "unit-" + unitId),
                comparison, subunits);
    }

    @Override
    public List<Job> jobs(PageContext ctx) {
        if (!ctx.project().site().pdfReports()) {
            return List.of();
        }
        List<Job> jobs = new ArrayList<>();
        YearMonth current = ctx.current();
        for (Scorecard card : ctx.project().scorecards().values()) {
            String unit = card.unit();
            // The earlier months' reports are carried over from the output as they were, never written: not among its files.
            jobs.add(Job.of(Addresses.monthReport(unit, current), out -> {
                for (YearMonth month : ctx.months()) {
                    if (!month.equals(current)) {
                        out.carry(Addresses.monthReport(unit, month));
                    }
                }
                String path = Addresses.monthReport(unit, current);
                if (!out.keep(current, path)) {
                    out.pdf(TEMPLATE, path, model(ctx, unit, false), current);
                }
            }));
        }
        return jobs;
    }

    private static Part part(PageContext ctx, Unit unit, String anchor) {
        YearMonth month = ctx.current();
        ScorecardStatus card = ctx.scorecard(unit.id(), month);
        ScorecardPage.Content content = ScorecardPage.content(ctx, card);
        List<Deviation> red = new ArrayList<>();
        List<EarlyWarning> early = new ArrayList<>();
        for (KpiStatus s : card.kpis()) {
            boolean warns = ReportSummary.earlyWarning(s);
            if (s.status() != Status.RED && !warns) {
                continue;
            }
            KpiRow row = content.perspectives().stream().flatMap(p -> p.objectives().stream())
                    .flatMap(o -> java.util.stream.Stream.concat(o.kpis().stream(), o.factors().stream().flatMap(f -> f.kpis().stream())))
                    .filter(r -> r.id().equals(s.key().kpi()) && r.unit().equals(s.key().unit())).findFirst()
                    .orElseGet(() -> new Rows(ctx).row(s, unit.id(), month, ""));
            List<String> notes = new ArrayList<>();
            for (Note n : s.notes()) {
                notes.add(NOTES.render(n));
            }
            if (warns) {
                early.add(new EarlyWarning(row, notes));
            } else {
                red.add(new Deviation(row, notes, chart(ctx, s)));
            }
        }
        return new Part(anchor, unit.id(), unit.name(), Rows.text(card.scorecard().vision()), ScorecardPage.score(ctx, card.score()),
                StatusView.of(card.score().status(), ctx.labels()), content.perspectives(), content.other(),
                MapPage.model(ctx, card).svg(), red, early, content.initiatives(), content.changes());
    }

    /**
     * The KPI's history up to the month as the chart of its page draws it, with the same text
     * alternative; without the marks that link the page's notes, which the report prints after it.
     */
    private static String chart(PageContext ctx, KpiStatus s) {
        Kpi kpi = ctx.project().kpi(s.key());
        List<Period> history = KpiPage.history(kpi, ctx.months());
        List<KpiStatus> figures = history.stream().map(p -> ctx.engine().figures(s.key(), p.end())).toList();
        ChartData chart = KpiPage.chart(ctx, s.key(), history, figures).withoutNotes();
        String alt = TextAlternative.of(chart, history.isEmpty() ? null : ctx.periodLabel(history.get(0)),
                history.isEmpty() ? null : ctx.periodLabel(history.get(history.size() - 1)));
        return SvgChart.svg(chart, kpi.name(), alt);
    }
}
