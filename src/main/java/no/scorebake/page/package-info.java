/**
 * The pages of the portal: one {@link no.scorebake.page.PageType} per kind of page, each listing
 * the files it renders in a bake and building the record its template reads, from the computed
 * statuses. It may use the model, the status engine, the survey results, text formatting, the
 * chart, map and export writers and the content's editorial pages; it knows nothing of
 * Freemarker or the output folder, which it reaches only through {@link no.scorebake.page.Output}.
 */
package no.scorebake.page;
