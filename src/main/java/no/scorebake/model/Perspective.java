package no.scorebake.model;

/** A horizontal band of the strategy map. */
public record Perspective(String id, String name, Pos pos) {
}
