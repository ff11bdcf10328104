package no.scorebake.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.scorebake.text.Html;
import no.scorebake.text.Labels;

/**
 * A KPI's history as an SVG line chart to put inline in the KPI page: actual against target
 * over the whole history, each point marked by its status with a shape as well as a colour.
 * It is written as text straight from the {@link ChartData}, so it costs a few hundredths of a
 * millisecond and a few kilobytes, stays sharp at any zoom and in print, and its labels are
 * text a reader can find with the browser's search.
 *
 * <h2>What it draws</h2>
 * The same chart the PNG of earlier versions showed, in a 720 × 300 box:
 * <ul>
 *   <li>y axis: 3–6 round steps (1, 2, 2.5 or 5 times a power of ten) covering the values and
 *       targets, numbers in the chart's language with the unit ({@code 95 %}, {@code 1 200 kr},
 *       {@code 95%} in en), a grid line at each;</li>
 *   <li>x axis: a tick under every period and the labels as given, thinned to every 2nd, 3rd,
 *       4th, 6th, 12th … period so that labels stay at least {@link #MIN_GAP} apart;</li>
 *   <li>the target as a dashed dark line (a lone target as a short dash), the actual as a solid
 *       blue line; a period without a value leaves a gap;</li>
 *   <li>each point with a value: green ● circle, yellow ▲ triangle, red ■ square, grey ○ ring,
 *       each on a white halo so it stands out on the lines;</li>
 *   <li>a legend under the axis: Oppnådd/Mål (Actual/Target) and the statuses that occur;
 *       "Ingen verdier"/"No values" in an empty plot.</li>
 * </ul>
 * Colours against white (WCAG 2; graphics need ≥ 3:1): status green #1a7f37 5.08:1, yellow
 * #9a6700 4.87:1, red #cf222e 5.36:1, grey #6e7781 4.55:1, actual line #0969da 5.19:1, target
 * line, axis and text #24292f 14.65:1; the grid #d8dee4 is decoration.
 *
 * <h2>Accessible</h2>
 * The {@code <svg>} has {@code role="img"}, a {@code <title>} and the text alternative as its
 * {@code <desc>}, both its accessible name ({@code aria-labelledby}, as the strategy map does);
 * the text inside is not read out on top. The page puts the same numbers in a table beside it. Colours are
 * presentation attributes, not the site's stylesheet, so the chart looks the same wherever
 * its markup ends up.
 *
 * <h2>Same input, same bytes</h2>
 * Coordinates are rounded to a tenth of a pixel; label widths are estimated from a fixed
 * table of character widths ({@link #textWidth}), not from a font on the machine, so the text
 * depends only on the data. Thread-safe.
 */
public final class SvgChart {

    /** Width of the chart in CSS pixels. */
    public static final int WIDTH = 720;
    /** Height of the chart in CSS pixels. */
    public static final int HEIGHT = 300;

    static final String WHITE = "#fff";
    static final String TEXT = "#24292f";
    static final String GRID = "#d8dee4";
    static final String ACTUAL = "#0969da";
    static final String TARGET = "#24292f";
    static final String GREEN = "#1a7f37";
    static final String YELLOW = "#9a6700";
    static final String RED = "#cf222e";
    static final String GREY = "#6e7781";

    static final double FONT_SIZE = 12;
    /** Least space between two x-axis labels. */
    static final double MIN_GAP = 14;
    static final double MARKER_SIZE = 10;

    private static final double PLOT_TOP = 12;
    private static final double PLOT_RIGHT = WIDTH - 16;
    private static final double LEGEND_HEIGHT = 24;
    private static final double AXIS_HEIGHT = 22;
    private static final double PLOT_BOTTOM = HEIGHT - LEGEND_HEIGHT - AXIS_HEIGHT;
    /** Room left and right of the first and last period inside the plot, as a share of its width. */
    private static final double INSET = 0.03;
    private static final int MAJOR_TICK = 5;
    private static final int MINOR_TICK = 3;
    private static final int[] STEPS = {1, 2, 3, 4, 6, 12};
    private static final double SYMBOL_WIDTH = 24;
    private static final double SYMBOL_GAP = 6;
    private static final double ENTRY_GAP = 18;

