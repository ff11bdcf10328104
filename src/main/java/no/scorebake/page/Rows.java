package no.scorebake.page;

import java.time.YearMonth;
import no.scorebake.address.Addresses;
import no.scorebake.export.ScorecardJson;
import no.scorebake.model.Frequency;
import no.scorebake.model.Kpi;
import no.scorebake.model.KpiKey;
import no.scorebake.model.Period;
import no.scorebake.model.Unit;
import no.scorebake.status.InitiativeProgress;
import no.scorebake.status.KpiStatus;
import no.scorebake.status.Outlook;
import no.scorebake.status.Trend;
import no.scorebake.status.Ytd;
import no.scorebake.text.Format;
import no.scorebake.text.Labels;
import org.apache.commons.numbers.fraction.BigFraction;

/** Turns computed statuses into rows of text for the templates. */
public final class Rows {

    /** How many periods a sparkline shows. */
    static final int SPARK_POINTS = 12;

    /** The sparkline's box in CSS pixels, the size style.css gives {@code .spark}: the SVG has no viewBox. */
    static final int SPARK_WIDTH = 80;
    static final int SPARK_HEIGHT = 16;

    private final PageContext ctx;
    private final Labels labels;
    private final Format format;

    public Rows(PageContext ctx) {
        this.ctx = ctx;
        this.labels = ctx.labels();
        this.format = ctx.format();
    }

    /** A KPI's row as shown in month {@code shown} on a page of scorecard {@code ownUnit}. */
    public KpiRow row(KpiStatus s, String ownUnit, YearMonth shown, String root) {
        return linked(s, ownUnit, shown, root + Addresses.kpi(s.key()));
    }

    /**
     * A KPI's row on the page at site-relative {@code page}, linked by the shortest relative link:
     * a scorecard's month page reaches its own KPIs as {@code ../kpi/x.html}.
     */
    public KpiRow rowOn(KpiStatus s, String ownUnit, YearMonth shown, String page) {
        return linked(s, ownUnit, shown, Addresses.link(page, Addresses.kpi(s.key())));
    }

    /** The same row linked to {@code href}: a row built once, linked from each page that shows it. */
    /**
     * A KPI's row in the current month as its own unit's pages show it, linked to its page by
     * the site-relative address, made once in a bake for every page that shows it: each page
     * links it from where it is ({@link #linkedTo}).
     */
    static KpiRow current(PageContext ctx, KpiKey key) {
        return ctx.shared(KpiRow.class, key, k -> new Rows(ctx).row(ctx.kpi(k, ctx.current()), k.unit(), ctx.current(), ""));
    }

    static KpiRow linkedTo(KpiRow r, String href) {
        return new KpiRow(r.id(), r.unit(), r.ref(), r.name(), href, r.owner(), r.measure(), r.frequency(), r.target(), r.value(),
                r.valuePeriod(), r.performance(), r.status(), r.trendArrow(), r.trendText(), r.trendClass(), r.ytd(), r.comment(),
                r.planned(), r.missing(), r.foreign(), r.unitName(), r.notes(), r.spark(), r.rollup(), r.lastYear(), r.outlook());
    }

    private KpiRow linked(KpiStatus s, String ownUnit, YearMonth shown, String href) {
        Kpi k = s.kpi();
        boolean foreign = !s.key().unit().equals(ownUnit);
        Unit unit = ctx.project().organisation().unit(s.key().unit());
        String valuePeriod = s.valuePeriod().frequency() == Frequency.MONTHLY && s.valuePeriod().end().equals(shown)
                ? null : format.period(s.valuePeriod());
        Trend trend = s.trend();
        String arrow = "";
        String trendText = "";
        String trendClass = "";
        if (trend != null) {
            int sign = trend.change().signum();
            arrow = sign > 0 ? "\u2191" : sign < 0 ? "\u2193" : "\u2192";
            trendClass = trend.better() == null ? "same" : trend.better() ? "better" : "worse";
            // A change of a percentage is in percentage points, not percent.
            String change = (sign > 0 ? "+" : "") + (k.unit() == no.scorebake.model.KpiUnit.PERCENT
                    ? format.number(trend.change(), 1) + "\u00A0" + labels.get("trend.points") : format.value(trend.change(), k.unit()));
            trendText = change + " " + labels.get("trend." + trendClass);
        }
        String rollup = k.rollup() == null ? "" : labels.format("rollup.reported", s.rollupReported(), s.rollupOf());
        return new KpiRow(k.id(), s.key().unit(), foreign ? s.key().toString() : k.id(), k.name(), href,
                text(k.owner()), labels.get("unit." + k.unit().key()), labels.get("frequency." + k.frequency().key()),
                format.value(s.target(), k.unit()), format.value(s.value(), k.unit()), valuePeriod,
                format.percent(s.performance()), StatusView.of(s.status(), labels), arrow, trendText, trendClass,
                ytd(s.ytd(), k), text(s.comment()), k.planned(), s.missing(), foreign,
                unit == null ? s.key().unit() : unit.name(), s.notes().size(), spark(s), rollup,
                s.lastYear() == null ? "" : labels.format("row.lastYear", format.value(s.lastYear().value(), k.unit())),
                outlook(s.outlook(), k));
    }

