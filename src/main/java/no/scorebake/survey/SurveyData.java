package no.scorebake.survey;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.scorebake.model.Kpi;
import no.scorebake.model.KpiKey;
import no.scorebake.model.Period;
import no.scorebake.model.Project;
import no.scorebake.model.Survey;
import no.scorebake.model.SurveyFeed;
import no.scorebake.model.SurveyWave;

/**
 * Every survey of a project computed once: each wave's results with anonymity applied, and the
 * KPI values the feeds give. A fed value belongs to the period of the KPI's own frequency that
 * contains the survey's month, so a yearly KPI fed by {@code 2005-11.csv} gets it for 2005.
 */
public final class SurveyData {

    private final Map<Survey, List<WaveResult>> results = new HashMap<>();
    private final Map<KpiKey, Map<YearMonth, FedValue>> fed = new HashMap<>();

    public SurveyData(Project project) {
        for (Survey s : project.surveys()) {
            List<WaveResult> waves = new ArrayList<>();
            for (SurveyWave w : s.waves()) {
                WaveResult r = new WaveResult(s, w, project.organisation());
                waves.add(r);
                for (SurveyFeed f : s.feeds()) {
                    Kpi kpi = project.kpi(f.kpi());
                    if (kpi == null) {
                        continue;
                    }
                    YearMonth end = Period.containing(kpi.frequency(), w.month()).end();
                    Figure figure = r.fed(f.unit(), f.theme(), f.question());
                    fed.computeIfAbsent(f.kpi(), k -> new HashMap<>()).put(end, new FedValue(s, w, f, WaveResult.measure(figure, f.measure())));
                }
            }
            results.put(s, List.copyOf(waves));
        }
    }

    /** The waves' results of a survey, oldest first. */
    public List<WaveResult> results(Survey survey) {
        return results.getOrDefault(survey, List.of());
    }

    /** The fed value for the KPI's period ending in {@code end}, or null when no wave falls in it. */
    public FedValue fed(KpiKey key, YearMonth end) {
        Map<YearMonth, FedValue> byEnd = fed.get(key);
        return byEnd == null ? null : byEnd.get(end);
    }

    /** The survey feeding a KPI, or null. */
    public static Survey feeding(Project project, KpiKey key) {
        for (Survey s : project.surveys()) {
            for (SurveyFeed f : s.feeds()) {
                if (f.kpi().equals(key)) {
                    return s;
                }
            }
        }
        return null;
    }
}