    private SvgChart() {
    }

    /**
     * The chart as one {@code <svg>} element named by {@code title} (the KPI's name, say) and
     * {@code description} (the text alternative, see {@link TextAlternative}) together.
     */
    public static String svg(ChartData data, String title, String description) {
        return new Drawing(data).svg(title, description);
    }

    /** The status colour of a point's mark. */
    static String colour(String status) {
        return switch (status) {
            case "green" -> GREEN;
            case "yellow" -> YELLOW;
            case "red" -> RED;
            default -> GREY;
        };
    }

    /** The y axis: round steps from {@code low} to {@code high} and how many decimals their labels need. */
    record Scale(double low, double high, double step, int decimals) {

        /** The steps around {@code min}..{@code max} (min < max, both finite). */
        static Scale of(double min, double max) {
            double rough = (max - min) / 5;
            double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
            double[] factors = {1, 2, 2.5, 5, 10};
            double step = magnitude * 10;
            int decimals = 0;
            for (double f : factors) {
                if (f * magnitude >= rough) {
                    step = f * magnitude;
                    decimals = (int) -Math.floor(Math.log10(step)) + (f == 2.5 ? 1 : 0);
                    break;
                }
            }
            double low = Math.floor(min / step) * step + 0.0; // + 0.0: never −0
            double high = Math.ceil(max / step) * step + 0.0;
            double count = (high - low) / step;
            if (!(count >= 1 && count <= 12) || !Double.isFinite(high - low)) {
                // Beyond what doubles divide evenly: the extremes alone.
                return new Scale(min, max, max - min, Numbers.decimalsFor(max - min));
            }
            return new Scale(low, high, step, Math.max(0, Math.min(10, decimals)));
        }

        /** The tick values from low to high. */
        List<Double> ticks() {
            List<Double> ticks = new ArrayList<>();
            long count = Math.round((high - low) / step);
            for (long i = 0; i <= count; i++) {
                ticks.add(i == count ? high : low + i * step);
            }
            return ticks;
        }
    }

    /** One chart being written. */
    private static final class Drawing {
        private final Labels words;
        private final List<ChartData.Point> points;
        private final Numbers numbers;
        private final double[] actual;
        private final double[] target;
        private final Scale scale;
        private final boolean anyActual;
        private final boolean anyTarget;
        private final StringBuilder out = new StringBuilder(4096);
        private double plotLeft;

