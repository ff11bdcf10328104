package no.scorebake.map;

/**
 * A cause–effect link: objective {@code from} drives objective {@code to}.
 *
 * @param from the id of the cause
 * @param to   the id of the effect
 */
public record Link(String from, String to) {
}
