package no.scorebake.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A survey of {@code model/surveys/<id>.yaml} with its waves of responses
 * ({@code model/surveys/<id>/<period>.csv}), oldest wave first.
 *
 * @param minGroup results of fewer respondents than this are never shown
 */
public record Survey(String id, String path, String name, SurveyScale scale, int minGroup,
                     List<SurveyTheme> themes, List<SurveyFeed> feeds, List<SurveyWave> waves) {

    /** Every question of every theme, in file order; answers of a response are kept in this order. */
    public List<SurveyQuestion> questions() {
        List<SurveyQuestion> all = new ArrayList<>();
        for (SurveyTheme t : themes) {
            all.addAll(t.questions());
        }
        return all;
    }

    public SurveyTheme theme(String id) {
        return themes.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }
}
