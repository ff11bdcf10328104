package no.scorebake.model;

import java.math.BigDecimal;

/**
 * One data row for a KPI: the value (null when the cell was empty), an optional target that
 * overrides the model's for that period, an optional owner's forecast for the whole year of the
 * period, and an optional comment, with the file and line it came from.
 *
 * @param forecast the {@code forecast} cell: the owner's expected value for the whole year, or null
 */
public record Measurement(KpiKey kpi, Period period, BigDecimal value, BigDecimal target, BigDecimal forecast, String comment, Pos pos) {

    /** A row without a forecast, as most rows are. */
    public Measurement(KpiKey kpi, Period period, BigDecimal value, BigDecimal target, String comment, Pos pos) {
        this(kpi, period, value, target, null, comment, pos);
    }
}
