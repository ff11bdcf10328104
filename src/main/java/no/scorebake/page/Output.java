package no.scorebake.page;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

/**
 * Where the jobs of a {@link PageType} put their files. The bake implements it over its output
 * folder and the theme's templates; the page types know nothing of either.
 */
public interface Output {

    /** Renders {@code template} (e.g. "scorecard.ftlh") with {@code model} into the site's {@code path}. */
    void page(String template, String path, PageModel model) throws IOException;

    /** Writes a file that is not a page (an export, a chart, a script). */
    void file(String path, byte[] bytes) throws IOException;

    /** Writes a text file in UTF-8. */
    default void file(String path, String text) throws IOException {
        file(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Keeps {@code paths}, the files that show {@code month}, as the last build left them, when
     * nothing they show has changed since and the files are untouched; false when they must be
     * rendered again.
     */
    boolean keep(YearMonth month, String... paths);
}
