package no.scorebake.bake;

/**
 * What a long bake tells the person waiting: each phase with its count and time, and how far
 * rendering has come. Implementations decide how (a live bar on a terminal, plain lines in a
 * log, nothing with {@code --quiet}); the bake only reports.
 */
public interface Progress {

    /** Says nothing. */
    Progress QUIET = new Progress() {
        @Override
        public void finished(String phase, String counted, long millis) {
        }

        @Override
        public void advance(int done, int total) {
        }
    };

    /** A phase ended: "rendering", "193 pages", 1 740 ms. */
    void finished(String phase, String counted, long millis);

    /** Rendering has done {@code done} of {@code total} pages and charts; called often, from many threads. */
    void advance(int done, int total);
}
