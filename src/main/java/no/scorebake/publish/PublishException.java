package no.scorebake.publish;

/** A publish or rollback that may not go ahead; nothing was changed. The message says why, for a person. */
public final class PublishException extends Exception {
    private static final long serialVersionUID = 1L;

    public PublishException(String message) {
        super(message);
    }
}
