package no.scorebake.page;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import no.scorebake.address.Addresses;
import no.scorebake.bake.incremental.CanonicalText;
import no.scorebake.chart.ChartData;
import no.scorebake.chart.SvgChart;
import no.scorebake.chart.TextAlternative;
import no.scorebake.content.NoteRenderer;
import no.scorebake.model.Direction;
import no.scorebake.model.Frequency;
import no.scorebake.model.Kpi;
import no.scorebake.model.KpiKey;
import no.scorebake.model.Note;
import no.scorebake.model.Period;
import no.scorebake.model.Scorecard;
import no.scorebake.model.Thresholds;
import no.scorebake.model.Unit;
import no.scorebake.status.Exact;
import no.scorebake.model.Survey;
import no.scorebake.status.KpiStatus;
import no.scorebake.survey.FedValue;
import no.scorebake.survey.SurveyData;
import no.scorebake.text.Format;
import no.scorebake.text.Labels;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A KPI's page, {@code <unit>/kpi/<kpi>.html}, with its chart drawn inline as SVG: everything a
 * reader needs to trust the number — the definition, where each figure came from (file and
 * line), how its status was computed in words and numbers, its inputs, its whole history as a
 * chart and as a table, and every comment and note.
 */
public final class KpiPage implements PageType {

    /** The page's template, the one that draws a chart. */
    public static final String TEMPLATE = "kpi.ftlh";

    /**
     * @param period the period the page's figures are for, in words: the current month, or for a
     *               quarterly, half-yearly or yearly KPI the latest of its periods that has ended
     *               (its status now is that period's), so the page changes only when its figures do
     * @param row the KPI as a scorecard row, for that period
     * @param measure the unit of measurement in words
     * @param thresholds the status thresholds in words
     * @param kind how the value comes about (reported, formula, roll-up, survey) in words
     * @param surveyHref the page of the survey that feeds the KPI, or empty
     * @param formula the formula as written, or empty
     * @param computation how this period's status was computed, sentence by sentence
     * @param inputs the inputs of a formula or roll-up
     * @param rollupText how many of a roll-up's inputs reported, or empty
     * @param chart the chart, an {@code <svg>} element named by the KPI and its text alternative
     * @param history every period, newest first
     * @param sourceFolder the folder every source in {@code history} lies in ({@code model/data/}), said once in
     *                     the table's heading and left out of each row's source; empty when they share none
     * @param anySource whether any period has a source: the table has its source column only then
     * @param anyComment whether any period has a comment or a long note: the table has its comment column,
     *                   which shows the comment and links the note, only then
     * @param notes the long notes, newest first
     * @param scorecardHref the unit's scorecard, relative to this page
     * @param lastYearPeriod the period a year before the shown one, in words, or empty when it has no value
     * @param lastYearValue its value, or empty
     * @param outlook the year outlook, or null when the KPI has none
     */
    public record Model(Frame frame, Kpi kpi, Unit unit, String period, KpiRow row, String measure, String frequency, String direction,
                        String definition, String owner, String thresholds, String kind, String surveyHref, String formula,
                        List<String> computation, List<Input> inputs, String rollupText, String chart,
                        List<HistoryRow> history, String sourceFolder, boolean anySource, boolean anyComment,
                        List<NoteView> notes, String scorecardHref, String lastYearPeriod, String lastYearValue,
                        OutlookView outlook) implements PageModel {

        /** The same page with {@code chart} as its chart. */
        Model withChart(String chart) {
            return new Model(frame, kpi, unit, period, row, measure, frequency, direction, definition, owner, thresholds, kind, surveyHref,
                    formula, computation, inputs, rollupText, chart, history, sourceFolder, anySource, anyComment, notes, scorecardHref,
                    lastYearPeriod, lastYearValue, outlook);
        }

        /**
         * Everything the page shows, as text, for its key ({@link Output#keep(String, String, String)}):
         * every component in full ({@link CanonicalText}), the chart as what it is drawn from
         * ({@code chart}, the KPI's name and {@code alt}), and the frame as {@link Frame#keyText}
         * gives it. The KPI and its unit are left out: they are the model's as written (the
         * undated inputs, in every key) for the KPI and unit the page's path names, and a unit's
         * text, with every sub-unit below it, would cost more than all the rest on a department's page.
         */
        String keyText(ChartData chart, String alt) {
            StringBuilder text = new StringBuilder(8192);
            CanonicalText.append(text, new Model(null, null, null, period, row, measure, frequency, direction, definition, owner, thresholds,
                    kind, surveyHref, formula, computation, inputs, rollupText, null, history, sourceFolder, anySource, anyComment, notes,
                    scorecardHref, lastYearPeriod, lastYearValue, outlook));
            CanonicalText.append(text, chart);
            CanonicalText.append(text, kpi.name());
            CanonicalText.append(text, alt);
            frame.keyText(text);
            return text.toString();
        }
    }

