package no.scorebake.chart;

import java.util.List;
import no.scorebake.text.Labels;

/**
 * A short text alternative for a KPI chart (for {@code alt} or a caption), in the chart's
 * language:
 *
 * <blockquote>Oppnådd mot mål fra januar 2005 til april 2006: siste verdi 131 mot mål 140
 * (grønn). 14 av 16 perioder grønne, 1 gul, 1 rød.</blockquote>
 * <blockquote>Actual against target from January 2005 to April 2006: latest value 131 against
 * target 140 (green). 14 of 16 periods green, 1 yellow, 1 red.</blockquote>
 *
 * <ul>
 *   <li>The span is named by the first and last period: by the names the caller gives
 *       ({@code "januar 2005"}), else by the points' labels ({@code "jan 05"}).</li>
 *   <li>"Latest value" is the newest point that has a value; when that is not the last period,
 *       its label follows ("siste verdi 131 i mar 06 mot mål 140 (grønn)"). Its target and
 *       status are that point's. Numbers are written in full with the unit.</li>
 *   <li>The counts cover every period by status; statuses with no period are left out.</li>
 *   <li>One period: "Oppnådd mot mål for januar 2005: verdi 131 mot mål 140 (grønn)." No
 *       period: "Ingen data." / "No data." No value at all: "…: ingen verdier." / "…: no values."</li>
 * </ul>
 * The data table beside the chart carries the exact figures; this only says what the picture
 * shows.
 */
public final class TextAlternative {

    private TextAlternative() {
    }

    /**
     * The text, naming the span by {@code firstPeriod} and {@code lastPeriod} (for example
     * {@code "januar 2005"}, {@code "april 2006"}); a null name falls back to the label.
     */
    public static String of(ChartData data, String firstPeriod, String lastPeriod) {
        Labels words = data.words();
        List<ChartData.Point> points = data.points();
        int n = points.size();
        if (n == 0) {
            return words.get("chart.alt.none");
        }
        String first = firstPeriod != null ? firstPeriod : points.get(0).label();
        String last = lastPeriod != null ? lastPeriod : points.get(n - 1).label();
        Numbers numbers = new Numbers(words.language(), data.unit());

        StringBuilder s = new StringBuilder(160);
        s.append(n == 1 ? words.format("chart.alt.one", first) : words.format("chart.alt.span", first, last)).append(": ");

        int latest = -1;
        for (int i = n - 1; i >= 0; i--) {
            if (points.get(i).value() != null) {
                latest = i;
                break;
            }
        }
        if (latest < 0) {
            s.append(words.get("chart.alt.noValues"));
            return s.toString();
        }
        ChartData.Point p = points.get(latest);
        s.append(words.format(n == 1 ? "chart.alt.value" : "chart.alt.latest", numbers.value(p.value())));
        if (latest != n - 1) {
            s.append(' ').append(words.format("chart.alt.in", p.label()));
        }
        if (p.target() != null) {
            s.append(' ').append(words.format("chart.alt.target", numbers.value(p.target())));
        } else {
            s.append(", ").append(words.get("chart.alt.noTarget"));
        }
        s.append(" (").append(statusWord(words, p.status(), 1)).append(").");
        if (n == 1) {
            return s.toString();
        }

        int[] counts = new int[KpiChart.STATUS_ORDER.size()];
        for (ChartData.Point q : points) {
            counts[KpiChart.STATUS_ORDER.indexOf(q.status())]++;
        }
        s.append(' ').append(words.format("chart.alt.counts", Integer.toString(counts[0]), Integer.toString(n),
                statusWord(words, "green", counts[0])));
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > 0) {
                s.append(", ").append(counts[i]).append(' ')
                        .append(statusWord(words, KpiChart.STATUS_ORDER.get(i), counts[i]));
            }
        }
        return s.append('.').toString();
    }

    /** The status as a lower-case adjective, in the form for one or for more ({@code grønn}, {@code grønne}). */
    static String statusWord(Labels words, String status, int count) {
        return words.get("chart.alt." + status + (count == 1 ? ".one" : ".many"));
    }
}
