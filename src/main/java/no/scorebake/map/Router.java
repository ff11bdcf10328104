package no.scorebake.map;

import static no.scorebake.map.StrategyMap.DIRECT_OFFSET;
import static no.scorebake.map.StrategyMap.GAP_LANE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the way of every arrow through the channels and gaps of a {@link Layout} whose rows are
 * placed: which channels and gaps it uses, the x of each of its vertical parts (ports on the box
 * edges and lanes in the gaps), and the lane of each of its horizontal parts. The y's come later,
 * from {@link ArrowPoints}, once the heights are known.
 */
final class Router {

    /** An arrow whose two ends are at most this far apart sideways is made straight, if it can be. */
    static final double STRAIGHTEN = 30;

    private final Layout layout;
    private final List<Route> routes = new ArrayList<>();
    private final Map<BoxEdge, List<End>> ports = new LinkedHashMap<>();
    private int[] lanes;

    /** One end of an arrow at a box edge, to be given an x; {@code key} is where the arrow heads. */
    private record End(Route route, boolean start, double key) {
    }

    /** Where an arrow passes a gap, waiting for its x there: {@code index} is the vertical part's index in its route. */
    private record GapUse(Route route, int index, double middle) {
    }

    /** The arrows' ends, as objectives, to leave out repeated links. */
    private record Ends(Objective from, Objective to) {
    }

    /** A horizontal part of a route in one channel, waiting for its lane. */
    private record Waiting(Route.Leg leg, LaneAssignment.Segment segment) {
    }

    Router(Layout layout) {
        this.layout = layout;
    }

    /** The routes, in the order of the links they draw. */
    List<Route> routes() {
        return routes;
    }

    /** The number of lanes of each channel. */
    int[] lanes() {
        return lanes;
    }

    /** Routes every link between two known, different objectives once. */
    Router route(List<Link> links) {
        Map<String, Objective> byId = new HashMap<>();
        for (Objective o : layout.objectives) {
            byId.putIfAbsent(o.id, o);
        }
        Set<Ends> seen = new HashSet<>();
        for (Link link : links) {
            Objective from = byId.get(link.from() == null ? "" : link.from());
            Objective to = byId.get(link.to() == null ? "" : link.to());
            if (from == null || to == null || from == to || link.from() == null || link.to() == null
                    || !seen.add(new Ends(from, to))) {
                continue;
            }
            routes.add(new Route(routes.size(), from, to));
        }
        planChannels();
        assignPorts();
        assignGapLanes();
        new VerticalSeparation(layout.rows, routes).separate();
        for (Route r : routes) {
            for (int i = 0; r.xs != null && i + 1 < r.xs.length; i++) {
                if (Math.abs(r.xs[i + 1] - r.xs[i]) < 1) {
                    r.xs[i + 1] = r.xs[i];
                }
            }
        }
        lanes = new int[layout.channelCount()];
        for (int c = 0; c < lanes.length; c++) {
            lanes[c] = assignLanes(c);
        }
        return this;
    }

