/**
 * The words and number formats of the site's language: {@link no.scorebake.text.Labels} reads
 * every word the site shows from the {@code labels_nb} and {@code labels_en} bundles, and
 * {@link no.scorebake.text.Format} writes numbers, percentages, values and periods with them.
 * It may use only the model and exact arithmetic; nothing here depends on the machine's locale.
 */
package no.scorebake.text;
