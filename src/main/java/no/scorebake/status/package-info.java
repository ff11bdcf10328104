/**
 * The figures of the portal: each KPI's value, target, performance, status, trend and
 * year-to-date for a period, and the weighted scores of objectives, perspectives and scorecards,
 * computed exactly on fractions ({@link no.scorebake.status.StatusEngine}). It uses {@code model},
 * {@code formula} for composite KPIs, {@code survey} for KPIs fed by surveys, and
 * {@code load}'s {@code Problem} for what it cannot compute.
 */
package no.scorebake.status;
