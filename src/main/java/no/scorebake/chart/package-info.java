/**
 * KPI history charts: the PNG picture ({@link no.scorebake.chart.KpiChart}), its text alternative
 * for screen readers, and the cache that draws each distinct chart once across builds. It takes
 * a {@link no.scorebake.chart.ChartData} and knows nothing else of scorebake: it uses only XChart,
 * the JDK and {@code text} (for the site's way of writing numbers).
 */
package no.scorebake.chart;
