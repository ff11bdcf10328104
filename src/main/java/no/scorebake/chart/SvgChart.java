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
 *   <li>the target as a dashed dark line in steps, level from one period to the next and up or
 *       down where it changes (a lone target as a short dash), the actual as a solid blue line
 *       from point to point; a period without a value leaves a gap;</li>
 *   <li>each point with a value: green ● circle, yellow ▲ triangle, red ■ square, grey ○ ring,
 *       each on a white halo so it stands out on the lines;</li>
 *   <li>over each period that has a note ({@link ChartData.Note}), a speech bubble in a row along
 *       the top of the plot, a link to the note;</li>
 *   <li>a legend under the axis: Oppnådd/Mål (Actual/Target), the statuses that occur and
 *       Merknad/Note when a period has one; "Ingen verdier"/"No values" in an empty plot.</li>
 * </ul>
 * Colours against white (WCAG 2; graphics need ≥ 3:1): status green #1a7f37 5.08:1, yellow
 * #9a6700 4.87:1, red #cf222e 5.36:1, grey #6e7781 4.55:1, actual line #0969da 5.19:1, target
 * line, axis and text #24292f 14.65:1; the grid #d8dee4 is decoration.
 *
 * <h2>Accessible</h2>
 * The {@code <svg>} has {@code role="img"}, a {@code <title>} and the text alternative as its
 * {@code <desc>}, both its accessible name ({@code aria-labelledby}, as the strategy map does);
 * the text inside is not read out on top. The page puts the same numbers in a table beside it.
 * A chart with notes holds links, which an image cannot: it is then a {@code group} of the same
 * name, its picture hidden from assistive technology as an image's insides are, and after the
 * picture a link per note, named by its period ("Merknad for mars 2005"), reached by the
 * keyboard in the order of the periods, its focus drawn as a ring round the mark by a style of
 * the chart's own. Colours are
 * presentation attributes (the white background a {@code style} attribute), not the site's
 * stylesheet, so the chart looks the same wherever its markup ends up.
 *
 * <h2>Same input, same bytes</h2>
 * Coordinates are whole pixels, path data is relative, each status's shape is one
 * {@code <marker>} placed at its points, a steady target is one segment, the text colour is
 * set once on the {@code <svg>}, the x-axis labels and the legend's names are one
 * {@code <text>} a row (a {@code <tspan>} each), and the legend's samples are further pieces of the paths of
 * what they stand for (a line's, a status's marks): the chart is redrawn in every KPI page
 * every month, so its bytes count. Label widths are estimated from a fixed
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
    /** The ids of the chart's title and text alternative; one chart per page, so short ones do. */
    static final String TITLE_ID = "kct";
    static final String DESC_ID = "kcd";
    /** Least space between two x-axis labels. */
    static final double MIN_GAP = 14;
    static final double MARKER_SIZE = 10;

    private static final double PLOT_TOP = 12;
    private static final double PLOT_RIGHT = WIDTH - 16;
    private static final double LEGEND_HEIGHT = 24;
    /** The legend's middle line, where its samples are drawn. */
    private static final double LEGEND_MIDDLE = HEIGHT - LEGEND_HEIGHT / 2.0 - 2;
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

    /** The y axis: round steps from {@code low} to {@code high} and how many decimals their labels need. */
    /** An entry of the legend: what it stands for ("actual", "target" or a status), its name, and where it starts. */
    private record LegendEntry(String kind, String name, double x) {
    }

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
        private final boolean anyNote;
        private final StringBuilder out = new StringBuilder(4096);
        private double plotLeft;
        /** The legend's entries in their order. */
        private final List<LegendEntry> legendEntries = new ArrayList<>();

        Drawing(ChartData data) {
            this.words = data.words();
            this.points = data.points();
            this.anyNote = data.anyNote();
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
            out.append("<svg class=\"kpi-chart\" viewBox=\"0 0 ").append(WIDTH)
                    .append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                    .append("\" role=\"").append(anyNote ? "group" : "img").append("\" aria-labelledby=\"").append(TITLE_ID)
                    .append(' ').append(DESC_ID).append('"')
                    .append(" style=\"background:").append(WHITE).append('"')
                    .append(" fill=\"").append(TEXT).append("\" font-family=\"system-ui, sans-serif\" font-size=\"")
                    .append(num(FONT_SIZE)).append("\">\n")
                    .append("<title id=\"").append(TITLE_ID).append("\">").append(Html.escape(title)).append("</title>\n")
                    .append("<desc id=\"").append(DESC_ID).append("\">").append(Html.escape(description)).append("</desc>\n");
            if (anyNote) {
                // The picture is hidden from assistive technology, as an image's insides are; the
                // links to the notes after it are not.
                out.append("<style>").append(NOTE_FOCUS).append("</style>\n<g aria-hidden=\"true\">\n<defs>")
                        .append(NOTE_SHAPE).append("</defs>\n");
            }
            markerShapes();
            yAxis();
            xAxis();
            legendLayout();
            lines();
            marks();
            legend();
            if (!anyActual && !anyTarget) {
                text(WIDTH / 2.0, (PLOT_TOP + PLOT_BOTTOM) / 2, "middle", words.get("chart.noValues"));
            }
            if (anyNote) {
                out.append("</g>\n");
                noteMarks();
            }
            return out.append("</svg>").toString();
        }

        /**
         * One {@code <marker>} per status that occurs, drawn once and placed at every point of
         * that status by {@link #marks()}: a point then costs its coordinates, not a shape.
         * The white halo (stroke under the fill) is set once on the {@code <defs>}, whose
         * properties the markers' shapes inherit.
         */
        private void markerShapes() {
            boolean[] shown = statusesShown();
            if (!anyActual) {
                return;
            }
            out.append("<defs stroke=\"").append(WHITE).append("\" stroke-width=\"3\" paint-order=\"stroke\">");
            for (int i = 0; i < shown.length; i++) {
                if (shown[i]) {
                    String status = ChartData.STATUS_ORDER.get(i);
                    out.append("<marker id=\"").append(markerId(status)).append("\" overflow=\"visible\">")
                            .append(shape(status)).append("</marker>");
                }
            }
            out.append("</defs>\n");
        }

        /** The statuses of the points that have a value, in {@link ChartData#STATUS_ORDER}. */
        private boolean[] statusesShown() {
            boolean[] shown = new boolean[ChartData.STATUS_ORDER.size()];
            for (int i = 0; i < points.size(); i++) {
                if (!Double.isNaN(actual[i])) {
                    shown[ChartData.STATUS_ORDER.indexOf(points.get(i).status())] = true;
                }
            }
            return shown;
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
            out.append("\"/>\n<g text-anchor=\"end\">");
            for (int i = 0; i < ticks.size(); i++) {
                text(plotLeft - 6, y(ticks.get(i)) + 4, null, labels.get(i));
            }
            out.append("</g>\n");
        }

        /**
         * The axis lines, a tick under every period and the thinned labels. The ticks are one
         * dashed line each, minor and major: a dash of 1 every period (every {@code step}
         * periods for the major ones), as wide as the tick is long.
         */
        private void xAxis() {
            int n = points.size();
            out.append("<path fill=\"none\" stroke=\"").append(TEXT).append("\" d=\"M").append(num(plotLeft)).append(' ')
                    .append(num(PLOT_TOP)).append('V').append(num(PLOT_BOTTOM)).append('H').append(num(PLOT_RIGHT))
                    .append("\"/>\n");
            double widest = 0;
            for (ChartData.Point p : points) {
                widest = Math.max(widest, textWidth(p.label()));
            }
            double perPeriod = n >= 2 ? x(1) - x(0) : PLOT_RIGHT - plotLeft;
            int step = step(perPeriod, widest + MIN_GAP);
            if (n > 0) {
                if (perPeriod >= 6 && n > 1 && step > 1) { // at step 1 every tick is a major one
                    ticks(MINOR_TICK, perPeriod);
                }
                ticks(MAJOR_TICK, step * perPeriod);
            }
            // One <text> on the labels' line, each label a <tspan> at its x: a text chunk of its own, centred there.
            out.append("<text y=\"").append(num(PLOT_BOTTOM + MAJOR_TICK + 2 + 11)).append("\" text-anchor=\"middle\">");
            for (int i = 0; i < n; i += step) {
                String label = points.get(i).label();
                if (!label.isBlank()) {
                    double half = textWidth(label) / 2;
                    double at = Math.max(2 + half, Math.min(WIDTH - 2 - half, x(i)));
                    out.append("<tspan x=\"").append(num(at)).append("\">").append(Html.escape(label)).append("</tspan>");
                }
            }
            out.append("</text>\n");
        }

        /** Ticks of {@code length} under the axis from the first period on, {@code every} pixels apart. */
        private void ticks(int length, double every) {
            double from = x(0) - 0.5;
            double to = x(points.size() - 1) + 0.5;
            out.append("<path stroke=\"").append(TEXT).append("\" stroke-width=\"").append(length)
                    .append("\" stroke-dasharray=\"1 ").append(fine(Math.max(every - 1, 1))).append("\" d=\"M")
                    .append(fine(from)).append(' ').append(fine(PLOT_BOTTOM + length / 2.0)).append('H').append(fine(to))
                    .append("\"/>\n");
        }

        /** The target (dashed) and the actual (solid); a gap where a period has none. */
        private void lines() {
            if (anyTarget) {
                out.append("<path fill=\"none\" stroke=\"").append(TARGET)
                        .append("\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\" d=\"");
                new Pen(out).steps(target);
                legendLine("target");
                out.append("\"/>\n");
            }
            if (anyActual) {
                out.append("<path fill=\"none\" stroke=\"").append(ACTUAL)
                        .append("\" stroke-width=\"2\" stroke-linecap=\"round\" stroke-linejoin=\"round\" d=\"");
                new Pen(out).polyline(actual);
                legendLine("actual");
                out.append("\"/>\n");
            }
        }

        /**
         * Writes path data in whole pixels, each step relative to the last point, and a run of
         * equal heights as one horizontal line (a steady target is one segment, not one per period).
         */
        private final class Pen {
            private final StringBuilder d;
            private long atX;
            private long atY;
            private boolean started;

            Pen(StringBuilder d) {
                this.d = d;
            }

            /** Runs of consecutive values as lines from point to point; a lone value is left out (its mark shows it). */
            void polyline(double[] values) {
                line(values, false);
            }

            /**
             * Runs of consecutive values as steps: level from one period to the next, then up or
             * down to the next one's value where it changes, so a change of target shows as the
             * step it is and not as a slope through the periods between; a run that ends on a
             * change goes on level for a marker's width; a lone value as a short dash.
             */
            void steps(double[] values) {
                line(values, true);
            }

            private void line(double[] values, boolean steps) {
                int n = values.length;
                boolean dashAlone = steps;
                for (int i = 0; i < n; i++) {
                    if (Double.isNaN(values[i])) {
                        continue;
                    }
                    boolean after = i + 1 < n && !Double.isNaN(values[i + 1]);
                    boolean before = i > 0 && !Double.isNaN(values[i - 1]);
                    long px = Math.round(x(i));
                    long py = Math.round(y(values[i]));
                    if (!before && !after) {
                        if (dashAlone) {
                            move(Math.round(x(i) - MARKER_SIZE), py);
                            d.append('h').append(Math.round(2 * MARKER_SIZE));
                            atX += Math.round(2 * MARKER_SIZE);
                        }
                        continue;
                    }
                    if (!before) {
                        move(px, py);
                    } else {
                        boolean level = py == atY;
                        // A step's level part runs on to where the value changes, so a level run ends only at the run's end.
                        boolean staysLevel = after && (steps || Math.round(y(values[i + 1])) == py);
                        if (!level && steps) {
                            if (px != atX) {
                                d.append('h').append(px - atX);
                            }
                            d.append('v').append(py - atY);
                            if (!after) {
                                // The run ends on a new value: a short level after it, so the new value is seen as a level too.
                                long stub = Math.round(MARKER_SIZE);
                                d.append('h').append(stub);
                                px += stub;
                            }
                        } else if (!level) {
                            d.append('l').append(pair(px - atX, py - atY));
                        } else if (!staysLevel) {
                            d.append('h').append(px - atX);
                        } else {
                            continue; // the horizontal run goes on; drawn when it ends
                        }
                        atX = px;
                        atY = py;
                    }
                }
            }

            /**
             * A vertex at each point, where a marker is placed: the first point a move and a
             * zero-length step (the path's first vertex gets no marker-mid), every further one a move.
             */
            void point(double x, double y) {
                boolean first = !started;
                move(Math.round(x), Math.round(y));
                if (first) {
                    d.append("h0");
                }
            }

            private void move(long x, long y) {
                if (started) {
                    d.append('m').append(pair(x - atX, y - atY));
                } else {
                    d.append('M').append(x).append(' ').append(y);
                    started = true;
                }
                atX = x;
                atY = y;
            }
        }

        /**
         * A status mark at each point with a value, and the legend's: per status one path with a
         * vertex at each point (a move, relative to the last), with the status's marker at every
         * vertex but the path's first and last (marker-mid); an {@code h0} after the first move
         * and a closing one make every point's vertex a middle one.
         */
        private void marks() {
            if (!anyActual) {
                return;
            }
            for (String status : ChartData.STATUS_ORDER) {
                Pen pen = null;
                for (int i = 0; i < points.size(); i++) {
                    if (!Double.isNaN(actual[i]) && points.get(i).status().equals(status)) {
                        if (pen == null) {
                            out.append("<path marker-mid=\"url(#").append(markerId(status)).append(")\" d=\"");
                            pen = new Pen(out);
                        }
                        pen.point(x(i), y(actual[i]));
                    }
                }
                if (pen != null) {
                    LegendEntry entry = legendEntry(status);
                    if (entry != null) {
                        pen.point(entry.x() + SYMBOL_WIDTH / 2, LEGEND_MIDDLE);
                    }
                    out.append("h0\"/>\n");
                }
            }
        }

        /** One centred row under the axis: the lines and the statuses that occur, each with its name; where each entry starts. */
        private void legendLayout() {
            boolean[] shown = statusesShown();
            List<String> kinds = new ArrayList<>();
            if (anyActual || !anyTarget) {
                kinds.add("actual");
            }
            if (anyTarget || !anyActual) {
                kinds.add("target");
            }
            for (int i = 0; i < shown.length; i++) {
                if (shown[i]) {
                    kinds.add(ChartData.STATUS_ORDER.get(i));
                }
            }
            if (anyNote) {
                kinds.add("note");
            }
            List<String> names = kinds.stream()
                    .map(k -> words.get(List.of("actual", "target", "note").contains(k) ? "chart." + k : "chart.status." + k)).toList();
            double total = ENTRY_GAP * Math.max(0, names.size() - 1);
            for (String name : names) {
                total += SYMBOL_WIDTH + SYMBOL_GAP + textWidth(name);
            }
            double x = Math.max(4, Math.round((WIDTH - total) / 2.0));
            for (int i = 0; i < kinds.size(); i++) {
                legendEntries.add(new LegendEntry(kinds.get(i), names.get(i), x));
                x += SYMBOL_WIDTH + SYMBOL_GAP + textWidth(names.get(i)) + ENTRY_GAP;
            }
        }

        /** The legend's entry of {@code kind}, or null when the legend has none. */
        private LegendEntry legendEntry(String kind) {
            return legendEntries.stream().filter(e -> e.kind().equals(kind)).findFirst().orElse(null);
        }

        /** The legend's sample of a line, as a further piece of that line's path: it takes the line's stroke. */
        private void legendLine(String kind) {
            LegendEntry entry = legendEntry(kind);
            if (entry != null) {
                out.append('M').append(num(entry.x() + 1)).append(' ').append(num(LEGEND_MIDDLE)).append('h')
                        .append(num(SYMBOL_WIDTH - 2));
            }
        }

        /**
         * The legend's names, each after its sample; the samples are drawn with what they stand
         * for ({@link #legendLine}, {@link #marks}), but a line the chart lacks (no values, no
         * targets) gets a path of its own.
         */
        private void legend() {
            StringBuilder names = new StringBuilder();
            for (LegendEntry entry : legendEntries) {
                String kind = entry.kind();
                if (kind.equals("actual") && !anyActual) {
                    out.append("<path stroke=\"").append(ACTUAL).append("\" stroke-width=\"2\" d=\"");
                    legendLine(kind);
                    out.append("\"/>");
                } else if (kind.equals("target") && !anyTarget) {
                    out.append("<path stroke=\"").append(TARGET).append("\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\" d=\"");
                    legendLine(kind);
                    out.append("\"/>");
                } else if (kind.equals("note")) {
                    out.append("<use href=\"#").append(NOTE_ID).append("\" x=\"").append(num(entry.x() + SYMBOL_WIDTH / 2))
                            .append("\" y=\"").append(num(LEGEND_MIDDLE - NOTE_MIDDLE)).append("\"/>");
                }
                names.append("<tspan x=\"").append(num(entry.x() + SYMBOL_WIDTH + SYMBOL_GAP)).append("\">")
                        .append(Html.escape(entry.name())).append("</tspan>");
            }
            out.append("<text y=\"").append(num(LEGEND_MIDDLE + 4)).append("\">").append(names).append("</text>\n");
        }

        /**
         * A note's mark over each period that has one, in a row along the top of the plot: a
         * link to the note named by its period, which the keyboard reaches in the order of the
         * periods and whose focus is drawn as a ring round the mark ({@link #NOTE_FOCUS}).
         */
        private void noteMarks() {
            out.append("<g stroke=\"").append(WHITE).append("\" stroke-width=\"2\" paint-order=\"stroke\">");
            for (int i = 0; i < points.size(); i++) {
                ChartData.Note note = points.get(i).note();
                if (note != null) {
                    out.append("<a href=\"").append(Html.escape(note.href())).append("\" aria-label=\"")
                            .append(Html.escape(note.name())).append("\"><use class=\"").append(NOTE_RING).append("\" href=\"#")
                            .append(NOTE_ID).append("\" x=\"").append(num(x(i))).append("\"/></a>");
                }
            }
            out.append("</g>\n");
        }

        private void text(double x, double y, String anchor, String text) {
            out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
            if (anchor != null) {
                out.append(" text-anchor=\"").append(anchor).append('"');
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

    /** The id of the note mark's shape. */
    static final String NOTE_ID = "kcn";
    /** The class of a note's mark, which its focus ring is drawn on. */
    static final String NOTE_RING = "kc-ring";
    /** The colour of a note mark's focus ring: the site's focus colour, 6.4:1 against white. */
    static final String FOCUS = "#0b57d0";
    /**
     * A note's mark: a speech bubble 14 × 10 with two lines of "text", 2 pixels from the top (room
     * for its focus ring), its tail pointing into the plot at (0, {@link #PLOT_TOP} + 4). Drawn
     * once and placed by {@code <use>} at each period's x, so a mark costs its link and one coordinate.
     */
    static final String NOTE_SHAPE = "<g id=\"" + NOTE_ID + "\"><path d=\"M0 " + (int) (PLOT_TOP + 4)
            + "l-3-4h-4V2h14v10h-4z\"/><path fill=\"none\" stroke=\"" + WHITE + "\" stroke-width=\"1.5\" d=\"M-4 5h8M-4 8h6\"/></g>";
    /** The middle of the note mark's bubble, where the legend's sample is centred. */
    private static final double NOTE_MIDDLE = 7;
    /**
     * A focused note mark gets a ring in the focus colour (its halo, widened) instead of the
     * browser's outline: the drawing carries its focus style wherever its markup goes.
     */
    public static final String NOTE_FOCUS = ".kpi-chart a:focus{outline:none}.kpi-chart a:focus ." + NOTE_RING + "{stroke:" + FOCUS
            + ";stroke-width:4px}";

    /** The id of a status's marker; one chart per page, so the ids are unique in it. */
    static String markerId(String status) {
        return "kc-" + status;
    }

    /**
     * A status's shape centred on the origin, {@link #MARKER_SIZE} across: green ● circle,
     * yellow ▲ triangle, red ■ square, grey ○ ring (white inside, without the halo).
     */
    static String shape(String status) {
        double size = MARKER_SIZE;
        return switch (status) {
            case "green" -> "<circle fill=\"" + GREEN + "\" r=\"" + fine(size / 2) + "\"/>";
            case "yellow" -> "<path fill=\"" + YELLOW + "\" d=\"M0 " + fine(-size * 1.1 * 0.6) + "L" + fine(size * 0.62) + " "
                    + fine(size * 1.1 * 0.45) + "H" + fine(-size * 0.62) + "z\"/>";
            case "red" -> "<rect fill=\"" + RED + "\" x=\"" + fine(-size * 0.43) + "\" y=\"" + fine(-size * 0.43) + "\" width=\""
                    + fine(size * 0.86) + "\" height=\"" + fine(size * 0.86) + "\"/>";
            default -> "<circle fill=\"" + WHITE + "\" stroke=\"" + GREY + "\" stroke-width=\"2\" r=\"" + fine(size * 0.38) + "\"/>";
        };
    }

    /** "dx dy" for relative path data; a minus sign separates the numbers by itself. */
    static String pair(long dx, long dy) {
        return dy < 0 ? dx + "" + dy : dx + " " + dy;
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

    /**
     * A coordinate in whole pixels: {@code 12}, {@code -3}. A tenth of a pixel more or less is
     * not to be seen at the chart's size, and every decimal costs bytes in every KPI page.
     */
    static String num(double v) {
        return Long.toString(Math.round(v));
    }

    /**
     * A length rounded to a hundredth, without trailing zeros: {@code 12}, {@code 4.95},
     * {@code -0.3}; for what is written once (the markers' shapes) or repeated (a tick's
     * spacing, which must not drift over a long axis).
     */
    static String fine(double v) {
        long hundredths = Math.round(v * 100);
        String sign = hundredths < 0 ? "-" : "";
        long a = Math.abs(hundredths);
        String whole = sign + a / 100;
        long rest = a % 100;
        return rest == 0 ? whole : rest % 10 == 0 ? whole + "." + rest / 10 : whole + "." + (rest < 10 ? "0" : "") + rest;
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
