package no.scorebake.model;

import java.time.YearMonth;
import java.util.List;

/** One round of a survey: the responses of one file, named by the month it was held. */
public record SurveyWave(YearMonth month, String path, List<SurveyResponse> responses) {
}