    /**
     * Chooses the channels and gaps of every arrow, and its approximate x's: the gap that makes the
     * way shortest in every row passed; for an arrow within one row, the channel above or below
     * the row, whichever is less used.
     */
    private void planChannels() {
        List<List<Span>> used = new ArrayList<>();
        for (int c = 0; c < layout.channelCount(); c++) {
            used.add(new ArrayList<>());
        }
        List<Route> sameRow = new ArrayList<>();
        for (Route r : routes) {
            Objective a = r.from;
            Objective b = r.to;
            if (r.inOneRow()) {
                if (Math.abs(a.col - b.col) == 1) {
                    r.direct = true;
                } else {
                    sameRow.add(r);
                }
                continue;
            }
            boolean up = r.goesUp();
            int span = Math.abs(a.row - b.row);
            r.approx = new double[span + 1];
            List<Pass> passes = new ArrayList<>();
            List<Route.Leg> legs = new ArrayList<>();
            for (int i = 0; i < span; i++) {
                legs.add(new Route.Leg(up ? a.row - i : a.row + 1 + i));
            }
            r.legs = List.copyOf(legs);
            r.startTop = up;
            r.endTop = !up;
            double prev = a.cx();
            r.approx[0] = a.cx();
            for (int i = 0; i < span - 1; i++) {
                int m = up ? a.row - 1 - i : a.row + 1 + i;
                double ideal = a.cx() + (b.cx() - a.cx()) * (i + 1) / span;
                List<Gap> gaps = layout.rows.get(m).gaps;
                int best = 0;
                double bestCost = Double.MAX_VALUE;
                double bestX = 0;
                for (int g = 0; g < gaps.size(); g++) {
                    double x = clamp(ideal, gaps.get(g).left() + GAP_LANE, gaps.get(g).right() - GAP_LANE);
                    double cost = Math.abs(x - prev) + Math.abs(x - b.cx());
                    if (cost < bestCost - 1e-9) {
                        bestCost = cost;
                        best = g;
                        bestX = x;
                    }
                }
                passes.add(new Pass(m, best));
                r.approx[i + 1] = bestX;
                prev = bestX;
            }
            r.passes = List.copyOf(passes);
            r.approx[span] = b.cx();
            for (int i = 0; i < span; i++) {
                used.get(r.legs.get(i).channel).add(new Span(Math.min(r.approx[i], r.approx[i + 1]), Math.max(r.approx[i], r.approx[i + 1])));
            }
        }
        for (Route r : sameRow) {
            double lo = Math.min(r.from.cx(), r.to.cx());
            double hi = Math.max(r.from.cx(), r.to.cx());
            int above = r.from.row;
            int below = r.from.row + 1;
            boolean useAbove = overlaps(used.get(above), lo, hi) <= overlaps(used.get(below), lo, hi);
            int c = useAbove ? above : below;
            r.legs = List.of(new Route.Leg(c));
            r.approx = new double[] {r.from.cx(), r.to.cx()};
            r.startTop = useAbove;
            r.endTop = useAbove;
            used.get(c).add(new Span(lo, hi));
        }
        Set<Ends> direct = new HashSet<>();
        for (Route r : routes) {
            if (r.direct) {
                direct.add(new Ends(r.from, r.to));
            }
        }
        for (Route r : routes) {
            if (r.direct && direct.contains(new Ends(r.to, r.from))) {
                r.directOffset = r.from.col < r.to.col ? -DIRECT_OFFSET : DIRECT_OFFSET;
            }
        }
    }

    private static int overlaps(List<Span> spans, double lo, double hi) {
        int n = 0;
        for (Span s : spans) {
            if (s.overlaps(lo, hi)) {
                n++;
            }
        }
        return n;
    }

    private static double clamp(double v, double lo, double hi) {
        return hi < lo ? (lo + hi) / 2 : Math.max(lo, Math.min(hi, v));
    }

    private List<End> edge(Objective box, boolean top) {
        return ports.computeIfAbsent(new BoxEdge(box, top), k -> new ArrayList<>());
    }

    /** Spreads the arrows at each box edge evenly along it, ordered by where they head. */
    private void assignPorts() {
        for (Route r : routes) {
            if (r.direct) {
                continue;
            }
            int last = r.approx.length - 1;
            edge(r.from, r.startTop).add(new End(r, true, r.approx[1]));
            edge(r.to, r.endTop).add(new End(r, false, r.approx[last - 1]));
            r.xs = new double[r.approx.length];
        }
        Comparator<End> order = Comparator.comparingDouble(End::key)
                .thenComparingInt(e -> e.route().order).thenComparing(e -> !e.start());
        for (Map.Entry<BoxEdge, List<End>> e : ports.entrySet()) {
            Objective n = e.getKey().box();
            List<End> ends = e.getValue();
            ends.sort(order);
            for (int i = 0; i < ends.size(); i++) {
                End end = ends.get(i);
                double x = Math.round((n.x + n.w * (i + 1) / (ends.size() + 1)) * 2) / 2.0;
                end.route().xs[end.start() ? 0 : end.route().xs.length - 1] = x;
            }
        }
        straighten();
    }

    /**
     * An arrow between boxes of neighbouring rows whose ends nearly line up goes straight: one
     * end moves along its edge to the other's x, if it keeps its distance from the other
     * arrows at that edge. A lone arrow between boxes that overlap goes straight too.
     */
    private void straighten() {
        for (Route r : routes) {
            if (r.direct || !r.passes.isEmpty() || r.inOneRow()) {
                continue;
            }
            List<End> a = edge(r.from, r.startTop);
            List<End> b = edge(r.to, r.endTop);
            double lo = Math.max(r.from.x, r.to.x) + 14;
            double hi = Math.min(r.from.x + r.from.w, r.to.x + r.to.w) - 14;
            if (a.size() == 1 && b.size() == 1 && lo <= hi) {
                double x = Math.round((lo + hi) / 2);
                r.xs[0] = x;
                r.xs[1] = x;
            }
        }
        for (Route r : routes) {
            if (r.direct || !r.passes.isEmpty() || r.inOneRow()) {
                continue;
            }
            int last = r.xs.length - 1;
            double dx = Math.abs(r.xs[0] - r.xs[last]);
            if (dx == 0 || dx > STRAIGHTEN) {
                continue;
            }
            if (fits(r.from, edge(r.from, r.startTop), r, r.xs[last])) {
                r.xs[0] = r.xs[last];
            } else if (fits(r.to, edge(r.to, r.endTop), r, r.xs[0])) {
                r.xs[last] = r.xs[0];
            }
        }
    }

