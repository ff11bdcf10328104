package no.scorebake.model;

import java.util.List;

/** A theme of a survey and its questions; the theme's index is the mean of its questions' results. */
public record SurveyTheme(String id, String name, List<SurveyQuestion> questions, Pos pos) {
}
