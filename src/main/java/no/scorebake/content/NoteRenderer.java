package no.scorebake.content;

import java.io.File;
import no.scorebake.model.Note;
import no.scorebake.problem.InputException;

/**
 * Turns the Markdown of a note ({@code content/comments/<period>/<unit>/<kpi>.md}, which has no
 * header) into sanitised HTML, with exactly the Markdown settings of the editorial pages (JBake's
 * Markdown engine, {@link JBakeEngines#MARKDOWN_EXTENSIONS}) and the same {@link HtmlSanitizer}.
 * One instance can be shared; {@link #render} is thread-safe and depends only on its argument.
 */
public final class NoteRenderer {

    private final JBakeEngines jbake = new JBakeEngines(new File("."));

    /**
     * The note's text as safe HTML.
     *
     * @throws InputException at the note's file when the text cannot be rendered (nested too deeply)
     */
    public String render(Note note) {
        try {
            return render(note.markdown());
        } catch (ContentException e) {
            throw new InputException(note.pos(), e.getMessage());
        }
    }

    /**
     * Markdown as safe HTML; line breaks may be CRLF or LF.
     *
     * @throws ContentException when the text cannot be rendered (nested too deeply)
     */
    public String render(String markdown) {
        String text = markdown == null ? "" : markdown.replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return HtmlSanitizer.sanitize(jbake.markdownToHtml(text));
    }
}
