package no.scorebake.map;

/** The free space between two boxes of a row (or a box and the edge of the box area), {@code left} to {@code right}. */
record Gap(double left, double right) {
}
