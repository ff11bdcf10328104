package no.scorebake.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.scorebake.testkit.ChartSamples;
import org.junit.jupiter.api.Test;

class TextAlternativeTest {

    /** 16 months from January 2005: 14 green, one yellow, one red; last 131 against 140, green. */
    private static ChartData sixteen(String language, String unit) {
        List<ChartData.Point> points = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String status = i == 3 ? "yellow" : i == 7 ? "red" : "green";
            BigDecimal value = i == 15 ? new BigDecimal("131") : BigDecimal.valueOf(120 + i);
            points.add(new ChartData.Point(ChartSamples.month(i), value, new BigDecimal("140"), status));
        }
        return new ChartData(points, language, unit);
    }

    @Test
    void norwegianWithFullPeriodNames() {
        assertEquals("Oppnådd mot mål fra januar 2005 til april 2006: siste verdi 131 mot mål 140 (grønn). "
                        + "14 av 16 perioder grønne, 1 gul, 1 rød.",
                TextAlternative.of(sixteen("nb", ""), "januar 2005", "april 2006"));
    }

    @Test
    void englishWithUnitAndLabels() {
        assertEquals("Actual against target from jan 05 to apr 06: latest value 131% against target 140% (green). "
                        + "14 of 16 periods green, 1 yellow, 1 red.",
                of(sixteen("en", "%")));
    }

    @Test
    void numbersAsTheReaderWritesThem() {
        ChartData nb = ChartSamples.of("nb", "kr", "1234567.5", "-1000", "red", "1234567.50", "-1000.25", "red");
        assertEquals("Oppnådd mot mål fra jan 05 til feb 05: siste verdi 1\u00a0234\u00a0567,5\u00a0kr mot mål "
                + "\u22121\u00a0000,25\u00a0kr (rød). 0 av 2 perioder grønne, 2 røde.", of(nb));
        ChartData en = ChartSamples.of("en", "%", "1234.5", "95", "green");
        assertEquals("Actual against target for jan 05: value 1,234.5% against target 95% (green).",
                of(en));
    }

    @Test
    void latestValueBeforeTheLastPeriodNamesItsPeriod() {
        ChartData data = ChartSamples.of("nb", "%", "90", "100", "yellow", "101", null, "grey", null, "100", "grey");
        assertEquals("Oppnådd mot mål fra jan 05 til mar 05: siste verdi 101\u00a0% i feb 05, uten mål (grå). "
                + "0 av 3 perioder grønne, 1 gul, 2 grå.", of(data));
    }

    @Test
    void emptyAndValueless() {
        assertEquals("Ingen data.", of(new ChartData(List.of(), "nb", "%")));
        assertEquals("No data.", of(new ChartData(List.of(), "en", "%")));
        ChartData none = ChartSamples.of("en", "", null, "5", "grey", null, "5", "grey");
        assertEquals("Actual against target from January 2005 to February 2005: no values.",
                TextAlternative.of(none, "January 2005", "February 2005"));
        assertEquals("Oppnådd mot mål for jan 05: ingen verdier.",
                of(ChartSamples.of("nb", "", null, null, "grey")));
    }

    @Test
    void oneGreenIsSingular() {
        ChartData data = ChartSamples.of("nb", "", "1", "1", "green", "0", "1", "red");
        assertEquals("Oppnådd mot mål fra jan 05 til feb 05: siste verdi 0 mot mål 1 (rød). "
                + "1 av 2 perioder grønn, 1 rød.", of(data));
    }

    /** The text with the first and last points' labels as the periods' names. */
    private static String of(ChartData data) {
        List<ChartData.Point> p = data.points();
        return p.isEmpty() ? TextAlternative.of(data, null, null)
                : TextAlternative.of(data, p.get(0).label(), p.get(p.size() - 1).label());
    }
}
