package no.scorebake.model;

/** The answer scale of a survey: whole numbers from {@code min} to {@code max}; answers of at least {@code favourable} count as favourable. */
public record SurveyScale(int min, int max, int favourable) {
}