    /** Whether an arrow's end at {@code edge} of {@code n} may move to {@code x} without passing or crowding another. */
    private static boolean fits(Objective n, List<End> edge, Route r, double x) {
        if (x < n.x + 10 || x > n.x + n.w - 10) {
            return false;
        }
        double from = 0;
        for (End e : edge) {
            if (e.route() == r) {
                from = r.xs[e.start() ? 0 : r.xs.length - 1];
            }
        }
        for (End e : edge) {
            if (e.route() != r) {
                double other = e.route().xs[e.start() ? 0 : e.route().xs.length - 1];
                boolean between = other > Math.min(from, x) && other < Math.max(from, x);
                if (Math.abs(other - x) < 12 || between) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Gives every arrow an x of its own in each gap it passes, {@value StrategyMap#GAP_LANE} apart where they fit. */
    private void assignGapLanes() {
        Map<Pass, List<GapUse>> gaps = new LinkedHashMap<>();
        for (Route r : routes) {
            for (int i = 0; i < r.passes.size(); i++) {
                double middle = (r.xs[0] + r.xs[r.xs.length - 1]) / 2;
                gaps.computeIfAbsent(r.passes.get(i), k -> new ArrayList<>()).add(new GapUse(r, i + 1, middle));
            }
        }
        for (Map.Entry<Pass, List<GapUse>> e : gaps.entrySet()) {
            Gap gap = layout.rows.get(e.getKey().row()).gaps.get(e.getKey().gap());
            double lo = gap.left() + GAP_LANE;
            double hi = gap.right() - GAP_LANE;
            List<GapUse> list = e.getValue();
            // One order for a route in every gap it passes (by the middle of its way), so that two
            // arrows never swap sides from one row to the next: that would make them overlap.
            list.sort(Comparator.comparingDouble(GapUse::middle).thenComparingInt(u -> u.route().order));
            int n = list.size();
            double[] xs = new double[n];
            if (hi - lo < (n - 1) * GAP_LANE) {
                double step = (gap.right() - gap.left()) / (n + 1);
                for (int i = 0; i < n; i++) {
                    xs[i] = gap.left() + (i + 1) * step;
                }
            } else {
                for (int i = 0; i < n; i++) {
                    xs[i] = clamp(list.get(i).middle(), lo, hi);
                    if (i > 0) {
                        xs[i] = Math.max(xs[i], xs[i - 1] + GAP_LANE);
                    }
                }
                for (int i = n - 1; i >= 0; i--) {
                    xs[i] = Math.min(xs[i], i == n - 1 ? hi : xs[i + 1] - GAP_LANE);
                }
            }
            for (int i = 0; i < n; i++) {
                GapUse u = list.get(i);
                u.route().xs[u.index()] = Math.round(xs[i] * 2) / 2.0;
            }
        }
    }

    /** Gives every horizontal part in channel {@code c} a lane; returns the number of lanes. */
    private int assignLanes(int c) {
        List<Waiting> waiting = new ArrayList<>();
        for (Route r : routes) {
            if (r.direct) {
                continue;
            }
            for (int i = 0; i < r.legs.size(); i++) {
                if (r.legs.get(i).channel != c) {
                    continue;
                }
                double x0 = r.xs[i];
                double x1 = r.xs[i + 1];
                if (x0 == x1) {
                    continue; // straight through: no lane
                }
                boolean firstUp = i == 0 ? !r.startTop : (!r.inOneRow() && !r.goesUp());
                boolean lastUp = i == r.legs.size() - 1 ? !r.endTop : (!r.inOneRow() && r.goesUp());
                waiting.add(new Waiting(r.legs.get(i), new LaneAssignment.Segment(r.order,
                        new LaneAssignment.Stub(x0, firstUp), new LaneAssignment.Stub(x1, lastUp))));
            }
        }
        LaneAssignment.Lanes result = LaneAssignment.assign(waiting.stream().map(Waiting::segment).toList());
        for (int k = 0; k < waiting.size(); k++) {
            waiting.get(k).leg().lane = result.lanes().get(k);
        }
        return result.laneCount();
    }
}
