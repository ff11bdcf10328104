package no.scorebake.model;

import java.util.List;
import java.util.Map;

/**
 * One unit's scorecard from {@code model/scorecards/<unit>.yaml}.
 *
 * @param kpis the KPIs defined here, by id, in file order
 */
public record Scorecard(String unit, String path, String vision, List<Perspective> perspectives,
                        List<Objective> objectives, Map<String, Kpi> kpis, List<Initiative> initiatives) {

    public Objective objective(String id) {
        return objectives.stream().filter(o -> o.id().equals(id)).findFirst().orElse(null);
    }
}