    /**
     * One period of the history table. Target, value and performance are written with plain
     * spaces where the rest of the site has no-break ones: the table's number cells do not
     * wrap (the stylesheet), and each no-break space costs a byte more in every row of every
     * KPI page, every month.
     *
     * @param source the data file and line (or survey wave) the value came from, relative to the
     *               page's {@code sourceFolder}; empty for a computed value
     * @param comment the comment given with the value, or empty
     * @param sourceHref the page of the survey wave the value came from, or empty
     * @param id the row's id when the row is where the period's note is read (it has a comment
     *           and no long note: the chart's mark links here), else empty
     * @param noteHref the link to the period's long note, or empty
     */
    public record HistoryRow(String period, String target, String value, String performance, StatusView status,
                             String source, String comment, boolean current, String sourceHref, String lastYear, String id, String noteHref) {
    }

    /**
     * An input of a formula or roll-up, linked to its own page.
     *
     * @param sameKpi whether it is this KPI, by id and name, of another unit (a roll-up's
     *                sub-unit): the link can then name the unit alone
     */
    public record Input(String name, String unit, String href, String value, boolean sameKpi) {
    }

    /**
     * A long note on one period's figure, already rendered to safe HTML.
     *
     * @param anchor its id, which the chart's mark and the table link to; empty for a period's second note
     */
    public record NoteView(String period, String anchor, String html) {
    }

    private final NoteRenderer notes;

    public KpiPage(NoteRenderer notes) {
        this.notes = notes;
    }

    @Override
    public List<Job> jobs(PageContext ctx) {
        List<Job> jobs = new ArrayList<>();
        for (Scorecard card : ctx.project().scorecards().values()) {
            for (Kpi kpi : card.kpis().values()) {
                KpiKey key = new KpiKey(card.unit(), kpi.id());
                jobs.add(Job.of(Addresses.kpi(key), out -> {
                    List<Period> history = history(kpi, ctx.months());
                    // Each period's figures once, for the chart and the table alike.
                    List<KpiStatus> figures = history.stream().map(p -> ctx.engine().figures(key, p.end())).toList();
                    ChartData chart = chart(ctx, key, history, figures);
                    String alt = TextAlternative.of(chart, history.isEmpty() ? null : ctx.periodLabel(history.get(0)),
                            history.isEmpty() ? null : ctx.periodLabel(history.get(history.size() - 1)));
                    Model model = model(ctx, key, history, figures, null);
                    // The chart is drawn from its data, the KPI's name and the text alternative alone, so
                    // those stand for it in the key, and an unchanged page's chart is not drawn at all.
                    if (out.keep(card.unit(), TEMPLATE, Addresses.kpi(key), model.keyText(chart, alt))) {
                        return;
                    }
                    out.page(TEMPLATE, Addresses.kpi(key), model.withChart(SvgChart.svg(chart, kpi.name(), alt)));
                }));
            }
        }
        return jobs;
    }

