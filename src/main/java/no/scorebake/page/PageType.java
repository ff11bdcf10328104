package no.scorebake.page;

import java.util.List;

/**
 * One kind of page of the portal (the entry page, a scorecard, a KPI page, a report …): it
 * lists the jobs of one bake, each rendering some of its pages, and builds the record its
 * template reads. The bake runs every type's jobs in parallel, so a job shares nothing but the
 * {@link PageContext} and writes only its own files.
 *
 * <p>To add a page type: write a class implementing this interface, with a nested record
 * implementing {@link PageModel} as its template's data; put its template under
 * {@code themes/default/templates/}; add an instance to {@link PageTypes#all}. A page that
 * shows one earlier month asks {@link Output#keep} first, so an unchanged month is not
 * rendered again (see {@link ScorecardPage}).
 */
public interface PageType {

    /** The jobs of this page type for the bake that {@code ctx} describes. */
    List<Job> jobs(PageContext ctx);

    /** Renders one or a few files of the site. */
    @FunctionalInterface
    interface Job {
        void run(Output out) throws java.io.IOException;
    }
}
