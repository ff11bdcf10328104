package no.scorebake.model;

import java.math.BigDecimal;

/**
 * One data row for a KPI: the value (null when the cell was empty), an optional target that
 * overrides the model's for that period, and an optional comment, with the file and line it came from.
 */
public record Measurement(KpiKey kpi, Period period, BigDecimal value, BigDecimal target, String comment, Pos pos) {
}
