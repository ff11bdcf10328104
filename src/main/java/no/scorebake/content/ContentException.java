package no.scorebake.content;

/** Text that cannot be turned into HTML; the message is for the user and names no Java class. */
public final class ContentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ContentException(String message) {
        super(message);
    }
}
