package no.scorebake.content;

import java.util.List;
import no.scorebake.problem.InputException;

/**
 * Text that cannot be turned into HTML; the message is for the user and names no Java class.
 * Where the text's file is known the reader turns it into a problem at that file; otherwise it
 * is shown as it is, as every input problem is.
 */
public final class ContentException extends InputException {

    private static final long serialVersionUID = 1L;

    public ContentException(String message) {
        super(List.of(message));
    }
}
