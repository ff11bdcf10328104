/**
 * KPI history charts: the chart as inline SVG ({@link no.scorebake.chart.SvgChart}) and its text
 * alternative for screen readers. It takes a {@link no.scorebake.chart.ChartData} and knows
 * nothing else of scorebake: it uses only the JDK and {@code text} (for the site's way of
 * writing numbers and escaping). The PNG chart of earlier versions is kept in the tests, as the
 * benchmark's reference.
 */
package no.scorebake.chart;
