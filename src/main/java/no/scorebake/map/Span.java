package no.scorebake.map;

/** An interval of x coordinates that an arrow uses in a channel, {@code lo} to {@code hi}. */
record Span(double lo, double hi) {

    boolean overlaps(double otherLo, double otherHi) {
        return lo < otherHi && otherLo < hi;
    }
}
