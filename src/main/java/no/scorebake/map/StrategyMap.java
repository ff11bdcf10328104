package no.scorebake.map;

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
    /** A band's fill and border, and the fill of its label column. */
    static final String BAND_FILL = "#f4f6f9";
    static final String BAND_STROKE = "#d3d9e1";
    static final String BAND_LABEL = "#e3e8ef";

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
        MapData d = data == null ? new MapData(null, null, null, null) : data;
        MapWords words = MapWords.of(d.language());
        Layout layout = new Layout(d, words);
        // Route, widen the gaps that turned out too narrow for the arrows through them, repeat.
        Router router = null;
        for (int round = 0; round < 4; round++) {
            layout.placeRows();
            router = new Router(layout).route(d.links());
            if (!layout.widenCrowdedGaps(router.routes())) {
                break;
            }
        }
        layout.wrapNames();
        layout.layOutHeights(router.lanes());
        ArrowPoints.build(layout, router.routes());
        return new SvgWriter(d, words, layout, router.routes()).write();
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
}
