/**
 * The strategy model as records: organisation, scorecards with perspectives, objectives, critical
 * success factors, KPIs and initiatives, measurements, notes, surveys and periods. Immutable
 * values with no I/O; the only other scorebake package it uses is {@code formula} (a KPI keeps
 * its parsed formula).
 */
package no.scorebake.model;
