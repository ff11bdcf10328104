package no.scorebake.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns routed arrows into polylines once the {@link Layout} knows every height: the x's of the
 * vertical parts from the {@link Router}, the y of each horizontal part from its lane (or the
 * middle of the channel where the arrow goes straight through it), and no point that adds nothing.
 */
final class ArrowPoints {

    private ArrowPoints() {
    }

    static void build(Layout layout, List<Route> routes) {
        for (Route r : routes) {
            if (!r.direct) {
                r.points = simplify(polyline(layout, r));
            }
        }
        for (Route r : routes) {
            if (r.direct) {
                Row row = layout.rows.get(r.from.row);
                double y = row.y + row.h / 2 + r.directOffset;
                boolean right = r.to.col > r.from.col;
                r.points.add(new Point(right ? r.from.x + r.from.w : r.from.x, y));
                r.points.add(new Point(right ? r.to.x : r.to.x + r.to.w, y));
            }
        }
    }

    private static List<Point> polyline(Layout layout, Route r) {
        List<Point> p = new ArrayList<>();
        Row from = layout.rows.get(r.from.row);
        Row to = layout.rows.get(r.to.row);
        p.add(new Point(r.xs[0], r.startTop ? from.y : from.y + from.h));
        for (int i = 0; i < r.legs.size(); i++) {
            Route.Leg leg = r.legs.get(i);
            double y = r.xs[i] == r.xs[i + 1] ? layout.channelMiddle(leg.channel) : layout.laneY(leg.channel, leg.lane);
            p.add(new Point(r.xs[i], y));
            p.add(new Point(r.xs[i + 1], y));
        }
        p.add(new Point(r.xs[r.xs.length - 1], r.endTop ? to.y : to.y + to.h));
        return p;
    }

    /** Leaves out repeated points and the middle one of three in a line. */
    static List<Point> simplify(List<Point> in) {
        List<Point> out = new ArrayList<>();
        for (Point pt : in) {
            if (!out.isEmpty()) {
                Point last = out.get(out.size() - 1);
                if (last.x() == pt.x() && last.y() == pt.y()) {
                    continue;
                }
                if (out.size() >= 2) {
                    Point prev = out.get(out.size() - 2);
                    boolean vertical = prev.x() == last.x() && last.x() == pt.x();
                    boolean horizontal = prev.y() == last.y() && last.y() == pt.y();
                    if (vertical || horizontal) {
                        out.set(out.size() - 1, pt);
                        continue;
                    }
                }
            }
            out.add(pt);
        }
        return out;
    }
}
