package no.scorebake.map;

import static no.scorebake.map.StrategyMap.LANE_SEP;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Gives the horizontal segments of one channel their lanes, lane 0 at the top, by the constrained
 * left-edge algorithm of VLSI channel routing, then swaps lanes and moves single segments where
 * that makes fewer arrows cross. A pure function of its input: it knows nothing of boxes or
 * coordinates other than the x's of the segments and their stubs.
 *
 * <p>Two segments share a lane only when they lie at least {@value StrategyMap#LANE_SEP} units
 * apart. Where a stub of one segment (its vertical part, going up or down out of the channel)
 * meets the other segment, the one whose stub goes up there is put above the other when possible:
 * otherwise the stub crosses the other segment. When the two stubs are at the same x the order
 * is a must, or the two arrows would run on top of each other.
 */
final class LaneAssignment {

    private LaneAssignment() {
    }

    /** The vertical part of an arrow at one end of a segment: its x, and whether it leaves the channel upward. */
    record Stub(double x, boolean up) {
    }

    /**
     * A horizontal part of an arrow in the channel.
     *
     * @param order the arrow's order, which breaks ties between segments that start at the same x
     * @param first the stub where the arrow enters the segment
     * @param last  the stub where it leaves
     */
    record Segment(int order, Stub first, Stub last) {

        double lo() {
            return Math.min(first.x(), last.x());
        }

        double hi() {
            return Math.max(first.x(), last.x());
        }

        Stub stub(int k) {
            return k == 0 ? first : last;
        }

        /** Whether {@code x} is (within a unit) the x of one of this segment's stubs. */
        boolean hasStubAt(double x) {
            return Math.abs(x - first.x()) < 1 || Math.abs(x - last.x()) < 1;
        }
    }

    /**
     * The outcome.
     *
     * @param laneCount how many lanes the channel needs
     * @param lanes     the lane of each segment, in the order they were given
     */
    record Lanes(int laneCount, List<Integer> lanes) {
    }

    /** A segment while it waits for its lane and after it has one. */
    private static final class Placing {
        final Segment segment;
        int lane = -1;
        /** Segments that must lie above this one, or two arrows would share a vertical line. */
        final List<Placing> mustBeAbove = new ArrayList<>();
        /** Segments that had better lie above this one, or two arrows cross. */
        final List<Placing> above = new ArrayList<>();

        Placing(Segment segment) {
            this.segment = segment;
        }
    }

    static Lanes assign(List<Segment> input) {
        List<Placing> segments = new ArrayList<>();
        for (Segment s : input) {
            segments.add(new Placing(s));
        }
        orderAll(segments);
        int laneCount = leftEdge(segments);
        improveByLaneSwaps(segments, laneCount);
        improveByMoves(segments, laneCount);
        return new Lanes(laneCount, segments.stream().map(p -> p.lane).toList());
    }

    /** Notes for every two segments which one should (or must) lie above the other. */
    private static void orderAll(List<Placing> segments) {
        for (Placing s : segments) {
            for (Placing t : segments) {
                if (s == t) {
                    continue;
                }
                for (int k = 0; k < 2; k++) {
                    Stub stub = s.segment.stub(k);
                    if (stub.x() >= t.segment.lo() - 1 && stub.x() <= t.segment.hi() + 1) {
                        boolean hard = t.segment.hasStubAt(stub.x());
                        Placing lower = stub.up() ? t : s;
                        Placing upper = stub.up() ? s : t;
                        List<Placing> list = hard ? lower.mustBeAbove : lower.above;
                        if (!list.contains(upper)) {
                            list.add(upper);
                        }
                    }
                }
            }
        }
    }

    /**
     * Fills lanes top to bottom, each from the left with the segments whose betters above are all
     * placed; returns the number of lanes used.
     */
    private static int leftEdge(List<Placing> segments) {
        List<Placing> left = new ArrayList<>(segments);
        left.sort(Comparator.<Placing>comparingDouble(s -> s.segment.lo()).thenComparingInt(s -> s.segment.order()));
        int lane = 0;
        while (!left.isEmpty()) {
            List<Placing> ready = new ArrayList<>();
            for (Placing s : left) {
                if (placed(s.mustBeAbove) && placed(s.above)) {
                    ready.add(s);
                }
            }
            if (ready.isEmpty()) {
                // A cycle: some arrows must cross. Place the segment that waits for the fewest
                // others (but never before one it would otherwise overlap).
                Placing best = null;
                int fewest = Integer.MAX_VALUE;
                for (Placing s : left) {
                    int waiting = (int) s.above.stream().filter(p -> p.lane < 0).count();
                    if (placed(s.mustBeAbove) && waiting < fewest) {
                        best = s;
                        fewest = waiting;
                    }
                }
                if (best != null) {
                    ready.add(best);
                }
            }
            if (ready.isEmpty()) {
                ready.add(left.get(0));
            }
            double end = Double.NEGATIVE_INFINITY;
            for (Placing s : ready) {
                if (s.segment.lo() >= end + LANE_SEP) {
                    s.lane = lane;
                    end = s.segment.hi();
                }
            }
            left.removeIf(s -> s.lane >= 0);
            lane++;
        }
        return lane;
    }

    /** Swaps neighbouring lanes as long as that makes fewer arrows cross (and none overlap). */
    private static void improveByLaneSwaps(List<Placing> segments, int lanes) {
        List<List<Placing>> byLane = new ArrayList<>();
        for (int l = 0; l < lanes; l++) {
            byLane.add(new ArrayList<>());
        }
        for (Placing s : segments) {
            byLane.get(s.lane).add(s);
        }
        for (int pass = 0; pass < 2 * lanes; pass++) {
            boolean improved = false;
            for (int l = 0; l + 1 < lanes; l++) {
                int delta = 0;
                for (Placing a : byLane.get(l)) {
                    for (Placing b : byLane.get(l + 1)) {
                        delta += crossings(b.segment, a.segment) - crossings(a.segment, b.segment);
                    }
                }
                if (delta < 0) {
                    List<Placing> upper = byLane.get(l);
                    byLane.set(l, byLane.get(l + 1));
                    byLane.set(l + 1, upper);
                    improved = true;
                }
            }
            if (!improved) {
                break;
            }
        }
        for (int l = 0; l < lanes; l++) {
            for (Placing s : byLane.get(l)) {
                s.lane = l;
            }
        }
    }

    /** Moves single segments to another lane where they fit and cross less. */
    private static void improveByMoves(List<Placing> segments, int lanes) {
        for (int pass = 0; pass < 4; pass++) {
            boolean improved = false;
            for (Placing s : segments) {
                int bestLane = s.lane;
                int best = cost(s, s.lane, segments);
                for (int l = 0; l < lanes; l++) {
                    if (l != s.lane && fitsLane(s, l, segments)) {
                        int c = cost(s, l, segments);
                        if (c < best) {
                            best = c;
                            bestLane = l;
                        }
                    }
                }
                if (bestLane != s.lane) {
                    s.lane = bestLane;
                    improved = true;
                }
            }
            if (!improved) {
                break;
            }
        }
    }

    /** How many times segment {@code s} would cross the others if it lay in {@code lane}. */
    private static int cost(Placing s, int lane, List<Placing> segments) {
        int n = 0;
        for (Placing t : segments) {
            if (t != s && t.lane != lane) {
                n += t.lane < lane ? crossings(t.segment, s.segment) : crossings(s.segment, t.segment);
            }
        }
        return n;
    }

    private static boolean fitsLane(Placing s, int lane, List<Placing> segments) {
        for (Placing t : segments) {
            if (t != s && t.lane == lane && t.segment.lo() < s.segment.hi() + LANE_SEP
                    && s.segment.lo() < t.segment.hi() + LANE_SEP) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many times segment {@code lower} and its stubs cross {@code upper} and its stubs when
     * {@code upper} lies above it; 1000 for each place where two stubs would run on top of each other.
     */
    static int crossings(Segment upper, Segment lower) {
        int n = 0;
        for (int k = 0; k < 2; k++) {
            Stub below = lower.stub(k);
            if (below.up() && below.x() > upper.lo() - 1 && below.x() < upper.hi() + 1) {
                n += upper.hasStubAt(below.x()) ? 1000 : 1;
            }
            Stub over = upper.stub(k);
            if (!over.up() && over.x() > lower.lo() - 1 && over.x() < lower.hi() + 1) {
                n += lower.hasStubAt(over.x()) ? 1000 : 1;
            }
        }
        return n;
    }

    private static boolean placed(List<Placing> segments) {
        for (Placing s : segments) {
            if (s.lane < 0) {
                return false;
            }
        }
        return true;
    }
}
