package no.scorebake.status;

import java.time.YearMonth;
import java.util.List;
import no.scorebake.model.Factor;
import no.scorebake.model.KpiKey;
import no.scorebake.model.Objective;
import no.scorebake.model.Perspective;
import no.scorebake.model.Scorecard;

/**
 * A unit's scorecard computed for one month: scores down the tree perspective → objective →
 * factor, every KPI it shows (its own and those it references), and its initiatives.
 *
 * @param kpis in reading order: as listed under objectives and factors, then the KPIs no one lists
 * @param other the scorecard's own KPIs that no objective or factor lists ("Other KPIs")
 */
public record ScorecardStatus(Scorecard scorecard, YearMonth period, Score score, List<PerspectiveScore> perspectives,
                              List<KpiStatus> kpis, List<KpiKey> other, List<InitiativeProgress> initiatives) {

    public record PerspectiveScore(Perspective perspective, Score score, List<ObjectiveScore> objectives) {
    }

    public record ObjectiveScore(Objective objective, Score score, List<KpiKey> kpis, List<FactorScore> factors) {
    }

    public record FactorScore(Factor factor, Score score, List<KpiKey> kpis) {
    }

    public KpiStatus kpi(KpiKey key) {
        return kpis.stream().filter(k -> k.key().equals(key)).findFirst().orElse(null);
    }
}
