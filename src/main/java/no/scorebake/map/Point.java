package no.scorebake.map;

/** A point of an arrow's polyline, in the map's user units. */
record Point(double x, double y) {
}
