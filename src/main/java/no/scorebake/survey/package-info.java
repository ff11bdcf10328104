/**
 * Survey results per wave and unit: tallies of the answers, means and favourable shares, and the
 * suppression that hides any figure fewer than the minimum number of respondents would reveal,
 * with the values that feed KPIs. It uses {@code model} only, and Commons Numbers fractions.
 */
package no.scorebake.survey;
