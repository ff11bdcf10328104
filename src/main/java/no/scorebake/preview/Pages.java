package no.scorebake.preview;

import java.io.IOException;

/** What the preview server serves: the files of a site by their site-relative address, made when asked for. */
interface Pages {

    /**
     * The bytes of the file at {@code path} (site-relative, such as {@code 820/index.html});
     * null when the site has no such file.
     *
     * @throws no.scorebake.problem.InputException with the problem's lines when the file cannot be made (a theme's template fails)
     * @throws IOException when it cannot be read
     */
    byte[] file(String path) throws IOException;

    /** Whether {@code path} (site-relative, without a trailing slash) is a folder of the site. */
    boolean folder(String path);
}
