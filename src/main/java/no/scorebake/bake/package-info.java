/**
 * One build from a project folder to a site: load and check, then run every page type's jobs in
 * parallel through the theme's Freemarker templates into a staging folder that replaces the
 * output only when the whole bake succeeded ({@link no.scorebake.bake.InPlaceFolder}); what it
 * baked is recorded so that an unchanged project or page is not baked again, which
 * {@link no.scorebake.bake.incremental} decides. For the preview it also renders one file at a time
 * ({@code OnDemandSite}: the job that writes it, into memory) from a project loaded again only in
 * the parts that changed ({@code LiveProject}). It may use every package below it (load, status, content,
 * page, chart); which pages exist is the page package's business, not this one's.
 */
package no.scorebake.bake;
