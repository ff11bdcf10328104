package no.scorebake.survey;

import no.scorebake.model.Survey;
import no.scorebake.model.SurveyFeed;
import no.scorebake.model.SurveyWave;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A KPI value that came from a survey: which survey, wave and feed, and the value, or null when
 * the fed group had too few respondents to be shown (then the KPI has no value that period).
 */
public record FedValue(Survey survey, SurveyWave wave, SurveyFeed feed, BigFraction value) {
}
