package no.scorebake.map;

/** Where an arrow passes a row on its way further up or down: the row's index and the index of the gap it uses. */
record Pass(int row, int gap) {
}