    /** Every period of the KPI's frequency from the first month of data up to the current one. */
    static List<Period> history(Kpi kpi, List<YearMonth> months) {
        List<Period> periods = new ArrayList<>();
        for (YearMonth m : months) {
            if (Period.isDue(kpi.frequency(), m)) {
                periods.add(Period.containing(kpi.frequency(), m));
            }
        }
        return periods;
    }

    /** The chart's data: the history with values, targets and statuses, labelled briefly; {@code figures} are the periods' figures. */
    static ChartData chart(PageContext ctx, KpiKey key, List<Period> periods, List<KpiStatus> figures) {
        Kpi kpi = ctx.project().kpi(key);
        List<ChartData.Point> points = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            KpiStatus s = figures.get(i);
            ChartData.Note note = hasNote(s) ? new ChartData.Note("#" + noteAnchor(p), ctx.labels().format("chart.noteFor",
                    ctx.format().period(p))) : null;
            points.add(new ChartData.Point(ctx.format().shortPeriod(p), decimal(s.value()), decimal(s.target()), s.status().key(), note));
        }
        // The axis names percentages and money; hours, days, counts and scores go without a symbol.
        String unit = switch (kpi.unit()) {
            case PERCENT, NOK -> ctx.format().symbol(kpi.unit());
            default -> "";
        };
        return new ChartData(points, ctx.project().site().language().tag(), unit);
    }

    /**
     * The id of where a period's note is read on the page, which its mark on the chart links to:
     * the section of its long notes when it has any, else its row of the history table, which
     * shows its comment.
     */
    static String noteAnchor(Period p) {
        return "note-" + p.label();
    }

    /** Whether the period has a note to read: a long note or a comment with its figure. */
    static boolean hasNote(KpiStatus s) {
        return !s.notes().isEmpty() || !Rows.text(s.comment()).isEmpty();
    }

    private static BigDecimal decimal(BigFraction f) {
        return Exact.decimal(f, 4);
    }

    /** @param figures each period's figures ({@link no.scorebake.status.StatusEngine#figures}), in the order of {@code periods} */
    Model model(PageContext ctx, KpiKey key, List<Period> periods, List<KpiStatus> figures, String chart) {
        String path = Addresses.kpi(key);
        String root = Addresses.rootOf(path);
        Labels labels = ctx.labels();
        Format format = ctx.format();
        Kpi kpi = ctx.project().kpi(key);
        Unit unit = ctx.project().organisation().unit(key.unit());
        YearMonth shown = shownMonth(kpi, periods, ctx.current());
        String shownText = format.period(Period.containing(kpi.frequency(), shown));
        KpiStatus now = ctx.engine().kpi(key, shown);
        Rows rows = new Rows(ctx);
        Survey feeding = SurveyData.feeding(ctx.project(), key);
        String kind = kpi.formula() != null ? labels.get("kpi.kind.formula") : kpi.rollup() != null
                ? labels.format("kpi.kind.rollup", labels.get("aggregation." + kpi.rollup().key()))
                : feeding != null ? labels.format("kpi.kind.survey", feeding.name()) : labels.get("kpi.kind.reported");
        List<String> sources = new ArrayList<>();
        List<FedValue> feds = new ArrayList<>();
        for (KpiStatus s : figures) {
            FedValue fed = ctx.engine().fed(key, s.valuePeriod().end());
            feds.add(fed);
            sources.add(fed != null ? fed.wave().path() : s.row() == null || s.row().value() == null ? "" : s.row().pos().toString());
        }
        String folder = folder(sources.stream().filter(src -> !src.isEmpty()).toList());
        List<HistoryRow> history = new ArrayList<>();
        List<NoteView> noteViews = new ArrayList<>();
        for (int i = periods.size() - 1; i >= 0; i--) {
            Period p = periods.get(i);
            KpiStatus s = figures.get(i);
            FedValue fed = feds.get(i);
            String source = sources.get(i);
            boolean longNote = !s.notes().isEmpty();
            history.add(new HistoryRow(format.period(p), plain(format.value(s.target(), kpi.unit())),
                    plain(format.value(s.value(), kpi.unit())), plain(format.percent(s.performance())), StatusView.of(s.status(), labels),
                    source.isEmpty() ? source : source.substring(folder.length()), Rows.text(s.comment()), s.valuePeriod().equals(now.valuePeriod()),
                    fed == null ? "" : root + Addresses.survey(fed.survey().id()) + "#" + Period.month(fed.wave().month()).label(),
                    s.lastYear() == null ? "" : plain(format.value(s.lastYear().value(), kpi.unit())),
                    hasNote(s) && !longNote ? noteAnchor(p) : "", longNote ? "#" + noteAnchor(p) : ""));
            for (Note n : s.notes()) {
                // Two notes on one period (a month's and its quarter's) share its place; the first holds the id.
                noteViews.add(new NoteView(format.period(p), n == s.notes().get(0) ? noteAnchor(p) : "", notes.render(n)));
            }
        }
        return new Model(ctx.unitFrame(path, kpi.name() + " – " + unit.name(), key.unit()).showing(shownText), kpi, unit, shownText,
                rows.row(now, key.unit(), shown, root),
                labels.get("unit." + kpi.unit().key()), labels.get("frequency." + kpi.frequency().key()),
                labels.get("direction." + kpi.direction().key()), Rows.text(kpi.definition()), Rows.text(kpi.owner()),
                thresholds(ctx, ctx.engine().thresholds(kpi)), kind, feeding == null ? "" : root + Addresses.survey(feeding.id()),
                kpi.formula() == null ? "" : kpi.formula().text(), computation(ctx, now), inputs(ctx, now, root),
                kpi.rollup() == null ? "" : labels.format("rollup.reported", now.rollupReported(), now.rollupOf()),
                chart, history, folder, history.stream().anyMatch(h -> !h.source().isEmpty() || !h.sourceHref().isEmpty()),
                history.stream().anyMatch(h -> !h.comment().isEmpty() || !h.noteHref().isEmpty()), noteViews, Addresses.link(path, Addresses.scorecard(key.unit())),
                now.lastYear() == null ? "" : format.period(now.lastYear().period()),
                now.lastYear() == null ? "" : format.value(now.lastYear().value(), kpi.unit()), rows.outlook(now.outlook(), kpi));
    }

    /**
     * The folder all of {@code sources} lie in, ending in {@code /} ({@code model/data/} for data
     * files of several years), or empty when they are none or share no folder.
     */
    static String folder(List<String> sources) {
        if (sources.isEmpty()) {
            return "";
        }
        String common = sources.get(0);
        for (String s : sources) {
            common = Addresses.commonFolder(common, s);
        }
        return common;
    }

    /** {@code text} with plain spaces for no-break ones, for the history table's cells that never wrap. */
    private static String plain(String text) {
        return text.replace('\u00A0', ' ');
    }

    /**
     * The month whose figures the page shows. A monthly KPI shows the current month. A
     * quarterly, half-yearly or yearly KPI shows the last month of its latest period that has
     * ended: by the spec its value and target now are that period's, so its status is too, and
     * a month that brings no new figure for it leaves its page byte for byte as it was.
     */
    static YearMonth shownMonth(Kpi kpi, List<Period> periods, YearMonth current) {
        return kpi.frequency() == Frequency.MONTHLY || periods.isEmpty() ? current : periods.get(periods.size() - 1).end();
    }

    private static String thresholds(PageContext ctx, Thresholds t) {
        return ctx.labels().format("kpi.thresholds", ctx.format().percent(Exact.of(t.green())), ctx.format().percent(Exact.of(t.yellow())));
    }

    /** How the status was computed, sentence by sentence, with the numbers used. */
    static List<String> computation(PageContext ctx, KpiStatus s) {
        Labels labels = ctx.labels();
        Format format = ctx.format();
        Kpi kpi = s.kpi();
        List<String> lines = new ArrayList<>();
        String period = format.period(s.valuePeriod());
        FedValue fed = ctx.engine().fed(s.key(), s.valuePeriod().end());
        if (s.value() == null) {
            lines.add(fed != null ? labels.format("calc.survey.tooFew", period) : labels.format("calc.noValue", period));
        } else {
            String source = fed != null ? labels.format("calc.survey", fed.wave().path())
                    : s.row() != null && s.row().value() != null ? labels.format("calc.source", s.row().pos().toString())
                    : kpi.formula() != null ? labels.format("calc.formula", formulaWithValues(ctx, s), format.number(s.value(), 4))
                    : kpi.rollup() != null ? labels.format("rollup.reported", s.rollupReported(), s.rollupOf()) : "";
            lines.add(labels.format("calc.value", period, format.value(s.value(), kpi.unit()), source));
        }
        if (s.target() == null) {
            lines.add(labels.get("calc.noTarget"));
        } else {
            String from = switch (s.targetSource()) {
                case DATA -> labels.format("calc.target.data", s.row().pos().toString());
                case PERIOD -> labels.format("calc.target.period", s.valuePeriod().label());
                case YEAR -> labels.format("calc.target.year", Integer.toString(s.valuePeriod().year()));
                case DEFAULT -> labels.get("calc.target.default");
            };
            lines.add(labels.format("calc.target", format.value(s.target(), kpi.unit()), from));
        }
        if (kpi.planned()) {
            lines.add(labels.get("calc.planned"));
            return lines;
        }
        if (s.performance() == null) {
            lines.add(labels.get("calc.grey"));
            return lines;
        }
        String v = format.number(s.value(), 4);
        String t = format.number(s.target(), 4);
        String perf = format.percent(s.performance());
        if (s.target().isZero()) {
            lines.add(labels.format(s.performance().isZero() ? "calc.zeroTarget.missed" : "calc.zeroTarget.met", v, perf));
        } else if (kpi.direction() == Direction.HIGHER) {
            lines.add(labels.format("calc.higher", v, t, perf));
        } else {
            BigFraction raw = Exact.HUNDRED.multiply(Exact.TWO.subtract(s.value().divide(s.target())));
            lines.add(raw.signum() < 0 ? labels.format("calc.lower.floor", v, t, format.percent(raw), perf)
                    : labels.format("calc.lower", v, t, perf));
        }
        Thresholds th = ctx.engine().thresholds(kpi);
        lines.add(labels.format("calc.status", format.percent(Exact.of(th.green())), format.percent(Exact.of(th.yellow())),
                labels.get("status." + s.status().key())));
        return lines;
    }

    /** The formula with each reference replaced by its value: {@code 100 × 129 / 131}. */
    private static String formulaWithValues(PageContext ctx, KpiStatus s) {
        String text = s.kpi().formula().text();
        for (String ref : s.kpi().formula().references()) {
            BigFraction v = ctx.engine().value(KpiKey.resolve(s.key().unit(), ref), s.valuePeriod().end());
            text = text.replace("{" + ref + "}", ctx.format().number(v, 4));
        }
        return text.replace("*", "\u00D7").replace("-", "\u2212");
    }

    private static List<Input> inputs(PageContext ctx, KpiStatus s, String root) {
        List<Input> list = new ArrayList<>();
        for (KpiKey in : s.inputs()) {
            Kpi k = ctx.project().kpi(in);
            Unit u = ctx.project().organisation().unit(in.unit());
            BigFraction v = ctx.engine().value(in, s.valuePeriod().end());
            list.add(new Input(k.name(), u.name(), root + Addresses.kpi(in), v == null ? ctx.labels().get("kpi.noValue") : ctx.format().value(v, k.unit()),
                    in.kpi().equals(s.key().kpi()) && !in.unit().equals(s.key().unit()) && k.name().equals(s.kpi().name())));
        }
        return list;
    }

}
