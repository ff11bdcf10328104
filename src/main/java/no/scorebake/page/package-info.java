/**
 * The pages of the portal: one {@link no.scorebake.page.PageType} per kind of page, each listing
 * the files it renders in a bake and building the record its template reads, from the computed
 * statuses. It may use the model, the status engine, the comparisons and changes of the compare
 * package, the survey results, text formatting, the chart, map and export writers and the
 * content's editorial pages; it knows nothing of Freemarker or the output folder, which it
 * reaches only through {@link no.scorebake.page.Output}. Every page's and file's address comes
 * from {@link no.scorebake.address.Addresses} (and reaches the templates as the frame's
 * {@link no.scorebake.page.SiteLinks}), so no page type asks another where its pages are; what
 * several page types show of the current month is shared through
 * {@link no.scorebake.page.PageContext}, which knows none of them.
 */
package no.scorebake.page;
