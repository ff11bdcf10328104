package no.scorebake.page;

/** A link as a template needs it: where to and what to call it; {@code current} marks the page itself. */
public record Link(String href, String label, boolean current) {

    public Link(String href, String label) {
        this(href, label, false);
    }
}
