package no.scorebake.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Line2D;
import java.util.List;
import org.knowm.xchart.XYChart;

/**
 * The x axis, drawn here rather than by XChart: a line under the plot, a short tick under
 * every period, a longer one under every labelled period, and the labels, thinned to every
 * k-th period with k from 1, 2, 3, 4, 6, 12, 24, … (whole quarters, half-years and years
 * for monthly data) so that neighbouring labels keep at least {@link #MIN_GAP} between them.
 * (XChart's own thinning leaves as little as a tenth of a label's width between labels.)
 *
 * <p>XChart lays the plot out with its x-axis ticks hidden, so the plot ends
 * {@code chartPadding + plotMargin} above the bottom of the area XChart paints, and the
 * period {@code i} is at {@link XYChart#getScreenXFromChart}(i).
 */
final class PeriodAxis {

    /** Height of the strip under XChart's area: ticks and labels. */
    static final int HEIGHT = 20;
    /** Least space between two labels. */
    static final double MIN_GAP = 14;

    private static final int MAJOR_TICK = 5;
    private static final int MINOR_TICK = 3;
    private static final int[] STEPS = {1, 2, 3, 4, 6, 12};

    private PeriodAxis() {
    }

    /** Paints the axis of a chart XChart has just painted into {@code width × chartHeight}. */
    static void paint(Graphics2D g, XYChart chart, ChartData data, KpiChart.Style style, int chartHeight) {
        List<ChartData.Point> points = data.points();
        int n = points.size();
        double plotBottom = chartHeight - KpiChart.CHART_PADDING - KpiChart.PLOT_MARGIN;
        double first = chart.getScreenXFromChart(n <= 1 ? -1 : 0);
        double last = chart.getScreenXFromChart(n <= 1 ? 1 : n - 1);
        double plotWidth = (last - first) / KpiChart.PLOT_CONTENT;
        double left = first - (1 - KpiChart.PLOT_CONTENT) / 2 * plotWidth;

        g.setColor(KpiChart.TEXT);
        g.setStroke(new BasicStroke(1f));
        // From XChart's y-axis line, which stands plotMargin left of the plot.
        g.draw(new Line2D.Double(left - KpiChart.PLOT_MARGIN, plotBottom, left + plotWidth, plotBottom));
        if (n == 0) {
            return;
        }

        Font font = KpiChart.Fonts.regular(KpiChart.FONT_SIZE);
        FontRenderContext frc = new FontRenderContext(null, style.antiAlias(), true);
        TextLayout[] labels = new TextLayout[n];
        double widest = 0;
        for (int i = 0; i < n; i++) {
            String label = points.get(i).label();
            if (!label.isBlank()) {
                labels[i] = new TextLayout(label, font, frc);
                widest = Math.max(widest, labels[i].getAdvance());
            }
        }
        double perPeriod = n >= 2 ? chart.getScreenXFromChart(1) - chart.getScreenXFromChart(0) : plotWidth;
        int step = step(perPeriod, widest + MIN_GAP);

        for (int i = 0; i < n; i++) {
            double x = chart.getScreenXFromChart(i);
            boolean labelled = i % step == 0;
            int tick = labelled ? MAJOR_TICK : perPeriod >= 6 ? MINOR_TICK : 0;
            if (tick > 0) {
                g.draw(new Line2D.Double(x, plotBottom, x, plotBottom + tick));
            }
            if (labelled && labels[i] != null) {
                TextLayout text = labels[i];
                double advance = text.getAdvance();
                double at = Math.max(2, Math.min(style.width() - 2 - advance, x - advance / 2));
                text.draw(g, (float) at, (float) (plotBottom + MAJOR_TICK + 2 + text.getAscent()));
            }
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
}
