package no.scorebake.page;

/**
 * One KPI as a row of a scorecard: every text already formatted for the site's language.
 *
 * @param ref the id as the scorecard refers to it ({@code user-faults} or {@code 820/user-faults})
 * @param href link to the KPI's page, relative to the page that shows the row
 * @param valuePeriod the period the value belongs to when it is not the month shown (quarterly KPIs), else null
 * @param trendClass better, worse, same or empty when there is no trend
 * @param spark a small inline sparkline as SVG path data ("M0 9l7-7 8 10", whole numbers in an 80×16 box), or empty
 * @param lastYear the value of the same period a year earlier, compactly ({@code i fjor 141}), or empty
 * @param outlook the year outlook, or null when the KPI has none
 */
public record KpiRow(String id, String unit, String ref, String name, String href, String owner, String measure,
                     String frequency, String target, String value, String valuePeriod, String performance,
                     StatusView status, String trendArrow, String trendText, String trendClass, String ytd,
                     String comment, boolean planned, boolean missing, boolean foreign, String unitName,
                     int notes, String spark, String rollup, String lastYear, OutlookView outlook) {
}
