/**
 * {@code scorebake serve}: a local Jetty server that loads and checks the project once and then
 * renders each page when a browser asks for it, through the same page types, output and
 * templates as {@code build} ({@code bake.OnDemandSite}), so a page is byte for byte the file
 * {@code build} writes, apart from the reload script it gets here. Rendered files are kept in a
 * bounded cache ({@link no.scorebake.preview.PageCache}). It watches {@code model/},
 * {@code content/} and {@code themes/}; after a save it loads again only what changed
 * ({@code bake.LiveProject}: a note or an editorial page without the model, the model with the
 * YAML trees of unchanged files), starts a new cache and tells open pages to reload, showing a
 * broken file's {@code path:line} instead of a stale page. Nothing is written into a folder. It
 * uses {@code bake} and nothing else of scorebake.
 */
package no.scorebake.preview;
