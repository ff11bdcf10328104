package no.scorebake.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import no.scorebake.testkit.DarkScheme;
import org.junit.jupiter.api.Test;

/**
 * Every colour the KPI chart draws with has its dark counterpart in style.css, so the chart is
 * dark on a dark page (the browser tests measure its pixels there; this names the colour that
 * was forgotten).
 */
class ChartFollowsTheColourSchemeTest {

    @Test
    void everyColourOfTheChartIsRedrawnInTheDarkScheme() {
        List<String> missing = new ArrayList<>();
        for (String[] use : new String[][] {
                {"fill", SvgChart.GREEN}, {"fill", SvgChart.YELLOW}, {"fill", SvgChart.RED}, {"fill", SvgChart.WHITE},
                {"stroke", SvgChart.GREY}, {"stroke", SvgChart.TEXT}, {"stroke", SvgChart.TARGET},
                {"stroke", SvgChart.GRID}, {"stroke", SvgChart.ACTUAL}}) {
            if (!DarkScheme.redraws("kpi-chart", use[0], use[1])) {
                missing.add(use[0] + "=\"" + use[1] + "\"");
            }
        }
        assertEquals(List.of(), missing, "chart colours the dark scheme leaves light");
        String rules = DarkScheme.rules();
        assertTrue(rules.contains("svg.kpi-chart { background: var(--bg) !important; fill: var(--ink); }"),
                "the chart's background (a style attribute) and its text colour (on the svg) turn dark");
        assertTrue(rules.contains(".kpi-chart defs { stroke: var(--bg); }"), "the marks' halo is the background's colour");
    }
}
