package no.scorebake.map;

import java.util.ArrayList;
import java.util.List;

/** One row of boxes in a band (a band with many objectives has several), and the gaps around its boxes. */
final class Row {

    final int band;
    final List<Objective> objectives = new ArrayList<>();
    /** The least width of each gap, left to right: raised when many arrows pass through it. */
    double[] minGap;
    /** The gaps as placed, left to right; one more than there are boxes. */
    List<Gap> gaps = List.of();
    double y;
    double h;

    Row(int band) {
        this.band = band;
    }
}
