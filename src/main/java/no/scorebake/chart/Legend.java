package no.scorebake.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import no.scorebake.text.Labels;

/**
 * The chart's legend, one centred row under the plot: a line sample or a status marker, then
 * its name. Drawn here rather than by XChart, whose horizontal legend leaves no room between
 * one entry's text and the next entry's symbol.
 */
final class Legend {

    private static final double SYMBOL_WIDTH = 24;
    private static final double SYMBOL_GAP = 6;
    private static final double ENTRY_GAP = 18;

    private record Entry(String name, BasicStroke line, Color colour, String status) {
    }

    private Legend() {
    }

    /** Paints the legend centred in the strip from {@code top} to the bottom of the chart. */
    static void paint(Graphics2D g, ChartData data, KpiChart.Style style, double top) {
        List<Entry> entries = entries(data);
        Font font = KpiChart.Fonts.regular(KpiChart.FONT_SIZE);
        FontRenderContext frc = new FontRenderContext(null, style.antiAlias(), true);
        List<TextLayout> texts = new ArrayList<>();
        double total = 0;
        for (Entry e : entries) {
            TextLayout text = new TextLayout(e.name(), font, frc);
            texts.add(text);
            total += SYMBOL_WIDTH + SYMBOL_GAP + text.getAdvance();
        }
        total += ENTRY_GAP * Math.max(0, entries.size() - 1);

        Object aa = style.antiAlias() ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, style.antiAlias()
                ? RenderingHints.VALUE_TEXT_ANTIALIAS_ON : RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        double middle = top + KpiChart.LEGEND_HEIGHT / 2.0 - 2;
        double x = Math.max(4, Math.round((style.width() - total) / 2.0));
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            TextLayout text = texts.get(i);
            if (e.line() != null) {
                g.setColor(e.colour());
                g.setStroke(e.line());
                g.draw(new Line2D.Double(x + 1, middle, x + SYMBOL_WIDTH - 1, middle));
            } else {
                g.setColor(e.colour());
                KpiChart.marker(e.status()).paint(g, x + SYMBOL_WIDTH / 2.0, middle, KpiChart.MARKER_SIZE);
            }
            x += SYMBOL_WIDTH + SYMBOL_GAP;
            g.setColor(KpiChart.TEXT);
            float baseline = (float) Math.round(middle + (text.getAscent() - text.getDescent()) / 2.0);
            text.draw(g, (float) x, baseline);
            x += text.getAdvance() + ENTRY_GAP;
        }
    }

    private static List<Entry> entries(ChartData data) {
        Labels words = data.words();
        boolean anyActual = false;
        boolean anyTarget = false;
        boolean[] statusShown = new boolean[KpiChart.STATUS_ORDER.size()];
        for (ChartData.Point p : data.points()) {
            anyActual |= p.value() != null;
            anyTarget |= p.target() != null;
            if (p.value() != null) {
                statusShown[KpiChart.STATUS_ORDER.indexOf(p.status())] = true;
            }
        }
        List<Entry> entries = new ArrayList<>();
        if (anyActual || !anyTarget) {
            entries.add(new Entry(words.get("chart.actual"), KpiChart.ACTUAL_STROKE, KpiChart.ACTUAL, null));
        }
        if (anyTarget || !anyActual) {
            entries.add(new Entry(words.get("chart.target"), KpiChart.TARGET_STROKE, KpiChart.TARGET, null));
        }
        for (int i = 0; i < statusShown.length; i++) {
            if (statusShown[i]) {
                String status = KpiChart.STATUS_ORDER.get(i);
                entries.add(new Entry(words.get("chart.status." + status), null, KpiChart.STATUS_COLOURS.get(status), status));
            }
        }
        return entries;
    }
}
