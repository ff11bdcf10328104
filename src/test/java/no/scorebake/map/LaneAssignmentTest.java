package no.scorebake.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import no.scorebake.map.LaneAssignment.Lanes;
import no.scorebake.map.LaneAssignment.Segment;
import no.scorebake.map.LaneAssignment.Stub;
import org.junit.jupiter.api.Test;

/**
 * Small channels worked out by hand. Lane 0 is the top lane; a stub going up leaves the channel
 * upward (to a box or gap above), a stub going down leaves it downward.
 */
class LaneAssignmentTest {

    static final boolean UP = true;
    static final boolean DOWN = false;

    static Segment segment(int order, double x0, boolean up0, double x1, boolean up1) {
        return new Segment(order, new Stub(x0, up0), new Stub(x1, up1));
    }

    @Test
    void anEmptyChannelHasNoLanes() {
        assertEquals(new Lanes(0, List.of()), LaneAssignment.assign(List.of()));
    }

    @Test
    void segmentsFarApartShareALane() {
        // 50 to 100 is more than the 10 units two segments in one lane keep apart.
        Segment a = segment(0, 0, DOWN, 50, DOWN);
        Segment b = segment(1, 100, DOWN, 150, DOWN);
        assertEquals(new Lanes(1, List.of(0, 0)), LaneAssignment.assign(List.of(a, b)));
    }

    @Test
    void segmentsCloserThanTheLaneSeparationGetTwoLanes() {
        // b starts 5 units after a ends: too close for one lane; no stub meets the other segment,
        // so the left edge decides: a first.
        Segment a = segment(0, 0, DOWN, 50, DOWN);
        Segment b = segment(1, 55, DOWN, 100, DOWN);
        assertEquals(new Lanes(2, List.of(0, 1)), LaneAssignment.assign(List.of(a, b)));
    }

    @Test
    void aSegmentWhoseStubGoesUpAcrossAnotherLiesAboveIt() {
        // a starts further right, but its stub at 50 goes up through b's span (0..100), and b's
        // stub at 100 goes down through a's span (50..200): with a above b, neither crosses.
        Segment b = segment(0, 0, DOWN, 100, DOWN);
        Segment a = segment(1, 50, UP, 200, DOWN);
        assertEquals(0, LaneAssignment.crossings(a, b));
        assertEquals(2, LaneAssignment.crossings(b, a));
        assertEquals(new Lanes(2, List.of(1, 0)), LaneAssignment.assign(List.of(b, a)));
    }

    @Test
    void whenEveryOrderCrossesOneCrossingIsLeft() {
        // a's stub at 100 goes up through b (so a had better lie above b), b's stub at 50 goes up
        // through a (so b had better lie above a): either way one stub crosses one segment.
        // The left edge places a first; swapping the lanes would not cross less.
        Segment a = segment(0, 0, DOWN, 100, UP);
        Segment b = segment(1, 50, UP, 200, DOWN);
        assertEquals(1, LaneAssignment.crossings(a, b));
        assertEquals(1, LaneAssignment.crossings(b, a));
        assertEquals(new Lanes(2, List.of(0, 1)), LaneAssignment.assign(List.of(a, b)));
    }

    @Test
    void stubsAtOneXWeighAThousand() {
        // a goes up at 100 where b comes down at 100: with b above a, the two arrows would run
        // on top of each other in both places, so b must lie below a.
        Segment a = segment(0, 0, DOWN, 100, UP);
        Segment b = segment(1, 100, DOWN, 200, DOWN);
        assertEquals(0, LaneAssignment.crossings(a, b));
        assertEquals(2000, LaneAssignment.crossings(b, a));
        assertEquals(new Lanes(2, List.of(0, 1)), LaneAssignment.assign(List.of(a, b)));
    }

    @Test
    void swappingLanesTakesAwayACrossingTheLeftEdgeLeft() {
        // a and b both leave downward at x 0, so they share that vertical line in either order
        // (1000 each way). Besides, b's stub at 50 goes up through a when a lies above, and
        // nothing crosses when b lies above: 1001 against 1000. The left edge, stuck in that
        // cycle, takes a first; the swap puts b on top.
        Segment a = segment(0, 0, DOWN, 200, DOWN);
        Segment b = segment(1, 0, DOWN, 50, UP);
        assertEquals(1001, LaneAssignment.crossings(a, b));
        assertEquals(1000, LaneAssignment.crossings(b, a));
        assertEquals(new Lanes(2, List.of(1, 0)), LaneAssignment.assign(List.of(a, b)));
    }
}
