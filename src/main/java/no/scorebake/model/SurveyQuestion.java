package no.scorebake.model;

/** One question of a survey; its id is the column of the responses that holds its answers. */
public record SurveyQuestion(String id, String text, Pos pos) {
}
