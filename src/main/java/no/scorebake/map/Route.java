package no.scorebake.map;

import java.util.ArrayList;
import java.util.List;

/**
 * One arrow from cause to effect and the way the {@link Router} finds for it. An arrow between
 * neighbouring boxes of one row is {@code direct}: it goes straight across the gap and uses no
 * channel. Any other arrow runs through channels (one horizontal {@link Leg} in each), passing the
 * rows in between through one gap each ({@code passes}); {@code xs} holds the x of each vertical
 * part: the start port, the x in each gap passed, the end port.
 */
final class Route {

    final int order;
    final Objective from;
    final Objective to;
    boolean direct;
    /** How far above (negative) or below the middle of the row a direct arrow runs, when a second one goes back. */
    double directOffset;
    boolean startTop;
    boolean endTop;
    List<Leg> legs = List.of();
    List<Pass> passes = List.of();
    /** The x of each vertical part as first planned: the box centres and the x chosen in each gap. */
    double[] approx = new double[0];
    double[] xs;
    List<Point> points = new ArrayList<>();

    /** The horizontal part of a route in one channel, and the lane the {@link LaneAssignment} gives it. */
    static final class Leg {
        final int channel;
        int lane;

        Leg(int channel) {
            this.channel = channel;
        }
    }

    Route(int order, Objective from, Objective to) {
        this.order = order;
        this.from = from;
        this.to = to;
    }

    boolean goesUp() {
        return to.row < from.row;
    }

    boolean inOneRow() {
        return to.row == from.row;
    }
}
