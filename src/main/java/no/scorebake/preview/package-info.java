/**
 * {@code scorebake serve}: a local Jetty server that bakes the site into a folder, watches
 * {@code model/}, {@code content/} and {@code themes/}, rebuilds on a save and tells open pages
 * to reload, showing a broken file's {@code path:line} instead of a stale page. It drives the
 * build through {@code bake} ({@code Build}, {@code Progress}) and uses nothing else of scorebake.
 */
package no.scorebake.preview;
