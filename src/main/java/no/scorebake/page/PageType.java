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
 * {@code themes/default/templates/}; add an instance to {@link PageTypes#all}. Each job names the files it writes
 * ({@link Job#of}), so that the preview can render one page without the others. A page that
 * shows one earlier month asks {@link Output#keep} first, so an unchanged month is not
 * rendered again (see {@link ScorecardPage}).
 */
public interface PageType {

    /** The jobs of this page type for the bake that {@code ctx} describes. */
    List<Job> jobs(PageContext ctx);

    /**
     * Renders one or a few files of the site, and names them: the bake runs every job, the
     * preview only the job that writes the path a browser asks for. A job writes exactly the
     * paths it names (a page kept from the last build counts as written).
     */
    record Job(List<String> paths, Body body) {

        public Job {
            paths = List.copyOf(paths);
        }

        /** The job that writes the one file {@code path}. */
        public static Job of(String path, Body body) {
            return new Job(List.of(path), body);
        }

        /** The job that writes the files {@code paths}. */
        public static Job of(List<String> paths, Body body) {
            return new Job(paths, body);
        }

        public void run(Output out) throws java.io.IOException {
            body.run(out);
        }
    }

    /** What a job does: renders its files into {@code out}. */
    @FunctionalInterface
    interface Body {
        void run(Output out) throws java.io.IOException;
    }
}