        Drawing(ChartData data) {
            this.words = data.words();
            this.points = data.points();
            this.numbers = new Numbers(words.language(), data.unit());
            int n = points.size();
            actual = new double[n];
            target = new double[n];
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            boolean a = false;
            boolean t = false;
            for (int i = 0; i < n; i++) {
                actual[i] = toDouble(points.get(i).value());
                target[i] = toDouble(points.get(i).target());
                for (double v : new double[] {actual[i], target[i]}) {
                    if (!Double.isNaN(v)) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
                a |= !Double.isNaN(actual[i]);
                t |= !Double.isNaN(target[i]);
            }
            anyActual = a;
            anyTarget = t;
            if (!a && !t) {
                min = 0;
                max = 1;
            } else if (min == max) {
                // One value only: give it a range around it.
                double pad = min == 0 ? 1 : Math.abs(min) / 10;
                min -= pad;
                max += pad;
            }
            scale = Scale.of(min, max);
        }

        String svg(String title, String description) {
            out.append("<svg class=\"kpi-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH)
                    .append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                    .append("\" role=\"img\" aria-labelledby=\"kpi-chart-title kpi-chart-desc\"")
                    .append(" font-family=\"system-ui, sans-serif\" font-size=\"").append(num(FONT_SIZE)).append("\">\n")
                    .append("<title id=\"kpi-chart-title\">").append(Html.escape(title)).append("</title>\n")
                    .append("<desc id=\"kpi-chart-desc\">").append(Html.escape(description)).append("</desc>\n");
            out.append("<rect width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" fill=\"")
                    .append(WHITE).append("\"/>\n");
            yAxis();
            xAxis();
            lines();
            marks();
            legend();
            if (!anyActual && !anyTarget) {
                text(WIDTH / 2.0, (PLOT_TOP + PLOT_BOTTOM) / 2, "middle", words.get("chart.noValues"));
            }
            return out.append("</svg>").toString();
        }

        /** Grid lines and labels; sets the plot's left edge from the widest label. */
        private void yAxis() {
            List<Double> ticks = scale.ticks();
            List<String> labels = new ArrayList<>();
            double widest = 0;
            for (double v : ticks) {
                String label = numbers.value(v, scale.decimals());
                labels.add(label);
                widest = Math.max(widest, textWidth(label));
            }
            plotLeft = Math.min(WIDTH / 3.0, Math.ceil(8 + widest + 8));
            out.append("<path fill=\"none\" stroke=\"").append(GRID).append("\" d=\"");
            for (double v : ticks) {
                out.append('M').append(num(plotLeft)).append(' ').append(num(y(v))).append('H').append(num(PLOT_RIGHT));
            }
            out.append("\"/>\n<g fill=\"").append(TEXT).append("\" text-anchor=\"end\">");
            for (int i = 0; i < ticks.size(); i++) {
                text(plotLeft - 6, y(ticks.get(i)) + 4, null, labels.get(i));
            }
            out.append("</g>\n");
        }

        /** The axis lines, a tick under every period and the thinned labels. */
        private void xAxis() {
            int n = points.size();
            out.append("<path fill=\"none\" stroke=\"").append(TEXT).append("\" d=\"M").append(num(plotLeft)).append(' ')
                    .append(num(PLOT_TOP)).append('V').append(num(PLOT_BOTTOM)).append('H').append(num(PLOT_RIGHT));
            double widest = 0;
            for (ChartData.Point p : points) {
                widest = Math.max(widest, textWidth(p.label()));
            }
            double perPeriod = n >= 2 ? x(1) - x(0) : PLOT_RIGHT - plotLeft;
            int step = step(perPeriod, widest + MIN_GAP);
            for (int i = 0; i < n; i++) {
                int tick = i % step == 0 ? MAJOR_TICK : perPeriod >= 6 ? MINOR_TICK : 0;
                if (tick > 0) {
                    out.append('M').append(num(x(i))).append(' ').append(num(PLOT_BOTTOM)).append('v').append(tick);
                }
            }
            out.append("\"/>\n<g fill=\"").append(TEXT).append("\" text-anchor=\"middle\">");
            for (int i = 0; i < n; i += step) {
                String label = points.get(i).label();
                if (!label.isBlank()) {
                    double half = textWidth(label) / 2;
                    double at = Math.max(2 + half, Math.min(WIDTH - 2 - half, x(i)));
                    text(at, PLOT_BOTTOM + MAJOR_TICK + 2 + 11, null, label);
                }
            }
            out.append("</g>\n");
        }

        /** The target (dashed) and the actual (solid); a gap where a period has none. */
        private void lines() {
            if (anyTarget) {
                out.append("<path fill=\"none\" stroke=\"").append(TARGET)
                        .append("\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\" d=\"");
                polyline(target, true);
                out.append("\"/>\n");
            }
            if (anyActual) {
                out.append("<path fill=\"none\" stroke=\"").append(ACTUAL)
                        .append("\" stroke-width=\"2\" stroke-linecap=\"round\" stroke-linejoin=\"round\" d=\"");
                polyline(actual, false);
                out.append("\"/>\n");
            }
        }

        /** Runs of consecutive values as lines; a lone value as a short dash when {@code dashAlone}. */
        private void polyline(double[] values, boolean dashAlone) {
            int n = values.length;
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(values[i])) {
                    continue;
                }
                boolean after = i + 1 < n && !Double.isNaN(values[i + 1]);
                boolean before = i > 0 && !Double.isNaN(values[i - 1]);
                if (!before && !after) {
                    if (dashAlone) {
                        out.append('M').append(num(x(i) - MARKER_SIZE)).append(' ').append(num(y(values[i])))
                                .append('h').append(num(2 * MARKER_SIZE));
                    }
                    continue;
                }
                out.append(before ? 'L' : 'M').append(num(x(i))).append(' ').append(num(y(values[i])));
            }
        }

