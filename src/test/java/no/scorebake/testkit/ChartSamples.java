package no.scorebake.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.scorebake.chart.ChartData;

/** Made-up KPI histories for the chart tests. */
public final class ChartSamples {

    private static final String[] MONTHS_NB = {"jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt",
        "nov", "des"};

    private ChartSamples() {
    }

    /** "jan 05", "feb 05", … for {@code n} months from January 2005. */
    public static String month(int i) {
        return MONTHS_NB[i % 12] + " " + String.format("%02d", 5 + i / 12);
    }

    /**
     * {@code n} months of a percentage KPI around its target of 140 (higher is better), with a
     * status per point from the ratio, and the value missing in month 7 (index 6) when n > 6.
     */
    public static ChartData monthly(int n, String language) {
        return monthly(n, language, 0);
    }

    /** As {@link #monthly(int, String)}, the values shifted by {@code seed} tenths (another chart). */
    public static ChartData monthly(int n, String language, int seed) {
        List<ChartData.Point> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BigDecimal target = BigDecimal.valueOf(140 + (i / 12) * 5);
            BigDecimal value = i == 6 ? null
                    : BigDecimal.valueOf(1200 + ((i * 37 + seed) % 23) * 10 + i * 3 - (i % 5 == 0 ? 160 : 0) + seed, 1);
            String status;
            if (value == null) {
                status = "grey";
            } else {
                double ratio = value.doubleValue() / target.doubleValue();
                status = ratio >= 0.97 ? "green" : ratio >= 0.9 ? "yellow" : "red";
            }
            points.add(new ChartData.Point(month(i), value, target, status));
        }
        return new ChartData(points, language, "%");
    }

    public static ChartData of(String language, String unit, String... triples) {
        List<ChartData.Point> points = new ArrayList<>();
        for (int i = 0; i < triples.length; i += 3) {
            points.add(new ChartData.Point(month(i / 3), dec(triples[i]), dec(triples[i + 1]), triples[i + 2]));
        }
        return new ChartData(points, language, unit);
    }

    public static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }
}
