package no.scorebake.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.scorebake.model.Organisation;
import no.scorebake.model.Survey;
import no.scorebake.model.SurveyMeasure;
import no.scorebake.model.SurveyQuestion;
import no.scorebake.model.SurveyResponse;
import no.scorebake.model.SurveyTheme;
import no.scorebake.model.SurveyWave;
import no.scorebake.model.Unit;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The results of one survey wave for every question, theme and unit, each group counting its
 * own respondents and those of every unit below it, with {@link Suppression} applied: only
 * figures that may be shown carry numbers. The raw figures stay inside this package.
 */
public final class WaveResult {

    private final Survey survey;
    private final SurveyWave wave;
    private final List<Unit> roots;
    /** Raw tallies by question id, then unit id (the unit's whole group). */
    private final Map<String, Map<String, Tally>> questions = new HashMap<>();
    /** Respondents with any answer in the theme, by theme id, then unit id. */
    private final Map<String, Map<String, Integer>> themeCounts = new HashMap<>();
    private final Map<String, Set<String>> shownQuestions = new HashMap<>();
    private final Map<String, Set<String>> shownThemes = new HashMap<>();

    WaveResult(Survey survey, SurveyWave wave, Organisation organisation) {
        this.survey = survey;
        this.wave = wave;
        List<SurveyQuestion> qs = survey.questions();
        Set<String> answeredRoots = new HashSet<>();
        for (SurveyResponse r : wave.responses()) {
            List<String> lineage = organisation.lineage(r.unit());
            answeredRoots.add(lineage.get(lineage.size() - 1));
            for (int i = 0; i < qs.size(); i++) {
                Integer a = r.answers().get(i);
                if (a != null) {
                    for (String u : lineage) {
                        questions.computeIfAbsent(qs.get(i).id(), k -> new HashMap<>())
                                .computeIfAbsent(u, k -> new Tally()).add(a, survey.scale().favourable());
                    }
                }
            }
            for (SurveyTheme t : survey.themes()) {
                if (t.questions().stream().anyMatch(q -> r.answers().get(qs.indexOf(q)) != null)) {
                    for (String u : lineage) {
                        themeCounts.computeIfAbsent(t.id(), k -> new HashMap<>()).merge(u, 1, Integer::sum);
                    }
                }
            }
        }
        this.roots = organisation.roots().stream().filter(u -> answeredRoots.contains(u.id())).toList();
        int min = survey.minGroup();
        for (SurveyTheme t : survey.themes()) {
            Set<String> anyQuestionHidden = new HashSet<>();
            for (SurveyQuestion q : t.questions()) {
                Map<String, Integer> counts = new HashMap<>();
                questions.getOrDefault(q.id(), Map.of()).forEach((u, tally) -> counts.put(u, tally.count));
                Set<String> shown = Suppression.shown(roots, counts, min, Set.of());
                shownQuestions.put(q.id(), shown);
                for (Unit u : units()) {
                    if (!shown.contains(u.id())) {
                        anyQuestionHidden.add(u.id());
                    }
                }
            }
            shownThemes.put(t.id(), Suppression.shown(roots, themeCounts.getOrDefault(t.id(), Map.of()), min, anyQuestionHidden));
        }
    }

    public Survey survey() {
        return survey;
    }

    public SurveyWave wave() {
        return wave;
    }

    /** Every unit of the organisation trees that have respondents, parents before their sub-units. */
    public List<Unit> units() {
        List<Unit> all = new ArrayList<>();
        for (Unit r : roots) {
            collect(r, all);
        }
        return all;
    }

    /** The roots of the trees with respondents. */
    public List<Unit> roots() {
        return roots;
    }

    private static void collect(Unit u, List<Unit> into) {
        into.add(u);
        for (Unit c : u.units()) {
            collect(c, into);
        }
    }

    /** A question's result for a unit's group; hidden when too few answered or when it would reveal a smaller group. */
    public Figure question(String unit, String question) {
        if (!shownQuestions.getOrDefault(question, Set.of()).contains(unit)) {
            return Figure.hidden();
        }
        Tally t = questions.get(question).get(unit);
        return new Figure(true, t.count, t.mean(), t.favourableShare());
    }

    /**
     * A theme's result for a unit's group: its index is the mean of its questions' means, its
     * favourable share the mean of theirs. Shown only when every question of it is shown there.
     */
    public Figure theme(String unit, String theme) {
        if (!shownThemes.getOrDefault(theme, Set.of()).contains(unit)) {
            return Figure.hidden();
        }
        SurveyTheme t = survey.theme(theme);
        BigFraction mean = BigFraction.ZERO;
        BigFraction favourable = BigFraction.ZERO;
        for (SurveyQuestion q : t.questions()) {
            Figure f = question(unit, q.id());
            mean = mean.add(f.mean());
            favourable = favourable.add(f.favourable());
        }
        int n = t.questions().size();
        return new Figure(true, themeCounts.get(theme).get(unit), mean.divide(n), favourable.divide(n));
    }

    /** The figure a feed takes: its theme's or question's result for the feed's unit. */
    public Figure fed(String unit, String theme, String question) {
        return theme != null ? theme(unit, theme) : question(unit, question);
    }

    /** The raw figure, suppression ignored: for tests that prove hidden numbers never reach the site. */
    Figure rawQuestion(String unit, String question) {
        Tally t = questions.getOrDefault(question, Map.of()).get(unit);
        return t == null ? new Figure(false, 0, null, null) : new Figure(false, t.count, t.mean(), t.favourableShare());
    }

    /** The value a measure picks from a shown figure. */
    public static BigFraction measure(Figure f, SurveyMeasure measure) {
        if (!f.shown()) {
            return null;
        }
        return measure == SurveyMeasure.MEAN ? f.mean() : f.favourable();
    }
}
