package no.scorebake.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import no.scorebake.text.Labels;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A KPI's history as a PNG line chart (XChart 4.0.3): actual against target over the whole
 * history, each point marked by its status with a shape as well as a colour.
 *
 * <h2>What it draws</h2>
 * <ul>
 *   <li>x axis ({@link PeriodAxis}): a tick under every period and the period labels as given,
 *       thinned to every 2nd, 3rd, 4th, 6th, 12th … period so that labels stay at least 14 px
 *       apart;</li>
 *   <li>y axis: numbers in the chart's language (decimal comma and no-break-space thousands in
 *       nb, U+2212 minus) with the unit: {@code 95 %}, {@code 1 200 kr}, {@code 95%} in en;
 *       from 10<sup>12</sup> on {@code 1,23E15};</li>
 *   <li>the target as a dashed dark line (a lone target as a short dash), the actual as a solid
 *       blue line; a period without a value leaves a gap;</li>
 *   <li>each point with a value: green ● circle, yellow ▲ triangle, red ■ square, grey ○ ring,
 *       each on a white halo so it stands out on the lines;</li>
 *   <li>a legend under the axis ({@link Legend}): Oppnådd/Mål (Actual/Target) and the statuses
 *       that occur; "Ingen verdier"/"No values" in an empty plot.</li>
 * </ul>
 * Colours and their contrast against white (WCAG 2; graphics need ≥ 3:1): status green
 * #1a7f37 5.08:1, yellow #9a6700 4.87:1, red #cf222e 5.36:1, grey #6e7781 4.55:1, actual line
 * #0969da 5.19:1, target line and text #24292f 14.65:1 (checked by {@code KpiChartTest}).
 *
 * <h2>Size and format</h2>
 * 720×300 CSS pixels drawn at 2x, so the PNG is 1440×600: sharp on the 125–200 % displays of
 * office laptops, and scaled down cleanly by the browser on a 100 % monitor. Write
 * {@code <img width="720" height="300">} ({@link #WIDTH}, {@link #HEIGHT}). The picture is
 * reduced to a fixed 63-colour palette made once from the chart's own colours ({@link #PALETTE}:
 * each in 7 steps toward white, the lines toward the grid; the anti-aliasing shades take the
 * nearest, a status colour only itself) and written unfiltered with deflate level 3
 * ({@link PngEncoder}, {@link FixedPalette}). The fixed palette replaced one counted per chart
 * (the 64 most frequent colours): no counting pass, 5 % smaller files, and closer to the
 * drawing (mean error per channel against the RGB picture 0.11 instead of 0.25, largest 63
 * instead of 87, on the 36-point sample). Level 3 rather than zlib's default 6: at Bergen's 10,000 charts a bake
 * deflate at 6 took 7.3 ms CPU per chart and at 3 takes 2.6 ms, for 38 KB instead of 31 KB
 * (47 s of CPU per bake for 70 MB on the share).
 *
 * <p>Those choices were measured with {@code ChartBenchmark} in the tests, whose comment keeps
 * the table of every option tried (size, palette, deflate level: CPU ms and KB per chart).
 *
 * <h2>Same input, same bytes</h2>
 * Every text is drawn with DejaVu Sans 2.37 loaded from the classpath
 * ({@code net.sf.jasperreports:jasperreports-fonts}), so the picture does not depend on which
 * fonts the machine has (checked: identical bytes with {@code /usr/share/fonts} and
 * {@code /etc/fonts} hidden). The PNG holds only IHDR, PLTE, IDAT and IEND: no time, no
 * text. Equal data gives equal bytes on the same JDK and zlib; another JDK's rasteriser may
 * change pixels, so {@link ChartCache}'s key carries {@link #STYLE_VERSION}. Runs headless:
 * sets {@code java.awt.headless=true} unless it is set. Thread-safe.
 */
public final class KpiChart {

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Width of the chart in CSS pixels: write {@code <img width="720" height="300">}. */
    public static final int WIDTH = 720;
    /** Height of the chart in CSS pixels. */
    public static final int HEIGHT = 300;
    /** PNG pixels per CSS pixel: the PNG is {@code WIDTH * SCALE} × {@code HEIGHT * SCALE}. */
    public static final int SCALE = 2;

    /**
     * Changes whenever the look of the chart changes (colours, sizes, layout, font, encoder):
     * part of {@link ChartCache}'s key, so a new version never serves an old picture.
     */
    public static final String STYLE_VERSION = "kpi-chart-3";

    static final Color WHITE = Color.WHITE;
    static final Color TEXT = new Color(0x24292f);
    static final Color GRID = new Color(0xd8dee4);
    static final Color ACTUAL = new Color(0x0969da);
    static final Color TARGET = new Color(0x24292f);
    static final Color GREEN = new Color(0x1a7f37);
    static final Color YELLOW = new Color(0x9a6700);
    static final Color RED = new Color(0xcf222e);
    static final Color GREY = new Color(0x6e7781);

    static final float FONT_SIZE = 12f;
    static final int CHART_PADDING = 8;
    static final int PLOT_MARGIN = 4;
    static final double PLOT_CONTENT = 0.94;
    static final int MARKER_SIZE = 10;
    static final int LEGEND_HEIGHT = 24;
    static final BasicStroke ACTUAL_STROKE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final BasicStroke TARGET_STROKE = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {6f, 4f}, 0f);

    /** Status key → colour; {@link #STATUS_ORDER} is the legend's order. */
    static final Map<String, Color> STATUS_COLOURS = Map.of("green", GREEN, "yellow", YELLOW, "red", RED, "grey", GREY);
    static final List<String> STATUS_ORDER = List.of("green", "yellow", "red", "grey");

    /** How to draw: {@link #DEFAULT} for the site; other sizes and no anti-aliasing only to measure. */
    record Style(int width, int height, int scale, boolean antiAlias) {
    }

    static final Style DEFAULT = new Style(WIDTH, HEIGHT, SCALE, true);

    /** Deflate level of the PNG: 3 rather than zlib's default 6 (see the class comment). */
    static final int DEFLATE_LEVEL = 3;

    /** Colours the palette always keeps exactly (when they occur). */
    static final int[] KEY_COLOURS = {WHITE.getRGB() & 0xFFFFFF, TEXT.getRGB() & 0xFFFFFF,
        GRID.getRGB() & 0xFFFFFF, ACTUAL.getRGB() & 0xFFFFFF, GREEN.getRGB() & 0xFFFFFF, YELLOW.getRGB() & 0xFFFFFF,
        RED.getRGB() & 0xFFFFFF, GREY.getRGB() & 0xFFFFFF};

    /**
     * The fixed palette ({@link FixedPalette}): the key colours, each in 7 steps toward white
     * (the shades of lines, marks and text on white), and the two lines in 3 steps toward the
     * grid (where they cross it): 63 colours.
     */
    static final int[] PALETTE = FixedPalette.blends(WHITE.getRGB() & 0xFFFFFF, KEY_COLOURS, 8,
            new int[][] {{ACTUAL.getRGB() & 0xFFFFFF, GRID.getRGB() & 0xFFFFFF},
                {TARGET.getRGB() & 0xFFFFFF, GRID.getRGB() & 0xFFFFFF}}, 4, 64);

    /** Palette colours that no other shade may take: a status colour means that status. */
    static final int[] STATUS_ONLY = {GREEN.getRGB() & 0xFFFFFF, YELLOW.getRGB() & 0xFFFFFF, RED.getRGB() & 0xFFFFFF,
        GREY.getRGB() & 0xFFFFFF};

    private KpiChart() {
    }

    /** The chart as PNG bytes, {@link #WIDTH}×{@link #HEIGHT} pixels (times {@link #SCALE}). */
    public static byte[] png(ChartData data) {
        BufferedImage canvas = Scratch.canvas(DEFAULT.width() * DEFAULT.scale(), DEFAULT.height() * DEFAULT.scale());
        return PngEncoder.fixed(draw(data, DEFAULT, canvas), PALETTE, STATUS_ONLY, DEFLATE_LEVEL);
    }

    /** Draws the chart over the whole of {@code image} (an RGB image of the style's size). */
    static BufferedImage draw(ChartData data, Style style, BufferedImage image) {
        XYChart chart = chart(data, style);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(style.scale(), style.scale());
            int chartHeight = style.height() - LEGEND_HEIGHT - PeriodAxis.HEIGHT;
            chart.paint(g, style.width(), chartHeight);
            PeriodAxis.paint(g, chart, data, style, chartHeight);
            Legend.paint(g, data, style, style.height() - LEGEND_HEIGHT);
            if (data.points().stream().allMatch(p -> p.value() == null && p.target() == null)) {
                noValues(g, data, style, chartHeight);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** "Ingen verdier" / "No values" in the middle of an empty plot. */
    private static void noValues(Graphics2D g, ChartData data, Style style, int chartHeight) {
        java.awt.font.TextLayout text = new java.awt.font.TextLayout(data.words().get("chart.noValues"),
                Fonts.regular(FONT_SIZE), new java.awt.font.FontRenderContext(null, style.antiAlias(), true));
        g.setColor(TEXT);
        text.draw(g, (style.width() - text.getAdvance()) / 2, (float) (chartHeight / 2.0));
    }

    static XYChart chart(ChartData data, Style style) {
        Labels words = data.words();
        List<ChartData.Point> points = data.points();
        int n = points.size();

        XYChart chart = new XYChart(style.width(), style.height() - LEGEND_HEIGHT - PeriodAxis.HEIGHT);
        XYStyler s = chart.getStyler();
        styleChart(s, style);

        double[] x = new double[Math.max(n, 1)];
        double[] actual = new double[x.length];
        double[] target = new double[x.length];
        boolean anyActual = false;
        boolean anyTarget = false;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
            ChartData.Point p = i < n ? points.get(i) : null;
            actual[i] = p == null ? Double.NaN : toDouble(p.value());
            target[i] = p == null ? Double.NaN : toDouble(p.target());
            anyActual |= !Double.isNaN(actual[i]);
            anyTarget |= !Double.isNaN(target[i]);
            for (double v : new double[] {actual[i], target[i]}) {
                if (!Double.isNaN(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (!anyActual && !anyTarget) {
            // Nothing to plot: an empty 0–1 frame rather than XChart's degenerate axis.
            min = 0;
            max = 1;
            s.setYAxisMin(min);
            s.setYAxisMax(max);
        } else if (min == max) {
            // One value only: XChart would put it alone mid-axis; give it a range around it.
            double pad = min == 0 ? 1 : Math.abs(min) / 10;
            min -= pad;
            max += pad;
            s.setYAxisMin(min);
            s.setYAxisMax(max);
        }

        Numbers numbers = new Numbers(words.language(), data.unit());
        double range = max - min;
        int decimals = Numbers.decimalsFor(range > 0 ? range : Math.abs(max) > 0 ? Math.abs(max) : 1);
        s.setYAxisTickLabelsFormattingFunction(v -> numbers.value(v, decimals));
        if (n <= 1) {
            // XChart cannot place a lone x value; give it a range with the point in the middle.
            s.setXAxisMin(-1.0);
            s.setXAxisMax(1.0);
        }

        // Actual, then target (dashed, over it), then the status markers on top of both.
        if (anyActual || !anyTarget) {
            XYSeries a = chart.addSeries(words.get("chart.actual"), x, actual);
            a.setLineColor(ACTUAL);
            a.setLineStyle(ACTUAL_STROKE);
            a.setMarker(SeriesMarkers.NONE);
        }
        if (anyTarget || !anyActual) {
            XYSeries t = chart.addSeries(words.get("chart.target"), x, target);
            t.setLineColor(TARGET);
            t.setLineStyle(TARGET_STROKE);
            t.setMarker(SeriesMarkers.NONE);
        }
        // A target with no target before or after it draws no line: mark it with a short dash.
        double[] lone = new double[x.length];
        boolean anyLone = false;
        for (int i = 0; i < x.length; i++) {
            boolean isolated = !Double.isNaN(target[i]) && (i == 0 || Double.isNaN(target[i - 1]))
                    && (i == x.length - 1 || Double.isNaN(target[i + 1]));
            lone[i] = isolated ? target[i] : Double.NaN;
            anyLone |= isolated;
        }
        if (anyLone) {
            XYSeries t = chart.addSeries(" target alone", x, lone);
            t.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            t.setMarker(new Dash());
            t.setMarkerColor(TARGET);
        }
        for (String status : STATUS_ORDER) {
            double[] y = new double[x.length];
            boolean any = false;
            for (int i = 0; i < x.length; i++) {
                boolean here = i < n && status.equals(points.get(i).status()) && !Double.isNaN(actual[i]);
                y[i] = here ? actual[i] : Double.NaN;
                any |= here;
            }
            if (any) {
                XYSeries m = chart.addSeries(words.get("chart.status." + status), x, y);
                m.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
                m.setMarker(marker(status));
                m.setMarkerColor(STATUS_COLOURS.get(status));
                m.setLineColor(STATUS_COLOURS.get(status));
            }
        }
        // XChart draws y ticks only at the data values when those happen to be equally spaced
        // (e.g. one value and one target); a NaN among the values turns that off for good.
        XYSeries none = chart.addSeries(" no data", new double[] {0}, new double[] {Double.NaN});
        none.setMarker(SeriesMarkers.NONE);
        return chart;
    }

    private static void styleChart(XYStyler s, Style style) {
        Font font = Fonts.regular(FONT_SIZE);
        s.setBaseFont(font);
        s.setChartTitleFont(font);
        s.setLegendFont(font);
        s.setAxisTitleFont(font);
        s.setAxisTickLabelsFont(font);
        s.setAnnotationTextFont(font);
        s.setAnnotationTextPanelFont(font);
        s.setToolTipFont(font);
        s.setCursorFont(font);

        s.setChartTitleVisible(false);
        s.setAxisTitlesVisible(false);
        s.setChartBackgroundColor(WHITE);
        s.setPlotBackgroundColor(WHITE);
        s.setPlotBorderVisible(false);
        s.setChartFontColor(TEXT);
        s.setAxisTickLabelsColor(TEXT);
        s.setAxisTickMarksColor(TEXT);
        s.setPlotGridVerticalLinesVisible(false);
        s.setPlotGridLinesColor(GRID);
        s.setPlotGridLinesStroke(new BasicStroke(1f));
        s.setChartPadding(CHART_PADDING);
        s.setPlotMargin(PLOT_MARGIN);
        s.setPlotContentSize(PLOT_CONTENT);
        s.setXAxisTicksVisible(false); // PeriodAxis draws the x axis
        s.setYAxisLabelAlignment(AxesChartStyler.TextAlignment.Right);

        s.setLegendVisible(false); // see Legend: XChart's horizontal legend crowds its entries
        s.setMarkerSize(MARKER_SIZE);

        s.setAntiAlias(style.antiAlias());
        s.setTextAntiAlias(style.antiAlias());
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

    static Marker marker(String status) {
        return switch (status) {
            case "green" -> new Shape(Shape.CIRCLE);
            case "yellow" -> new Shape(Shape.TRIANGLE);
            case "red" -> new Shape(Shape.SQUARE);
            default -> new Shape(Shape.RING);
        };
    }

    /** A target without neighbours: a short horizontal dash, as wide as two markers. */
    static final class Dash extends Marker {
        @Override
        public void paint(Graphics2D g, double x, double y, int size) {
            java.awt.Stroke stroke = g.getStroke();
            g.setStroke(new BasicStroke(2f));
            g.draw(new java.awt.geom.Line2D.Double(x - size, y, x + size, y));
            g.setStroke(stroke);
        }
    }

    /** A status marker: the shape in the current colour over a white halo. */
    static final class Shape extends Marker {
        static final int CIRCLE = 0;
        static final int TRIANGLE = 1;
        static final int SQUARE = 2;
        static final int RING = 3;

        private static final BasicStroke HALO = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        private static final BasicStroke RING_STROKE = new BasicStroke(2f);

        private final int kind;

        Shape(int kind) {
            this.kind = kind;
        }

        @Override
        public void paint(Graphics2D g, double x, double y, int size) {
            java.awt.Shape shape = outline(x, y, size);
            Color colour = g.getColor();
            java.awt.Stroke stroke = g.getStroke();
            g.setColor(WHITE);
            g.setStroke(HALO);
            g.draw(shape);
            g.fill(shape);
            g.setColor(colour);
            if (kind == RING) {
                g.setStroke(RING_STROKE);
                g.draw(shape);
            } else {
                g.fill(shape);
            }
            g.setStroke(stroke);
        }

        private java.awt.Shape outline(double x, double y, double size) {
            switch (kind) {
                case CIRCLE: {
                    double r = size / 2.0;
                    return new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
                }
                case TRIANGLE: {
                    double h = size * 1.1;
                    double half = size * 0.62;
                    Path2D.Double p = new Path2D.Double();
                    p.moveTo(x, y - h * 0.6);
                    p.lineTo(x + half, y + h * 0.45);
                    p.lineTo(x - half, y + h * 0.45);
                    p.closePath();
                    return p;
                }
                case SQUARE: {
                    double r = size * 0.43;
                    return new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r);
                }
                default: {
                    double r = size * 0.38;
                    return new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
                }
            }
        }
    }

    /** DejaVu Sans from the classpath, loaded once. */
    static final class Fonts {
        static final String RESOURCE = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
        private static final Font BASE = load();

        private Fonts() {
        }

        static Font regular(float size) {
            return BASE.deriveFont(Font.PLAIN, size);
        }

        private static Font load() {
            try (InputStream in = KpiChart.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("font " + RESOURCE + " is not on the classpath"
                            + " (dependency net.sf.jasperreports:jasperreports-fonts)");
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + RESOURCE, e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("cannot load font " + RESOURCE, e);
            }
        }
    }
}