    /** The year outlook in words, or null when there is none. */
    OutlookView outlook(Outlook o, Kpi k) {
        if (o == null) {
            return null;
        }
        String computed = format.value(o.computed(), k.unit(), ScorecardJson.OUTLOOK_SCALE);
        boolean owner = o.by() == Outlook.By.OWNER;
        return new OutlookView(labels.format("kpi.outlook", Integer.toString(o.year())),
                format.value(o.value(), k.unit(), ScorecardJson.OUTLOOK_SCALE),
                format.value(o.target(), k.unit(), ScorecardJson.OUTLOOK_SCALE),
                format.percent(o.performance()), StatusView.of(o.status(), labels),
                owner ? labels.format("kpi.outlook.owner", computed) : labels.format("kpi.outlook.computed", o.months()),
                owner ? o.ownerRow().pos().toString() : "", o.by().key());
    }

    private String ytd(Ytd y, Kpi k) {
        if (y == null) {
            return "";
        }
        String value = format.value(y.value(), k.unit());
        String months = labels.format("ytd.months", y.months());
        return y.target() == null ? value + " (" + months + ")"
                : labels.format("ytd.text", value, format.value(y.target(), k.unit()), months);
    }

    /**
     * Up to twelve periods of values ending at the shown one as an SVG path, whole numbers in an 80×16 box,
     * the sparkline's size in CSS pixels: a decimal would draw nothing a reader can see, and the
     * line is on every row of 14,400 pages. Scaled in doubles: the line is a picture, and exact
     * fractions here cost a bake of Bergen's size seconds of big-integer arithmetic.
     */
    private String spark(KpiStatus s) {
        double[] values = new double[SPARK_POINTS];
        boolean[] present = new boolean[SPARK_POINTS];
        Period p = s.valuePeriod();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int count = 0;
        for (int i = SPARK_POINTS - 1; i >= 0; i--) {
            BigFraction v = ctx.engine().value(s.key(), p.end());
            if (v != null) {
                values[i] = v.doubleValue();
                present[i] = true;
                min = Math.min(min, values[i]);
                max = Math.max(max, values[i]);
                count++;
            }
            p = p.previous();
        }
        if (count < 2) {
            return "";
        }
        double range = max - min;
        // "M0 9l7-7 8 10": move to the first point, then lines by how far each next point lies.
        StringBuilder path = new StringBuilder();
        long lastX = 0;
        long lastY = 0;
        int drawn = 0;
        for (int i = 0; i < SPARK_POINTS; i++) {
            if (!present[i]) {
                continue;
            }
            long x = Math.round((double) i * SPARK_WIDTH / (SPARK_POINTS - 1));
            long y = range == 0 ? SPARK_HEIGHT / 2 : Math.round(SPARK_HEIGHT - 2 - (SPARK_HEIGHT - 4) * (values[i] - min) / range);
            if (drawn == 0) {
                path.append('M').append(x).append(' ').append(y);
            } else {
                path.append(drawn == 1 ? "l" : " ").append(x - lastX);
                path.append(y - lastY < 0 ? "" : " ").append(y - lastY);
            }
            lastX = x;
            lastY = y;
            drawn++;
        }
        return path.toString();
    }

    /** An initiative as a row. */
    public InitiativeRow initiative(InitiativeProgress i) {
        var init = i.initiative();
        String status = i.status() == null ? "" : labels.get("initiative." + i.status().key());
        String complete = i.complete() == null ? "" : format.percent(i.complete());
        String span = (init.start() == null ? "" : format.month(init.start())) + " – " + (init.end() == null ? "" : format.month(init.end()));
        return new InitiativeRow(init.id(), Addresses.initiativeAnchor(init.id()), init.name(), text(init.owner()), span, complete,
                i.complete() == null ? 0 : i.complete().intValue(), i.status() == null ? "none" : i.status().key(), status,
                text(init.description()), i.latest() == null ? "" : text(i.latest().comment()),
                init.supports().stream().map(r -> r.text()).toList());
    }

    static String text(String s) {
        return s == null ? "" : s;
    }
}