        /** A status mark at each point with a value. */
        private void marks() {
            if (!anyActual) {
                return;
            }
            out.append("<g stroke=\"").append(WHITE).append("\" stroke-width=\"3\" paint-order=\"stroke\">");
            for (int i = 0; i < points.size(); i++) {
                if (!Double.isNaN(actual[i])) {
                    mark(points.get(i).status(), x(i), y(actual[i]));
                }
            }
            out.append("</g>\n");
        }

        private void mark(String status, double x, double y) {
            double size = MARKER_SIZE;
            switch (status) {
                case "green" -> out.append("<circle fill=\"").append(GREEN).append("\" cx=\"").append(num(x))
                        .append("\" cy=\"").append(num(y)).append("\" r=\"").append(num(size / 2)).append("\"/>");
                case "yellow" -> {
                    double h = size * 1.1;
                    double half = size * 0.62;
                    out.append("<path fill=\"").append(YELLOW).append("\" d=\"M").append(num(x)).append(' ')
                            .append(num(y - h * 0.6)).append('L').append(num(x + half)).append(' ')
                            .append(num(y + h * 0.45)).append('H').append(num(x - half)).append("z\"/>");
                }
                case "red" -> {
                    double r = size * 0.43;
                    out.append("<rect fill=\"").append(RED).append("\" x=\"").append(num(x - r)).append("\" y=\"")
                            .append(num(y - r)).append("\" width=\"").append(num(2 * r)).append("\" height=\"")
                            .append(num(2 * r)).append("\"/>");
                }
                default -> out.append("<circle fill=\"").append(WHITE).append("\" stroke=\"").append(GREY)
                        .append("\" stroke-width=\"2\" cx=\"").append(num(x)).append("\" cy=\"").append(num(y))
                        .append("\" r=\"").append(num(size * 0.38)).append("\"/>");
            }
        }

        /** One centred row under the axis: the lines and the statuses that occur, each with its name. */
        private void legend() {
            boolean[] shown = new boolean[ChartData.STATUS_ORDER.size()];
            for (int i = 0; i < points.size(); i++) {
                if (!Double.isNaN(actual[i])) {
                    shown[ChartData.STATUS_ORDER.indexOf(points.get(i).status())] = true;
                }
            }
            List<String> names = new ArrayList<>();
            List<String> kinds = new ArrayList<>();
            if (anyActual || !anyTarget) {
                names.add(words.get("chart.actual"));
                kinds.add("actual");
            }
            if (anyTarget || !anyActual) {
                names.add(words.get("chart.target"));
                kinds.add("target");
            }
            for (int i = 0; i < shown.length; i++) {
                if (shown[i]) {
                    names.add(words.get("chart.status." + ChartData.STATUS_ORDER.get(i)));
                    kinds.add(ChartData.STATUS_ORDER.get(i));
                }
            }
            double total = ENTRY_GAP * Math.max(0, names.size() - 1);
            for (String name : names) {
                total += SYMBOL_WIDTH + SYMBOL_GAP + textWidth(name);
            }
            double middle = HEIGHT - LEGEND_HEIGHT / 2.0 - 2;
            double x = Math.max(4, Math.round((WIDTH - total) / 2.0));
            out.append("<g>");
            for (int i = 0; i < names.size(); i++) {
                String kind = kinds.get(i);
                if (kind.equals("actual")) {
                    out.append("<path stroke=\"").append(ACTUAL).append("\" stroke-width=\"2\" d=\"M")
                            .append(num(x + 1)).append(' ').append(num(middle)).append('h').append(num(SYMBOL_WIDTH - 2))
                            .append("\"/>");
                } else if (kind.equals("target")) {
                    out.append("<path stroke=\"").append(TARGET).append("\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\" d=\"M")
                            .append(num(x + 1)).append(' ').append(num(middle)).append('h').append(num(SYMBOL_WIDTH - 2))
                            .append("\"/>");
                } else {
                    out.append("<g stroke=\"").append(WHITE).append("\" stroke-width=\"3\" paint-order=\"stroke\">");
                    mark(kind, x + SYMBOL_WIDTH / 2, middle);
                    out.append("</g>");
                }
                x += SYMBOL_WIDTH + SYMBOL_GAP;
                out.append("<text fill=\"").append(TEXT).append("\" x=\"").append(num(x)).append("\" y=\"")
                        .append(num(middle + 4)).append("\">").append(Html.escape(names.get(i))).append("</text>");
                x += textWidth(names.get(i)) + ENTRY_GAP;
            }
            out.append("</g>\n");
        }

