package no.scorebake.map;

/** One edge of a box where arrows leave or enter it: the top or the bottom. */
record BoxEdge(Objective box, boolean top) {
}
