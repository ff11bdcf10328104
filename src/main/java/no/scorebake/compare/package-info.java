/**
 * Figures across units rather than within one: the sub-units of a unit side by side, one KPI's
 * ranking among them, and the statuses that changed since the previous period. It computes
 * from the status engine and the model only; turning the results into pages is the page
 * package's work.
 */
package no.scorebake.compare;
