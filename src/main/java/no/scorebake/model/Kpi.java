package no.scorebake.model;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import no.scorebake.formula.Formula;

/**
 * A KPI as defined in a scorecard.
 *
 * @param aggregation how months add up to year-to-date (already defaulted by unit)
 * @param periodTargets targets for single periods, keyed by the period's last month
 * @param yearTargets targets for whole years
 * @param thresholds this KPI's own thresholds, or null for the site's
 * @param formula the parsed formula of a composite KPI, or null
 * @param formulaPos where the formula is written, for messages about it
 * @param rollup how a roll-up KPI combines its sub-units (sum or average), or null
 */
public record Kpi(String id, String name, String definition, String owner, KpiUnit unit,
                  Frequency frequency, Direction direction, Aggregation aggregation,
                  BigDecimal target, Map<YearMonth, BigDecimal> periodTargets, Map<Integer, BigDecimal> yearTargets,
                  Thresholds thresholds, boolean planned, BigDecimal weight,
                  Formula formula, Pos formulaPos, Aggregation rollup, Pos pos) {

    /** Whether the KPI's values come from data rows (not a formula, not a roll-up). */
    public boolean reported() {
        return formula == null && rollup == null;
    }
}
