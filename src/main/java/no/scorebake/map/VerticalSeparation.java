package no.scorebake.map;

import static no.scorebake.map.StrategyMap.GAP_LANE_MIN;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two arrows whose vertical parts meet a channel from opposite sides at (almost) the same x would
 * overlap whichever lanes they get. Row by row from the top, such a part of the lower row is moved
 * a little along its box edge or gap, as long as it keeps clear of the other arrows there.
 */
final class VerticalSeparation {

    /** The least distance between two vertical parts that meet one channel from opposite sides. */
    static final double SEPARATION = 8;

    private final List<Row> rows;
    private final List<Route> routes;

    /** A vertical part of an arrow in a row: a port on a box edge or a lane in a gap. */
    private static final class Vertical {
        final Route route;
        final int index;
        /** Whether it meets the channel above its row, and the one below. */
        final boolean top;
        final boolean bottom;
        /** How far it may move: the box edge or the gap, less a margin. */
        final double lo;
        final double hi;
        /** The vertical parts at the same box edge or in the same gap, itself included. */
        List<Vertical> siblings = List.of();

        Vertical(Route route, int index, boolean top, boolean bottom, double lo, double hi) {
            this.route = route;
            this.index = index;
            this.top = top;
            this.bottom = bottom;
            this.lo = lo;
            this.hi = hi;
        }

        double x() {
            return route.xs[index];
        }
    }

    VerticalSeparation(List<Row> rows, List<Route> routes) {
        this.rows = rows;
        this.routes = routes;
    }

    void separate() {
        List<List<Vertical>> byRow = new ArrayList<>();
        for (int t = 0; t < rows.size(); t++) {
            byRow.add(new ArrayList<>());
        }
        Map<BoxEdge, List<Vertical>> atEdge = new LinkedHashMap<>();
        Map<Pass, List<Vertical>> inGap = new LinkedHashMap<>();
        for (Route r : routes) {
            if (r.direct) {
                continue;
            }
            int last = r.xs.length - 1;
            Vertical a = new Vertical(r, 0, r.startTop, !r.startTop, r.from.x + 4, r.from.x + r.from.w - 4);
            Vertical b = new Vertical(r, last, r.endTop, !r.endTop, r.to.x + 4, r.to.x + r.to.w - 4);
            byRow.get(r.from.row).add(a);
            byRow.get(r.to.row).add(b);
            atEdge.computeIfAbsent(new BoxEdge(r.from, r.startTop), k -> new ArrayList<>()).add(a);
            atEdge.computeIfAbsent(new BoxEdge(r.to, r.endTop), k -> new ArrayList<>()).add(b);
            for (int i = 0; i < r.passes.size(); i++) {
                Pass pass = r.passes.get(i);
                Gap gap = rows.get(pass.row()).gaps.get(pass.gap());
                Vertical v = new Vertical(r, i + 1, true, true, gap.left() + 3, gap.right() - 3);
                byRow.get(pass.row()).add(v);
                inGap.computeIfAbsent(pass, k -> new ArrayList<>()).add(v);
            }
        }
        for (List<Vertical> group : atEdge.values()) {
            group.forEach(v -> v.siblings = group);
        }
        for (List<Vertical> group : inGap.values()) {
            group.forEach(v -> v.siblings = group);
        }
        for (int t = 1; t < rows.size(); t++) {
            List<Vertical> upper = byRow.get(t - 1).stream().filter(v -> v.bottom).toList();
            for (Vertical v : byRow.get(t)) {
                if (!v.top || !clashes(v, v.x(), upper)) {
                    continue;
                }
                for (int k = 1; k <= 8; k++) {
                    double x = v.x() + (k % 2 == 1 ? 1 : -1) * ((k + 1) / 2) * SEPARATION / 2;
                    if (x >= v.lo && x <= v.hi && !clashes(v, x, upper) && !crowds(v, x)) {
                        v.route.xs[v.index] = x;
                        break;
                    }
                }
            }
        }
    }

    private static boolean clashes(Vertical v, double x, List<Vertical> others) {
        for (Vertical o : others) {
            if (o.route != v.route && Math.abs(o.x() - x) < SEPARATION) {
                return true;
            }
        }
        return false;
    }

    private static boolean crowds(Vertical v, double x) {
        for (Vertical o : v.siblings) {
            if (o != v && Math.abs(o.x() - x) < GAP_LANE_MIN - 1) {
                return true;
            }
        }
        return false;
    }
}
