package no.scorebake.model;

/** An id as written in a file, with its place, so a reference that does not resolve can be reported there. */
public record Ref(String text, Pos pos) {
}