        private void text(double x, double y, String anchor, String text) {
            out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
            if (anchor != null) {
                out.append(" fill=\"").append(TEXT).append("\" text-anchor=\"").append(anchor).append('"');
            }
            out.append('>').append(Html.escape(text)).append("</text>");
        }

        private double x(int i) {
            int n = points.size();
            if (n <= 1) {
                return (plotLeft + PLOT_RIGHT) / 2;
            }
            double inset = (PLOT_RIGHT - plotLeft) * INSET;
            return plotLeft + inset + i * (PLOT_RIGHT - plotLeft - 2 * inset) / (n - 1);
        }

        private double y(double v) {
            double share = (v - scale.low()) / (scale.high() - scale.low());
            return PLOT_BOTTOM - share * (PLOT_BOTTOM - PLOT_TOP);
        }
    }

    /** The least step from 1, 2, 3, 4, 6, 12, 24, 36, … that spaces labels {@code needed} apart. */
    static int step(double perPeriod, double needed) {
        if (!(perPeriod > 0)) {
            return 1;
        }
        for (int s : STEPS) {
            if (s * perPeriod >= needed) {
                return s;
            }
        }
        int years = (int) Math.ceil(needed / (12 * perPeriod));
        return 12 * Math.max(1, years);
    }

    /**
     * The width of {@code s} at {@link #FONT_SIZE}, on the generous side: the browser draws
     * the labels in the reader's sans-serif font, which this cannot know, so each character
     * counts about as wide as in DejaVu Sans, one of the widest.
     */
    static double textWidth(String s) {
        double em = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (" .,:;!|'ijlI\u00A0".indexOf(c) >= 0) {
                em += 0.33;
            } else if ("mwMW%\u2212".indexOf(c) >= 0) {
                em += 0.9;
            } else if (Character.isUpperCase(c) || Character.isDigit(c)) {
                em += 0.66;
            } else {
                em += 0.6;
            }
        }
        return em * FONT_SIZE;
    }

    /** A coordinate rounded to a tenth, without trailing zeros: {@code 12}, {@code 12.5}, {@code -0.3}. */
    static String num(double v) {
        long tenths = Math.round(v * 10);
        String sign = tenths < 0 ? "-" : "";
        long a = Math.abs(tenths);
        return a % 10 == 0 ? sign + a / 10 : sign + a / 10 + "." + a % 10;
    }

    private static double toDouble(BigDecimal d) {
        if (d == null) {
            return Double.NaN;
        }
        double v = d.doubleValue();
        // Beyond double's range: clamp rather than draw nothing (the table shows the exact value).
        if (v == Double.POSITIVE_INFINITY) {
            return Double.MAX_VALUE / 4;
        }
        if (v == Double.NEGATIVE_INFINITY) {
            return -Double.MAX_VALUE / 4;
        }
        return v;
    }
}
