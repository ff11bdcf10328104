/**
 * The arithmetic of composite KPIs: parsing {@code 100 * {a} / {b}} and evaluating it exactly on
 * fractions (Apache Commons Numbers). It depends on no other scorebake package, so the model,
 * the loader and the status engine can all use it.
 */
package no.scorebake.formula;
