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

    /**
     * Renders {@code template} with {@code model} and prints it as a PDF of {@code month} into the
     * site's {@code path} (a unit's monthly report, {@link MonthReport}).
     */
    default void pdf(String template, String path, PageModel model, YearMonth month) throws IOException {
        throw new UnsupportedOperationException("this output prints no PDF");
    }

    /**
     * Keeps the file {@code path} that an earlier build left in the output as it is, whatever
     * changed since: a monthly report once published stays the report that was sent. False when
     * there is no such file; an output that remembers nothing keeps nothing.
     */
    default boolean carry(String path) {
        return false;
    }

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

    /**
     * As {@link #keep(YearMonth, String...)} for the files of {@code unit}'s page of
     * {@code month}, keyed by the inputs that unit draws on rather than the whole model, and by
     * {@code shown}: the text of everything else the page shows of other units (a parent's
     * score), so another unit's changed scorecard keeps the page when nothing it shows changed.
     */
    default boolean keepUnitMonth(YearMonth month, String unit, String shown, String... paths) {
        return keep(month, paths);
    }

    /**
     * As {@link #keep(String, String, String)} for a page of {@code unit}, keyed by the inputs
     * that unit draws on rather than the whole model.
     */
    default boolean keep(String unit, String template, String path, String text) {
        return keep(template, path, text);
    }

    /**
     * Keeps the page {@code path} as the last build left it when it would come out the same:
     * when its key, a hash of {@code text} (everything the page's model holds, in full), the
     * template, the path and the undated inputs (model, theme, content, scorebake itself), is
     * the key the last build recorded for that page, and the file is untouched. False when the
     * page must be rendered with {@link #page}; its key is recorded for the next build either way.
     * An output that remembers nothing keeps nothing.
     */
    default boolean keep(String template, String path, String text) {
        return false;
    }
}
