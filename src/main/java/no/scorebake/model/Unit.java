package no.scorebake.model;

import java.util.List;

/** A unit of the organisation tree (department, section …), with its sub-units in file order. */
public record Unit(String id, String name, String leader, String coordinator, String parent,
                   List<Unit> units, Pos pos) {
}
