/**
 * The per-scorecard downloads of the site, {@code data/<unit>/<period>.json} in the shape of
 * {@code portal.md} and the same table as CSV for a spreadsheet. It reads computed {@code status}
 * results and {@code model} units and writes words and numbers through {@code text}; Jackson
 * writes both formats.
 */
package no.scorebake.export;
