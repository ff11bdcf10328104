package no.scorebake.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Draws a unit's strategy map as one inline SVG element: perspectives as horizontal bands, top to
 * bottom in the given order, objectives as boxes coloured <em>and</em> labelled by status (symbol,
 * word, score), each linking to its place in the scorecard, and cause–effect arrows between them.
 *
 * <p>The SVG is self-contained (no scripts, no external resources; a small {@code <style>} inside
 * it only draws the focus ring and hover state of the links), carries a {@code <title>} and a
 * {@code <desc>} that says in words everything the picture shows (each band with its objectives,
 * their status, and what drives what), and is deterministic: the same {@link MapData} gives the
 * same string. All user text is cleaned of characters XML 1.0 forbids and escaped
 * ({@link XmlText}); a box links only to a relative URL ({@link SafeHref}). Element ids are the
 * objective ids, sanitised, with the prefix {@value #ID_PREFIX}.
 *
 * <h2>Layout</h2>
 * The width is fixed at {@value #WIDTH} user units. A label column on the left names each band
 * (name, status symbol and word, score). To its right each band holds one row of boxes, or several
 * rows when it has more objectives than fit side by side at a readable width (<i>rows</i> below
 * are the rows of all bands, top to bottom). The boxes of a row share one width; the boxes of a
 * band share one height, that of its tallest box. Names are wrapped by an estimate of character
 * widths ({@link TextFit}), at 13 or, if a word would otherwise have to be broken, 12 units; a word
 * too long even then is broken with a hyphen, and a name too long for five lines ends in "…".
 *
 * <h2>Routing</h2>
 * Arrows are orthogonal polylines ({@code M x y L x y …}, nothing else) that never cross a box,
 * because they run only in space reserved for them:
 * <ul>
 * <li><b>Channels.</b> Above every row, between every two rows and below the last row lies a
 *     horizontal channel the full width of the box area. Horizontal parts of arrows run only in
 *     channels, each on its own <i>lane</i> ({@value #LANE} units apart); a channel is as tall as
 *     its lanes need, plus {@value #CH_PAD} units on each side so that every arrowhead shows.</li>
 * <li><b>Gaps.</b> Between two boxes of a row, and between the outer boxes and the edges of the
 *     box area, lies a vertical gap ({@value #GAP_INNER} units between boxes, {@value #GAP_OUTER}
 *     at the ends, at least). An arrow that must pass a row on its way further up or down goes
 *     through one of its gaps, on an x of its own. When more arrows pass a gap than fit
 *     {@value #GAP_LANE_MIN} units apart, the gap is widened (the boxes of that row get narrower)
 *     and the map is routed again.</li>
 * <li><b>Ports.</b> An arrow leaves its cause through the top edge when it goes up and the bottom
 *     edge when it goes down, and enters its effect through the facing edge. The arrows at one
 *     edge are spread evenly along it, ordered by where they head. An arrow whose two ends nearly
 *     line up is made straight.</li>
 * </ul>
 * So an arrow from row <i>a</i> up to row <i>b</i> runs: up from the cause into the channel above
 * row <i>a</i>; along it to the gap of row <i>a</i>−1 that makes the way shortest; up through the
 * gap into the next channel; … ; along the channel below row <i>b</i> to under the effect; up into
 * it. Downward arrows are the mirror image. Between two neighbouring boxes of one row an arrow goes
 * straight across the gap (two such arrows, one each way, run a little above and below the
 * middle). Between boxes of one row that are not neighbours it runs through the channel above or
 * below the row, whichever is less used.
 *
 * <p>Lanes are given per channel by the constrained left-edge algorithm of VLSI channel routing:
 * segments that overlap get different lanes, and where one arrow's vertical part meets another's
 * horizontal part, the one that turns upward there is put above the other when possible, which
 * avoids most crossings; where crossings are unavoidable, swapping lanes and moving single
 * segments to other lanes takes away those that can go. No two arrows run on top of each other:
 * horizontal parts share a lane only where they are apart; the x's in one gap are distinct and in
 * the same order in every gap an arrow passes; vertical parts that meet a channel from opposite
 * sides at nearly the same x are moved apart; and the lanes keep such parts from overlapping.
 * Links to or from unknown objectives, links of an objective to itself and repeated links are
 * left out.
 */
public final class StrategyMap {

    static final int WIDTH = 960;
    static final double MARGIN = 10;
    static final String FONT = "system-ui, sans-serif";
    static final String TEXT = "#1a1a1a";
    static final String ARROW = "#46505c";

    static final double LABEL_SIZE = 13;
    static final double LABEL_LH = 17;
    static final double LABEL_PAD_X = 8;
    static final double LABEL_PAD_Y = 10;
    static final double LABEL_MIN = 90;
    static final double LABEL_MAX = 150;
    static final double AREA_GAP = 6;

    static final double GAP_INNER = 22;
    static final double GAP_OUTER = 14;
    static final double BOX_MIN = 120;
    static final double BOX_MAX = 200;
    static final double BOX_PAD_X = 6;
    static final double BOX_PAD_Y = 9;
    static final double NAME_SIZE = 13;
    static final double NAME_SIZE_SMALL = 12;
    static final double NAME_LH = 17;
    static final boolean NAME_BOLD = false;
    static final int NAME_MAX_LINES = 5;
    static final double STATUS_SIZE = 12;
    static final double STATUS_LH = 16;
    static final double NAME_STATUS_GAP = 4;
    static final int STATUS_MAX_LINES = 2;
    static final double EMPTY_ROW = 40;

    static final double CH_PAD = 18;
    static final double OUTER_PAD = 10;
    static final double OUTER_EMPTY = 14;
    static final double LANE = 10;
    static final double LANE_SEP = 10;
    static final double GAP_LANE = 8;
    static final double GAP_LANE_MIN = 6;
    static final double BOX_FLOOR = 72;
    static final double BAND_SEP = 6;
    static final double DIRECT_OFFSET = 7;
    static final double LEGEND_H = 30;

    static final String ID_PREFIX = "sm-";

    /** Fill, border, symbol colour and symbol per status: green, yellow, red, grey. */
    static final String[] FILL = {"#e3f3e6", "#fff3c4", "#fbe2df", "#ededed"};
    static final String[] STROKE = {"#2f7d3e", "#a67c00", "#c0392b", "#7b7b7b"};
    static final String[] SYMBOL_COLOUR = {"#1e6b2e", "#735400", "#a3281d", "#555555"};
    static final String[] SYMBOL = {"\u25CF", "\u25B2", "\u25A0", "\u25CB"};

    /** Returns the map as one {@code <svg>} element. */
    public String svg(MapData data) {
        return new Drawing(data == null ? new MapData(null, null, null, null) : data).render();
    }

    /** The words the map adds itself, in the site's language. */
    private record Words(String defaultTitle, String topDown, String drives, String causeEffect,
                         String noLinks, String noObjectives, String legend, String[] status) {

        static Words of(String language) {
            String l = language == null ? "" : language.toLowerCase(java.util.Locale.ROOT);
            if (l.startsWith("en")) {
                return new Words("Strategy map", "Perspectives from top to bottom", "drives",
                        "Cause and effect", "No cause–effect links.", "no objectives",
                        "Arrows point from cause to effect",
                        new String[] {"green", "yellow", "red", "grey"});
            }
            return new Words("Strategikart", "Perspektivene ovenfra og ned", "driver",
                    "Årsak og virkning", "Ingen årsak–virkning-piler.", "ingen mål",
                    "Pilene går fra årsak til virkning",
                    new String[] {"grønn", "gul", "rød", "grå"});
        }
    }

    /**
     * Symbol, word and score, e.g. "● grønn 104,4 %", with no-break spaces inside "symbol word" and
     * inside the score, so that a status too long for one line breaks between word and score.
     */
    static String statusLine(int status, String word, String score) {
        String line = SYMBOL[status] + NBSP + word.replace(' ', NBSP);
        return score.isEmpty() ? line : line + " " + score.replace(' ', NBSP);
    }

    static final char NBSP = '\u00A0';

    static int statusIndex(String status) {
        if (status == null) {
            return 3;
        }
        return switch (status.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "green" -> 0;
            case "yellow" -> 1;
            case "red" -> 2;
            default -> 3;
        };
    }

    /** Formats a coordinate: at most one decimal, a point, no "-0". */
    static String num(double v) {
        long r = Math.round(v * 10);
        if (r == 0) {
            return "0";
        }
        String sign = r < 0 ? "-" : "";
        r = Math.abs(r);
        return r % 10 == 0 ? sign + (r / 10) : sign + (r / 10) + "." + (r % 10);
    }

    // ------------------------------------------------------------------------------------------------

    private static final class Node {
        final int order;
        final String id;
        final int band;
        final String name;
        final int status;
        final String statusLine;
        final String statusText;
        final String href;
        String elementId;
        int tier;
        int col;
        double x;
        double w;
        double nameSize = NAME_SIZE;
        List<String> nameLines = List.of();
        List<String> statusLines = List.of();
        final List<End> top = new ArrayList<>();
        final List<End> bottom = new ArrayList<>();

        Node(int order, Box box, int band, Words words) {
            this.order = order;
            this.id = box.id() == null ? "" : box.id();
            this.band = band;
            String n = XmlText.clean(box.name());
            this.name = n.isEmpty() ? XmlText.clean(box.id()) : n;
            this.status = statusIndex(box.status());
            String word = XmlText.clean(box.statusWord());
            if (word.isEmpty()) {
                word = words.status[status];
            }
            String score = XmlText.clean(box.scoreText());
            this.statusText = score.isEmpty() ? word : word + " " + score;
            this.statusLine = statusLine(status, word, score);
            this.href = SafeHref.relative(box.href()).orElse(null);
        }

        double cx() {
            return x + w / 2;
        }
    }

    private static final class Tier {
        final int band;
        final List<Node> nodes = new ArrayList<>();
        double y;
        double h;
        double[] gapLo;
        double[] gapHi;
        double[] minGap;

        Tier(int band) {
            this.band = band;
        }
    }

    /** One end of an arrow at a box edge, to be given an x. */
    private record End(Route route, boolean start, double key) {
    }

    private static final class Route {
        final int order;
        final Node from;
        final Node to;
        boolean direct;
        double directOffset;
        boolean startTop;
        boolean endTop;
        int[] channels = new int[0];
        int[] passTiers = new int[0];
        int[] passGaps = new int[0];
        double[] approx = new double[0];
        double[] xs;
        double[] laneY;
        List<double[]> points = new ArrayList<>();

        Route(int order, Node from, Node to) {
            this.order = order;
            this.from = from;
            this.to = to;
        }
    }

    /** A horizontal piece of a route inside one channel, waiting for a lane. */
    private static final class Segment {
        final Route route;
        final int index;
        final double lo;
        final double hi;
        final double[] stubX;
        final boolean[] stubUp;
        int lane = -1;
        /** Segments that must lie above this one, or two arrows would share a vertical line. */
        final List<Segment> mustBeAbove = new ArrayList<>();
        /** Segments that had better lie above this one, or two arrows cross. */
        final List<Segment> above = new ArrayList<>();

        Segment(Route route, int index, double lo, double hi, double[] stubX, boolean[] stubUp) {
            this.route = route;
            this.index = index;
            this.lo = lo;
            this.hi = hi;
            this.stubX = stubX;
            this.stubUp = stubUp;
        }
    }

    // ------------------------------------------------------------------------------------------------

    private static final class Drawing {
        final MapData data;
        final Words words;
        final List<Band> bands;
        final List<Node> nodes = new ArrayList<>();
        final List<List<Node>> bandNodes = new ArrayList<>();
        final List<Tier> tiers = new ArrayList<>();
        final List<Route> routes = new ArrayList<>();
        final List<String> bandNames = new ArrayList<>();
        final List<String> bandStatus = new ArrayList<>();
        final List<List<String>> bandLabelLines = new ArrayList<>();
        final List<List<String>> bandStatusLines = new ArrayList<>();
        int[] bandFirstTier;
        int[] bandLastTier;
        double labelW;
        double areaLeft;
        double areaRight;
        int[] lanes;
        double[] channelTop;
        double[] channelH;
        double[] bandTop;
        double[] bandBottom;
        double height;

        Drawing(MapData data) {
            this.data = data;
            this.words = Words.of(data.language());
            this.bands = data.bands();
            collect();
            layOutColumns();
            makeRows();
            // Route, widen the gaps that turned out too narrow for the arrows through them, repeat.
            for (int round = 0; round < 4; round++) {
                placeRows();
                route();
                if (!widenCrowdedGaps()) {
                    break;
                }
            }
            wrapNames();
            layOutHeights();
            draw();
        }

        // ---------------------------------------------------------------------------- objectives

        final Set<String> ids = new HashSet<>();

        void collect() {
            for (int b = 0; b < bands.size(); b++) {
                Band band = bands.get(b);
                List<Node> list = new ArrayList<>();
                for (Box box : band.boxes()) {
                    Node n = new Node(nodes.size(), box, b, words);
                    n.elementId = uniqueId(ID_PREFIX + "obj-" + sanitiseId(n.id), ids);
                    nodes.add(n);
                    list.add(n);
                }
                bandNodes.add(list);
                String name = XmlText.clean(band.name());
                bandNames.add(name.isEmpty() ? XmlText.clean(band.id()) : name);
                int st = statusIndex(band.status());
                String score = XmlText.clean(band.scoreText());
                bandStatus.add(statusLine(st, words.status[st], score));
            }
        }

        static String sanitiseId(String id) {
            StringBuilder b = new StringBuilder();
            id.codePoints().limit(60).forEach(cp -> b.append(
                    cp < 0x80 && (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_') ? (char) cp : '_'));
            return b.length() == 0 ? "_" : b.toString();
        }

        static String uniqueId(String id, Set<String> taken) {
            String candidate = id;
            for (int i = 2; !taken.add(candidate); i++) {
                candidate = id + "-" + i;
            }
            return candidate;
        }

        // ---------------------------------------------------------------------------- horizontal

        void layOutColumns() {
            // As wide as the longest label line, if it fits, else its longest word.
            double widest = 0;
            for (int b = 0; b < bands.size(); b++) {
                widest = Math.max(widest, Math.min(LABEL_MAX, TextFit.width(bandNames.get(b), LABEL_SIZE, true)));
                widest = Math.max(widest, Math.min(LABEL_MAX, TextFit.width(bandStatus.get(b), STATUS_SIZE, false)));
                for (String word : bandNames.get(b).split(" ")) {
                    widest = Math.max(widest, TextFit.width(word, LABEL_SIZE, true));
                }
            }
            labelW = Math.ceil(Math.min(LABEL_MAX, Math.max(LABEL_MIN, widest)));
            areaLeft = MARGIN + labelW + 2 * LABEL_PAD_X + AREA_GAP;
            areaRight = WIDTH - MARGIN - 4;
            for (int b = 0; b < bands.size(); b++) {
                bandLabelLines.add(TextFit.wrap(bandNames.get(b), labelW, LABEL_SIZE, true, 6));
                bandStatusLines.add(TextFit.wrap(bandStatus.get(b), labelW, STATUS_SIZE, false, 2));
            }
        }

        void makeRows() {
            double area = areaRight - areaLeft;
            int perRow = 1;
            while ((area - 2 * GAP_OUTER - perRow * GAP_INNER) / (perRow + 1) >= BOX_MIN) {
                perRow++;
            }
            bandFirstTier = new int[bands.size()];
            bandLastTier = new int[bands.size()];
            for (int b = 0; b < bands.size(); b++) {
                List<Node> list = bandNodes.get(b);
                int rows = Math.max(1, (list.size() + perRow - 1) / perRow);
                int size = Math.max(1, (list.size() + rows - 1) / rows);
                bandFirstTier[b] = tiers.size();
                for (int r = 0; r < rows; r++) {
                    Tier tier = new Tier(b);
                    tier.nodes.addAll(list.subList(Math.min(list.size(), r * size), Math.min(list.size(), (r + 1) * size)));
                    tiers.add(tier);
                }
                bandLastTier[b] = tiers.size() - 1;
            }
            for (int t = 0; t < tiers.size(); t++) {
                Tier tier = tiers.get(t);
                int k = tier.nodes.size();
                tier.minGap = new double[k + 1];
                for (int i = 0; i <= k; i++) {
                    tier.minGap[i] = i == 0 || i == k ? GAP_OUTER : GAP_INNER;
                }
                for (int i = 0; i < k; i++) {
                    tier.nodes.get(i).tier = t;
                    tier.nodes.get(i).col = i;
                }
            }
        }

        /**
         * Places the boxes of every row: one width for the row, as wide as the gaps' minimum widths
         * allow (up to {@value #BOX_MAX}); what is left over is shared equally among the gaps.
         */
        void placeRows() {
            double area = areaRight - areaLeft;
            for (Tier tier : tiers) {
                int k = tier.nodes.size();
                tier.gapLo = new double[k + 1];
                tier.gapHi = new double[k + 1];
                if (k == 0) {
                    tier.gapLo[0] = areaLeft;
                    tier.gapHi[0] = areaRight;
                    continue;
                }
                double[] gap = tier.minGap.clone();
                double gaps = 0;
                for (double g : gap) {
                    gaps += g;
                }
                double w = Math.floor(Math.min(BOX_MAX, (area - gaps) / k));
                if (w < BOX_FLOOR) {
                    w = BOX_FLOOR;
                    for (int i = 0; i <= k; i++) {
                        gap[i] *= (area - k * w) / gaps;
                    }
                } else {
                    for (int i = 0; i <= k; i++) {
                        gap[i] += (area - k * w - gaps) / (k + 1);
                    }
                }
                double x = areaLeft;
                for (int i = 0; i < k; i++) {
                    x += gap[i];
                    Node n = tier.nodes.get(i);
                    n.w = w;
                    n.x = Math.round(x);
                    x += w;
                }
                for (int i = 0; i <= k; i++) {
                    tier.gapLo[i] = i == 0 ? areaLeft : tier.nodes.get(i - 1).x + w;
                    tier.gapHi[i] = i == k ? areaRight : tier.nodes.get(i).x;
                }
            }
        }

        /** Raises the minimum width of every gap that has more arrows through it than fit; whether any changed. */
        boolean widenCrowdedGaps() {
            Map<Long, Integer> count = new HashMap<>();
            for (Route r : routes) {
                for (int i = 0; i < r.passTiers.length; i++) {
                    count.merge((long) r.passTiers[i] * 100_000L + r.passGaps[i], 1, Integer::sum);
                }
            }
            boolean changed = false;
            for (Map.Entry<Long, Integer> e : count.entrySet()) {
                Tier tier = tiers.get((int) (e.getKey() / 100_000L));
                int g = (int) (e.getKey() % 100_000L);
                double need = 2 * GAP_LANE + (e.getValue() - 1) * GAP_LANE_MIN;
                if (!tier.nodes.isEmpty() && need > tier.minGap[g] + 0.5) {
                    tier.minGap[g] = need;
                    changed = true;
                }
            }
            return changed;
        }

        void wrapNames() {
            for (int b = 0; b < bands.size(); b++) {
                // A band whose names have a word too long for its boxes gets the smaller font, if that helps.
                boolean small = false;
                for (Node n : bandNodes.get(b)) {
                    for (String word : n.name.split(" ")) {
                        double inner = n.w - 2 * BOX_PAD_X;
                        small |= TextFit.width(word, NAME_SIZE, NAME_BOLD) > inner
                                && TextFit.width(word, NAME_SIZE_SMALL, NAME_BOLD) <= inner;
                    }
                }
                double h = 0;
                for (Node n : bandNodes.get(b)) {
                    n.nameSize = small ? NAME_SIZE_SMALL : NAME_SIZE;
                    double inner = n.w - 2 * BOX_PAD_X;
                    n.nameLines = TextFit.wrap(n.name, inner, n.nameSize, NAME_BOLD, NAME_MAX_LINES);
                    n.statusLines = TextFit.wrap(n.statusLine, inner, STATUS_SIZE, false, STATUS_MAX_LINES);
                    h = Math.max(h, boxHeight(n));
                }
                for (int t = bandFirstTier[b]; t <= bandLastTier[b]; t++) {
                    tiers.get(t).h = tiers.get(t).nodes.isEmpty() ? EMPTY_ROW : Math.ceil(h);
                }
            }
        }

        static double boxHeight(Node n) {
            return 2 * BOX_PAD_Y + n.nameLines.size() * NAME_LH + NAME_STATUS_GAP + n.statusLines.size() * STATUS_LH;
        }

        // ---------------------------------------------------------------------------- routing

        void route() {
            routes.clear();
            for (Node n : nodes) {
                n.top.clear();
                n.bottom.clear();
            }
            Map<String, Node> byId = new HashMap<>();
            for (Node n : nodes) {
                byId.putIfAbsent(n.id, n);
            }
            Set<Long> seen = new HashSet<>();
            for (Link link : data.links()) {
                Node from = byId.get(link.from() == null ? "" : link.from());
                Node to = byId.get(link.to() == null ? "" : link.to());
                if (from == null || to == null || from == to || link.from() == null || link.to() == null
                        || !seen.add((long) from.order * 1_000_003L + to.order)) {
                    continue;
                }
                routes.add(new Route(routes.size(), from, to));
            }
            int channelCount = tiers.size() + 1;
            List<List<double[]>> used = new ArrayList<>();
            for (int c = 0; c < channelCount; c++) {
                used.add(new ArrayList<>());
            }
            List<Route> sameRow = new ArrayList<>();
            for (Route r : routes) {
                Node a = r.from;
                Node b = r.to;
                if (a.tier == b.tier) {
                    if (Math.abs(a.col - b.col) == 1) {
                        r.direct = true;
                    } else {
                        sameRow.add(r);
                    }
                    continue;
                }
                boolean up = b.tier < a.tier;
                int span = Math.abs(a.tier - b.tier);
                r.channels = new int[span];
                r.passTiers = new int[span - 1];
                r.passGaps = new int[span - 1];
                r.approx = new double[span + 1];
                for (int i = 0; i < span; i++) {
                    r.channels[i] = up ? a.tier - i : a.tier + 1 + i;
                }
                r.startTop = up;
                r.endTop = !up;
                double prev = a.cx();
                r.approx[0] = a.cx();
                for (int i = 0; i < span - 1; i++) {
                    int m = up ? a.tier - 1 - i : a.tier + 1 + i;
                    r.passTiers[i] = m;
                    double ideal = a.cx() + (b.cx() - a.cx()) * (i + 1) / span;
                    Tier tier = tiers.get(m);
                    int best = 0;
                    double bestCost = Double.MAX_VALUE;
                    double bestX = 0;
                    for (int g = 0; g < tier.gapLo.length; g++) {
                        double x = clamp(ideal, tier.gapLo[g] + GAP_LANE, tier.gapHi[g] - GAP_LANE);
                        double cost = Math.abs(x - prev) + Math.abs(x - b.cx());
                        if (cost < bestCost - 1e-9) {
                            bestCost = cost;
                            best = g;
                            bestX = x;
                        }
                    }
                    r.passGaps[i] = best;
                    r.approx[i + 1] = bestX;
                    prev = bestX;
                }
                r.approx[span] = b.cx();
                for (int i = 0; i < span; i++) {
                    used.get(r.channels[i]).add(new double[] {
                        Math.min(r.approx[i], r.approx[i + 1]), Math.max(r.approx[i], r.approx[i + 1])});
                }
            }
            for (Route r : sameRow) {
                double lo = Math.min(r.from.cx(), r.to.cx());
                double hi = Math.max(r.from.cx(), r.to.cx());
                int above = r.from.tier;
                int below = r.from.tier + 1;
                boolean useAbove = overlaps(used.get(above), lo, hi) <= overlaps(used.get(below), lo, hi);
                int c = useAbove ? above : below;
                r.channels = new int[] {c};
                r.approx = new double[] {r.from.cx(), r.to.cx()};
                r.startTop = useAbove;
                r.endTop = useAbove;
                used.get(c).add(new double[] {lo, hi});
            }
            Set<Long> directPairs = new HashSet<>();
            for (Route r : routes) {
                if (r.direct) {
                    directPairs.add((long) r.from.order * 1_000_003L + r.to.order);
                }
            }
            for (Route r : routes) {
                if (r.direct && directPairs.contains((long) r.to.order * 1_000_003L + r.from.order)) {
                    r.directOffset = r.from.col < r.to.col ? -DIRECT_OFFSET : DIRECT_OFFSET;
                }
            }
            assignPorts();
            assignGapLanes();
            separateAcrossChannels();
            for (Route r : routes) {
                for (int i = 0; r.xs != null && i + 1 < r.xs.length; i++) {
                    if (Math.abs(r.xs[i + 1] - r.xs[i]) < 1) {
                        r.xs[i + 1] = r.xs[i];
                    }
                }
            }
            lanes = new int[channelCount];
            for (int c = 0; c < channelCount; c++) {
                lanes[c] = assignLanes(c);
            }
        }

        static int overlaps(List<double[]> intervals, double lo, double hi) {
            int n = 0;
            for (double[] iv : intervals) {
                if (iv[0] < hi && lo < iv[1]) {
                    n++;
                }
            }
            return n;
        }

        static double clamp(double v, double lo, double hi) {
            return hi < lo ? (lo + hi) / 2 : Math.max(lo, Math.min(hi, v));
        }

        void assignPorts() {
            for (Route r : routes) {
                if (r.direct) {
                    continue;
                }
                int last = r.approx.length - 1;
                (r.startTop ? r.from.top : r.from.bottom).add(new End(r, true, r.approx[1]));
                (r.endTop ? r.to.top : r.to.bottom).add(new End(r, false, r.approx[last - 1]));
                r.xs = new double[r.approx.length];
            }
            Comparator<End> order = Comparator.comparingDouble(End::key)
                    .thenComparingInt(e -> e.route().order).thenComparing(e -> !e.start());
            for (Node n : nodes) {
                for (List<End> edge : List.of(n.top, n.bottom)) {
                    edge.sort(order);
                    for (int i = 0; i < edge.size(); i++) {
                        End e = edge.get(i);
                        double x = Math.round((n.x + n.w * (i + 1) / (edge.size() + 1)) * 2) / 2.0;
                        e.route().xs[e.start() ? 0 : e.route().xs.length - 1] = x;
                    }
                }
            }
            straighten();
        }

        /**
         * An arrow between boxes of neighbouring rows whose ends nearly line up goes straight: one
         * end moves along its edge to the other's x, if it keeps its distance from the other
         * arrows at that edge. A lone arrow between boxes that overlap goes straight too.
         */
        void straighten() {
            for (Route r : routes) {
                if (r.direct || r.passTiers.length > 0 || r.from.tier == r.to.tier) {
                    continue;
                }
                List<End> a = r.startTop ? r.from.top : r.from.bottom;
                List<End> b = r.endTop ? r.to.top : r.to.bottom;
                double lo = Math.max(r.from.x, r.to.x) + 14;
                double hi = Math.min(r.from.x + r.from.w, r.to.x + r.to.w) - 14;
                if (a.size() == 1 && b.size() == 1 && lo <= hi) {
                    double x = Math.round((lo + hi) / 2);
                    r.xs[0] = x;
                    r.xs[1] = x;
                }
            }
            for (Route r : routes) {
                if (r.direct || r.passTiers.length > 0 || r.from.tier == r.to.tier) {
                    continue;
                }
                int last = r.xs.length - 1;
                double dx = Math.abs(r.xs[0] - r.xs[last]);
                if (dx == 0 || dx > STRAIGHTEN) {
                    continue;
                }
                if (fits(r.from, r.startTop ? r.from.top : r.from.bottom, r, r.xs[last])) {
                    r.xs[0] = r.xs[last];
                } else if (fits(r.to, r.endTop ? r.to.top : r.to.bottom, r, r.xs[0])) {
                    r.xs[last] = r.xs[0];
                }
            }
        }

        static final double STRAIGHTEN = 30;

        /** Whether an arrow's end at {@code edge} of {@code n} may move to {@code x} without passing or crowding another. */
        static boolean fits(Node n, List<End> edge, Route r, double x) {
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

        void assignGapLanes() {
            Map<Long, List<double[]>> gaps = new LinkedHashMap<>();
            for (Route r : routes) {
                for (int i = 0; i < r.passTiers.length; i++) {
                    double start = r.xs[0];
                    double end = r.xs[r.xs.length - 1];
                    double desired = (start + end) / 2;
                    gaps.computeIfAbsent((long) r.passTiers[i] * 100_000L + r.passGaps[i], k -> new ArrayList<>())
                            .add(new double[] {desired, r.order, i, (start + end) / 2});
                }
            }
            for (Map.Entry<Long, List<double[]>> e : gaps.entrySet()) {
                Tier tier = tiers.get((int) (e.getKey() / 100_000L));
                int g = (int) (e.getKey() % 100_000L);
                double lo = tier.gapLo[g] + GAP_LANE;
                double hi = tier.gapHi[g] - GAP_LANE;
                List<double[]> list = e.getValue();
                // One order for a route in every gap it passes (by the middle of its way), so that two
                // arrows never swap sides from one row to the next: that would make them overlap.
                list.sort(Comparator.<double[]>comparingDouble(v -> v[3]).thenComparingDouble(v -> v[1]));
                int n = list.size();
                double[] xs = new double[n];
                if (hi - lo < (n - 1) * GAP_LANE) {
                    double step = (tier.gapHi[g] - tier.gapLo[g]) / (n + 1);
                    for (int i = 0; i < n; i++) {
                        xs[i] = tier.gapLo[g] + (i + 1) * step;
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        xs[i] = clamp(list.get(i)[0], lo, hi);
                        if (i > 0) {
                            xs[i] = Math.max(xs[i], xs[i - 1] + GAP_LANE);
                        }
                    }
                    for (int i = n - 1; i >= 0; i--) {
                        xs[i] = Math.min(xs[i], i == n - 1 ? hi : xs[i + 1] - GAP_LANE);
                    }
                }
                for (int i = 0; i < n; i++) {
                    double[] v = list.get(i);
                    routes.get((int) v[1]).xs[(int) v[2] + 1] = Math.round(xs[i] * 2) / 2.0;
                }
            }
        }

        /** A vertical part of an arrow in a row: a port on a box edge or a lane in a gap. */
        private static final class Vertical {
            final Route route;
            final int index;
            final boolean top;
            final boolean bottom;
            final double lo;
            final double hi;
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

        /**
         * Two arrows whose vertical parts meet a channel from opposite sides at (almost) the same x
         * would overlap whichever lanes they get. Row by row from the top, such a part of the lower
         * row is moved a little along its box edge or gap.
         */
        void separateAcrossChannels() {
            List<List<Vertical>> byTier = new ArrayList<>();
            for (int t = 0; t < tiers.size(); t++) {
                byTier.add(new ArrayList<>());
            }
            Map<String, List<Vertical>> groups = new LinkedHashMap<>();
            for (Route r : routes) {
                if (r.direct) {
                    continue;
                }
                int last = r.xs.length - 1;
                Vertical a = new Vertical(r, 0, r.startTop, !r.startTop, r.from.x + 4, r.from.x + r.from.w - 4);
                Vertical b = new Vertical(r, last, r.endTop, !r.endTop, r.to.x + 4, r.to.x + r.to.w - 4);
                byTier.get(r.from.tier).add(a);
                byTier.get(r.to.tier).add(b);
                groups.computeIfAbsent("n" + r.from.order + (r.startTop ? "t" : "b"), k -> new ArrayList<>()).add(a);
                groups.computeIfAbsent("n" + r.to.order + (r.endTop ? "t" : "b"), k -> new ArrayList<>()).add(b);
                for (int i = 0; i < r.passTiers.length; i++) {
                    Tier tier = tiers.get(r.passTiers[i]);
                    int g = r.passGaps[i];
                    Vertical v = new Vertical(r, i + 1, true, true, tier.gapLo[g] + 3, tier.gapHi[g] - 3);
                    byTier.get(r.passTiers[i]).add(v);
                    groups.computeIfAbsent("g" + r.passTiers[i] + "/" + g, k -> new ArrayList<>()).add(v);
                }
            }
            for (List<Vertical> group : groups.values()) {
                for (Vertical v : group) {
                    v.siblings = group;
                }
            }
            for (int t = 1; t < tiers.size(); t++) {
                List<Vertical> upper = byTier.get(t - 1).stream().filter(v -> v.bottom).toList();
                for (Vertical v : byTier.get(t)) {
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

        static final double SEPARATION = 8;

        static boolean clashes(Vertical v, double x, List<Vertical> others) {
            for (Vertical o : others) {
                if (o.route != v.route && Math.abs(o.x() - x) < SEPARATION) {
                    return true;
                }
            }
            return false;
        }

        static boolean crowds(Vertical v, double x) {
            for (Vertical o : v.siblings) {
                if (o != v && Math.abs(o.x() - x) < GAP_LANE_MIN - 1) {
                    return true;
                }
            }
            return false;
        }

        /** Gives every horizontal segment in channel {@code c} a lane; returns the number of lanes. */
        int assignLanes(int c) {
            List<Segment> segments = new ArrayList<>();
            for (Route r : routes) {
                if (r.direct) {
                    continue;
                }
                if (r.laneY == null) {
                    r.laneY = new double[r.channels.length];
                }
                for (int i = 0; i < r.channels.length; i++) {
                    if (r.channels[i] != c) {
                        continue;
                    }
                    double x0 = r.xs[i];
                    double x1 = r.xs[i + 1];
                    if (x0 == x1) {
                        continue; // straight through: no lane
                    }
                    boolean up = r.to.tier < r.from.tier;
                    boolean sameRow = r.to.tier == r.from.tier;
                    boolean firstUp = i == 0 ? !r.startTop : (!sameRow && !up);
                    boolean lastUp = i == r.channels.length - 1 ? !r.endTop : (!sameRow && up);
                    segments.add(new Segment(r, i, Math.min(x0, x1), Math.max(x0, x1),
                            new double[] {x0, x1}, new boolean[] {firstUp, lastUp}));
                }
            }
            for (Segment s : segments) {
                for (Segment t : segments) {
                    if (s == t) {
                        continue;
                    }
                    for (int k = 0; k < 2; k++) {
                        double x = s.stubX[k];
                        if (x >= t.lo - 1 && x <= t.hi + 1) {
                            boolean hard = Math.abs(x - t.stubX[0]) < 1 || Math.abs(x - t.stubX[1]) < 1;
                            Segment lower = s.stubUp[k] ? t : s;
                            Segment upper = s.stubUp[k] ? s : t;
                            List<Segment> list = hard ? lower.mustBeAbove : lower.above;
                            if (!list.contains(upper)) {
                                list.add(upper);
                            }
                        }
                    }
                }
            }
            List<Segment> left = new ArrayList<>(segments);
            left.sort(Comparator.<Segment>comparingDouble(s -> s.lo).thenComparingInt(s -> s.route.order));
            int lane = 0;
            while (!left.isEmpty()) {
                List<Segment> ready = new ArrayList<>();
                for (Segment s : left) {
                    if (placed(s.mustBeAbove) && placed(s.above)) {
                        ready.add(s);
                    }
                }
                if (ready.isEmpty()) {
                    // A cycle: some arrows must cross. Place the segment that waits for the fewest
                    // others (but never before one it would otherwise overlap).
                    Segment best = null;
                    int fewest = Integer.MAX_VALUE;
                    for (Segment s : left) {
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
                for (Segment s : ready) {
                    if (s.lo >= end + LANE_SEP) {
                        s.lane = lane;
                        end = s.hi;
                    }
                }
                left.removeIf(s -> s.lane >= 0);
                lane++;
            }
            improveByLaneSwaps(segments, lane);
            for (Segment s : segments) {
                s.route.laneY[s.index] = s.lane; // a lane number until the heights are known
            }
            return lane;
        }

        /** Swaps neighbouring lanes as long as that makes fewer arrows cross (and none overlap). */
        static void improveByLaneSwaps(List<Segment> segments, int lanes) {
            List<List<Segment>> byLane = new ArrayList<>();
            for (int l = 0; l < lanes; l++) {
                byLane.add(new ArrayList<>());
            }
            for (Segment s : segments) {
                byLane.get(s.lane).add(s);
            }
            for (int pass = 0; pass < 2 * lanes; pass++) {
                boolean improved = false;
                for (int l = 0; l + 1 < lanes; l++) {
                    int delta = 0;
                    for (Segment a : byLane.get(l)) {
                        for (Segment b : byLane.get(l + 1)) {
                            delta += crossings(b, a) - crossings(a, b);
                        }
                    }
                    if (delta < 0) {
                        List<Segment> upper = byLane.get(l);
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
                for (Segment s : byLane.get(l)) {
                    s.lane = l;
                }
            }
            // Then single segments move to another lane where they fit and cross less.
            for (int pass = 0; pass < 4; pass++) {
                boolean improved = false;
                for (Segment s : segments) {
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

        static int cost(Segment s, int lane, List<Segment> segments) {
            int n = 0;
            for (Segment t : segments) {
                if (t != s && t.lane != lane) {
                    n += t.lane < lane ? crossings(t, s) : crossings(s, t);
                }
            }
            return n;
        }

        static boolean fitsLane(Segment s, int lane, List<Segment> segments) {
            for (Segment t : segments) {
                if (t != s && t.lane == lane && t.lo < s.hi + LANE_SEP && s.lo < t.hi + LANE_SEP) {
                    return false;
                }
            }
            return true;
        }

        /**
         * How many times segment {@code lower} and its stubs cross {@code upper} and its stubs when
         * {@code upper} lies above it; a large number when two stubs would run on top of each other.
         */
        static int crossings(Segment upper, Segment lower) {
            int n = 0;
            for (int k = 0; k < 2; k++) {
                if (lower.stubUp[k] && lower.stubX[k] > upper.lo - 1 && lower.stubX[k] < upper.hi + 1) {
                    n += near(lower.stubX[k], upper) ? 1000 : 1;
                }
                if (!upper.stubUp[k] && upper.stubX[k] > lower.lo - 1 && upper.stubX[k] < lower.hi + 1) {
                    n += near(upper.stubX[k], lower) ? 1000 : 1;
                }
            }
            return n;
        }

        static boolean near(double x, Segment s) {
            return Math.abs(x - s.stubX[0]) < 1 || Math.abs(x - s.stubX[1]) < 1;
        }

        static boolean placed(List<Segment> segments) {
            for (Segment s : segments) {
                if (s.lane < 0) {
                    return false;
                }
            }
            return true;
        }

        // ---------------------------------------------------------------------------- vertical

        void layOutHeights() {
            int channelCount = tiers.size() + 1;
            channelH = new double[channelCount];
            for (int c = 0; c < channelCount; c++) {
                boolean outer = c == 0 || c == channelCount - 1;
                int l = lanes[c];
                if (l == 0) {
                    channelH[c] = outer ? OUTER_EMPTY : 2 * CH_PAD;
                } else {
                    channelH[c] = (outer ? CH_PAD + OUTER_PAD : 2 * CH_PAD) + (l - 1) * LANE;
                }
            }
            double[] slack = new double[bands.size()];
            for (int pass = 0; pass < 2; pass++) {
                placeVertically(slack);
                boolean changed = false;
                for (int b = 0; b < bands.size(); b++) {
                    double need = 2 * LABEL_PAD_Y + bandLabelLines.get(b).size() * LABEL_LH + 4
                            + bandStatusLines.get(b).size() * STATUS_LH;
                    double have = bandBottom[b] - bandTop[b];
                    if (need > have + 0.01) {
                        slack[b] += Math.ceil((need - have) / 2);
                        changed = true;
                    }
                }
                if (!changed) {
                    break;
                }
            }
            for (Route r : routes) {
                if (r.direct) {
                    continue;
                }
                for (int i = 0; i < r.channels.length; i++) {
                    r.laneY[i] = laneY(r.channels[i], (int) r.laneY[i]);
                }
                buildPoints(r);
            }
            for (Route r : routes) {
                if (r.direct) {
                    Tier tier = tiers.get(r.from.tier);
                    double y = tier.y + tier.h / 2 + r.directOffset;
                    boolean right = r.to.col > r.from.col;
                    r.points.add(new double[] {right ? r.from.x + r.from.w : r.from.x, y});
                    r.points.add(new double[] {right ? r.to.x : r.to.x + r.to.w, y});
                }
            }
        }

        void placeVertically(double[] slack) {
            int channelCount = tiers.size() + 1;
            channelTop = new double[channelCount];
            double y = MARGIN;
            for (int t = 0; t < tiers.size(); t++) {
                Tier tier = tiers.get(t);
                channelTop[t] = y;
                y += channelH[t];
                if (bandFirstTier[tier.band] == t) {
                    y += slack[tier.band];
                }
                tier.y = y;
                y += tier.h;
                if (bandLastTier[tier.band] == t) {
                    y += slack[tier.band];
                }
            }
            channelTop[channelCount - 1] = y;
            y += channelH[channelCount - 1];
            bandTop = new double[bands.size()];
            bandBottom = new double[bands.size()];
            for (int b = 0; b < bands.size(); b++) {
                int first = bandFirstTier[b];
                int after = bandLastTier[b] + 1;
                bandTop[b] = b == 0 ? MARGIN : channelTop[first] + channelH[first] / 2 + BAND_SEP / 2;
                bandBottom[b] = b == bands.size() - 1 ? y : channelTop[after] + channelH[after] / 2 - BAND_SEP / 2;
            }
            height = Math.ceil(y + LEGEND_H + MARGIN);
        }

        double laneY(int c, int lane) {
            boolean first = c == 0;
            return channelTop[c] + (first && lanes[c] > 0 ? OUTER_PAD : CH_PAD) + lane * LANE;
        }

        void buildPoints(Route r) {
            List<double[]> p = new ArrayList<>();
            Tier ft = tiers.get(r.from.tier);
            Tier tt = tiers.get(r.to.tier);
            p.add(new double[] {r.xs[0], r.startTop ? ft.y : ft.y + ft.h});
            for (int i = 0; i < r.channels.length; i++) {
                double y = r.laneY[i];
                if (r.xs[i] == r.xs[i + 1]) {
                    y = channelTop[r.channels[i]] + channelH[r.channels[i]] / 2;
                }
                p.add(new double[] {r.xs[i], y});
                p.add(new double[] {r.xs[i + 1], y});
            }
            p.add(new double[] {r.xs[r.xs.length - 1], r.endTop ? tt.y : tt.y + tt.h});
            r.points = simplify(p);
        }

        static List<double[]> simplify(List<double[]> in) {
            List<double[]> out = new ArrayList<>();
            for (double[] pt : in) {
                if (!out.isEmpty()) {
                    double[] last = out.get(out.size() - 1);
                    if (last[0] == pt[0] && last[1] == pt[1]) {
                        continue;
                    }
                    if (out.size() >= 2) {
                        double[] prev = out.get(out.size() - 2);
                        boolean vertical = prev[0] == last[0] && last[0] == pt[0];
                        boolean horizontal = prev[1] == last[1] && last[1] == pt[1];
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

        // ---------------------------------------------------------------------------- drawing

        final StringBuilder out = new StringBuilder(16_384);
        String svg;

        void draw() {
            String title = XmlText.clean(data.title());
            if (title.isEmpty()) {
                title = words.defaultTitle;
            }
            String lang = data.language() == null ? "" : data.language().trim();
            boolean langOk = lang.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");
            // A group, not an image: an image's content is hidden from screen readers, and the boxes are links.
            out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                    .append(" version=\"1.1\" class=\"sm-map\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                    .append(num(height)).append("\" width=\"").append(WIDTH).append("\" height=\"").append(num(height))
                    .append("\" role=\"group\" aria-labelledby=\"").append(ID_PREFIX).append("title ")
                    .append(ID_PREFIX).append("desc\"");
            if (langOk) {
                out.append(" xml:lang=\"").append(lang).append('"');
            }
            out.append(" font-family=\"").append(FONT).append("\" style=\"max-width:100%;height:auto\">\n");
            out.append("<title id=\"").append(ID_PREFIX).append("title\">").append(XmlText.escape(title)).append("</title>\n");
            out.append("<desc id=\"").append(ID_PREFIX).append("desc\">").append(XmlText.escape(description(title)))
                    .append("</desc>\n");
            out.append("<defs>\n<marker id=\"").append(ID_PREFIX).append("arrow\" viewBox=\"0 0 10 10\" refX=\"10\"")
                    .append(" refY=\"5\" markerWidth=\"10\" markerHeight=\"10\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">")
                    .append("<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"").append(ARROW).append("\"/></marker>\n")
                    .append("<style type=\"text/css\">")
                    .append(".sm-map .sm-ring{fill:none;stroke:none}")
                    .append(".sm-map a:focus{outline:none}")
                    .append(".sm-map a:focus .sm-ring{stroke:").append(TEXT).append(";stroke-width:2.5px}")
                    .append(".sm-map a:hover .sm-box{stroke-width:3px}")
                    .append("</style>\n</defs>\n");
            drawBands();
            drawArrows();
            drawBoxes();
            drawLegend();
            out.append("</svg>\n");
            svg = out.toString();
        }

        String description(String title) {
            StringBuilder d = new StringBuilder();
            d.append(title).append(". ").append(words.topDown).append(". ");
            for (int b = 0; b < bands.size(); b++) {
                d.append(bandNames.get(b)).append(" (").append(bandStatus.get(b).substring(2).replace(NBSP, ' ')).append("): ");
                List<Node> list = bandNodes.get(b);
                if (list.isEmpty()) {
                    d.append(words.noObjectives);
                }
                for (int i = 0; i < list.size(); i++) {
                    Node n = list.get(i);
                    d.append(i == 0 ? "" : "; ").append(n.name).append(", ").append(n.statusText);
                }
                d.append(". ");
            }
            if (routes.isEmpty()) {
                d.append(words.noLinks);
            } else {
                d.append(words.causeEffect).append(": ");
                for (int i = 0; i < routes.size(); i++) {
                    Route r = routes.get(i);
                    d.append(i == 0 ? "" : "; ").append(r.from.name).append(' ').append(words.drives).append(' ')
                            .append(r.to.name);
                }
                d.append('.');
            }
            return d.toString();
        }

        void drawBands() {
            out.append("<g class=\"sm-bands\">\n");
            for (int b = 0; b < bands.size(); b++) {
                double top = bandTop[b];
                double h = bandBottom[b] - top;
                double right = WIDTH - MARGIN;
                out.append("<g id=\"").append(ID_PREFIX).append("band-").append(b + 1).append("\">");
                out.append("<rect x=\"").append(num(MARGIN)).append("\" y=\"").append(num(top)).append("\" width=\"")
                        .append(num(right - MARGIN)).append("\" height=\"").append(num(h))
                        .append("\" rx=\"6\" fill=\"#f4f6f9\" stroke=\"#d3d9e1\"/>");
                double colW = labelW + 2 * LABEL_PAD_X;
                out.append("<path d=\"M ").append(num(MARGIN + 6)).append(' ').append(num(top)).append(" L ")
                        .append(num(MARGIN + colW)).append(' ').append(num(top)).append(" L ")
                        .append(num(MARGIN + colW)).append(' ').append(num(top + h)).append(" L ")
                        .append(num(MARGIN + 6)).append(' ').append(num(top + h))
                        .append(" A 6 6 0 0 1 ").append(num(MARGIN)).append(' ').append(num(top + h - 6))
                        .append(" L ").append(num(MARGIN)).append(' ').append(num(top + 6))
                        .append(" A 6 6 0 0 1 ").append(num(MARGIN + 6)).append(' ').append(num(top))
                        .append(" z\" fill=\"#e3e8ef\"/>");
                List<String> name = bandLabelLines.get(b);
                List<String> status = bandStatusLines.get(b);
                double contentH = name.size() * LABEL_LH + 4 + status.size() * STATUS_LH;
                double y = top + (h - contentH) / 2;
                double x = MARGIN + LABEL_PAD_X;
                out.append("<text x=\"").append(num(x)).append("\" font-size=\"").append(num(LABEL_SIZE))
                        .append("\" font-weight=\"bold\" fill=\"").append(TEXT).append("\">");
                for (int i = 0; i < name.size(); i++) {
                    out.append("<tspan x=\"").append(num(x)).append("\" y=\"").append(num(baseline(y, i, LABEL_LH, LABEL_SIZE)))
                            .append("\">").append(XmlText.escape(name.get(i))).append("</tspan>");
                }
                out.append("</text>");
                statusText(status, x, y + name.size() * LABEL_LH + 4, statusIndex(bands.get(b).status()), false);
                out.append("</g>\n");
            }
            out.append("</g>\n");
        }

        static double baseline(double top, int line, double lh, double size) {
            return top + line * lh + (lh - size) / 2 + size * 0.8;
        }

        /** Status lines: the symbol in the status colour, the rest in the text colour. */
        void statusText(List<String> lines, double x, double top, int status, boolean middle) {
            out.append("<text x=\"").append(num(x)).append("\" font-size=\"").append(num(STATUS_SIZE))
                    .append("\" fill=\"").append(TEXT).append('"');
            if (middle) {
                out.append(" text-anchor=\"middle\"");
            }
            out.append('>');
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                out.append("<tspan x=\"").append(num(x)).append("\" y=\"")
                        .append(num(baseline(top, i, STATUS_LH, STATUS_SIZE))).append("\">");
                if (i == 0 && line.startsWith(SYMBOL[status])) {
                    out.append("<tspan fill=\"").append(SYMBOL_COLOUR[status]).append("\">").append(SYMBOL[status])
                            .append("</tspan>").append(XmlText.escape(line.substring(SYMBOL[status].length())));
                } else {
                    out.append(XmlText.escape(line));
                }
                out.append("</tspan>");
            }
            out.append("</text>");
        }

        void drawArrows() {
            out.append("<g class=\"sm-links\" fill=\"none\" stroke=\"").append(ARROW)
                    .append("\" stroke-width=\"1.5\" stroke-linejoin=\"round\">\n");
            for (Route r : routes) {
                String id = uniqueId(r.from.elementId + "--" + r.to.elementId.substring(ID_PREFIX.length() + 4), ids);
                out.append("<path class=\"sm-link\" id=\"").append(id).append("\" d=\"");
                for (int i = 0; i < r.points.size(); i++) {
                    double[] p = r.points.get(i);
                    out.append(i == 0 ? "M " : " L ").append(num(p[0])).append(' ').append(num(p[1]));
                }
                out.append("\" marker-end=\"url(#").append(ID_PREFIX).append("arrow)\"/>\n");
            }
            out.append("</g>\n");
        }

        void drawBoxes() {
            out.append("<g class=\"sm-objectives\">\n");
            for (Node n : nodes) {
                Tier tier = tiers.get(n.tier);
                double y = tier.y;
                double h = tier.h;
                String tooltip = n.name + ": " + n.statusText;
                if (n.href != null) {
                    String href = XmlText.escape(n.href);
                    out.append("<a id=\"").append(n.elementId).append("\" href=\"").append(href)
                            .append("\" xlink:href=\"").append(href).append("\">");
                } else {
                    out.append("<g id=\"").append(n.elementId).append("\">");
                }
                out.append("<title>").append(XmlText.escape(tooltip)).append("</title>");
                out.append("<rect class=\"sm-ring\" x=\"").append(num(n.x - 3)).append("\" y=\"").append(num(y - 3))
                        .append("\" width=\"").append(num(n.w + 6)).append("\" height=\"").append(num(h + 6))
                        .append("\" rx=\"9\"/>");
                out.append("<rect class=\"sm-box\" x=\"").append(num(n.x)).append("\" y=\"").append(num(y))
                        .append("\" width=\"").append(num(n.w)).append("\" height=\"").append(num(h))
                        .append("\" rx=\"6\" fill=\"").append(FILL[n.status]).append("\" stroke=\"")
                        .append(STROKE[n.status]).append("\" stroke-width=\"1.5\"/>");
                double contentH = n.nameLines.size() * NAME_LH + NAME_STATUS_GAP + n.statusLines.size() * STATUS_LH;
                double top = y + (h - contentH) / 2;
                double cx = n.cx();
                out.append("<text x=\"").append(num(cx)).append("\" font-size=\"").append(num(n.nameSize))
                        .append("\" text-anchor=\"middle\" fill=\"").append(TEXT).append('"');
                if (NAME_BOLD) {
                    out.append(" font-weight=\"bold\"");
                }
                out.append('>');
                for (int i = 0; i < n.nameLines.size(); i++) {
                    out.append("<tspan x=\"").append(num(cx)).append("\" y=\"")
                            .append(num(baseline(top, i, NAME_LH, n.nameSize))).append("\">")
                            .append(XmlText.escape(n.nameLines.get(i))).append("</tspan>");
                }
                out.append("</text>");
                statusText(n.statusLines, cx, top + n.nameLines.size() * NAME_LH + NAME_STATUS_GAP, n.status, true);
                out.append(n.href != null ? "</a>\n" : "</g>\n");
            }
            out.append("</g>\n");
        }

        void drawLegend() {
            double y = height - MARGIN - LEGEND_H / 2;
            double x = MARGIN + LABEL_PAD_X;
            out.append("<g class=\"sm-legend\">");
            out.append("<path d=\"M ").append(num(x)).append(' ').append(num(y)).append(" L ").append(num(x + 34))
                    .append(' ').append(num(y)).append("\" fill=\"none\" stroke=\"").append(ARROW)
                    .append("\" stroke-width=\"1.5\" marker-end=\"url(#").append(ID_PREFIX).append("arrow)\"/>");
            out.append("<text x=\"").append(num(x + 44)).append("\" y=\"").append(num(y + 4)).append("\" font-size=\"")
                    .append(num(STATUS_SIZE)).append("\" fill=\"").append(TEXT).append("\">")
                    .append(XmlText.escape(words.legend)).append("</text>");
            out.append("</g>\n");
        }

        String render() {
            return svg;
        }
    }
}
