package no.scorebake.model;

/**
 * A survey result that becomes a KPI value: a theme's index or one question's result, for the
 * group of {@code unit} (and every unit below it; by default the fed scorecard's unit).
 *
 * @param theme the theme id, or null when a question is fed
 * @param question the question id, or null when a theme is fed
 */
public record SurveyFeed(String theme, String question, SurveyMeasure measure, KpiKey kpi, String unit, Pos pos) {
}
