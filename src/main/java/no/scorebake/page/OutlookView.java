package no.scorebake.page;

/**
 * A KPI's year outlook as a reader sees it, every text formatted for the site's language. The
 * forecasts and the year target are rounded to one decimal when not whole, as the spec says.
 *
 * @param title what it is and for which year: {@code Prognose for 2005}
 * @param value the forecast that counts, in the KPI's unit
 * @param target the year target, in the KPI's unit
 * @param performance the forecast's performance against the year target: {@code 115,7 %}
 * @param status the outlook's status as shape, word and colour
 * @param how how it was reached: {@code beregnet fra 8 måneder}, or the owner's forecast with the computed one beside it
 * @param source the data file and line of the owner's forecast, or empty when it is computed
 * @param by {@code computed} or {@code owner}
 */
public record OutlookView(String title, String value, String target, String performance, StatusView status, String how,
                          String source, String by) {
}
