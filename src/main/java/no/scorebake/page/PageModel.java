package no.scorebake.page;

/**
 * The data of one page for its template: a record whose components the template reads by name
 * ({@code ${unit.name}}), beside the names of its {@link Frame} ({@code ${root}},
 * {@code ${t["nav.home"]}}), which every page has. A page model's components must not reuse a
 * frame's name.
 */
public interface PageModel {

    /** What the layout around the page reads. */
    Frame frame();
}
