/**
 * KPI history charts: the chart as inline SVG ({@link no.scorebake.chart.SvgChart}) and its text
 * alternative for screen readers. It takes a {@link no.scorebake.chart.ChartData} and knows
 * nothing else of scorebake: it uses only the JDK and {@code text} (for the site's way of
 * writing numbers and escaping).
 */
package no.scorebake.chart;
