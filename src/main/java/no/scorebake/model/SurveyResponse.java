package no.scorebake.model;

import java.util.List;

/**
 * One respondent's row: the unit they belong to and their answers in the order of
 * {@link Survey#questions()}, null where a question was left unanswered.
 */
public record SurveyResponse(String unit, List<Integer> answers, Pos pos) {
}
