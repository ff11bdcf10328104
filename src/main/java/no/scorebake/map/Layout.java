package no.scorebake.map;

import static no.scorebake.map.StrategyMap.AREA_GAP;
import static no.scorebake.map.StrategyMap.BAND_SEP;
import static no.scorebake.map.StrategyMap.BOX_FLOOR;
import static no.scorebake.map.StrategyMap.BOX_MAX;
import static no.scorebake.map.StrategyMap.BOX_MIN;
import static no.scorebake.map.StrategyMap.BOX_PAD_X;
import static no.scorebake.map.StrategyMap.BOX_PAD_Y;
import static no.scorebake.map.StrategyMap.CH_PAD;
import static no.scorebake.map.StrategyMap.EMPTY_ROW;
import static no.scorebake.map.StrategyMap.GAP_INNER;
import static no.scorebake.map.StrategyMap.GAP_LANE;
import static no.scorebake.map.StrategyMap.GAP_LANE_MIN;
import static no.scorebake.map.StrategyMap.GAP_OUTER;
import static no.scorebake.map.StrategyMap.LABEL_LH;
import static no.scorebake.map.StrategyMap.LABEL_MAX;
import static no.scorebake.map.StrategyMap.LABEL_MIN;
import static no.scorebake.map.StrategyMap.LABEL_PAD_X;
import static no.scorebake.map.StrategyMap.LABEL_PAD_Y;
import static no.scorebake.map.StrategyMap.LABEL_SIZE;
import static no.scorebake.map.StrategyMap.LANE;
import static no.scorebake.map.StrategyMap.LEGEND_H;
import static no.scorebake.map.StrategyMap.MARGIN;
import static no.scorebake.map.StrategyMap.NAME_BOLD;
import static no.scorebake.map.StrategyMap.NAME_LH;
import static no.scorebake.map.StrategyMap.NAME_MAX_LINES;
import static no.scorebake.map.StrategyMap.NAME_SIZE;
import static no.scorebake.map.StrategyMap.NAME_SIZE_SMALL;
import static no.scorebake.map.StrategyMap.NAME_STATUS_GAP;
import static no.scorebake.map.StrategyMap.OUTER_EMPTY;
import static no.scorebake.map.StrategyMap.OUTER_PAD;
import static no.scorebake.map.StrategyMap.STATUS_LH;
import static no.scorebake.map.StrategyMap.STATUS_MAX_LINES;
import static no.scorebake.map.StrategyMap.STATUS_SIZE;
import static no.scorebake.map.StrategyMap.WIDTH;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where everything but the arrows goes: the label column, the rows of every band, the boxes in a
 * row and the gaps between them, the wrapped names, and the heights of rows, channels and bands.
 * The horizontal layout comes first and may be redone with wider gaps once the {@link Router} has
 * counted the arrows through them; the heights come last, when the lanes of every channel are known.
 */
final class Layout {

    final List<BandView> bands = new ArrayList<>();
    final List<Objective> objectives = new ArrayList<>();
    final List<Row> rows = new ArrayList<>();
    final ElementIds ids = new ElementIds();
    double labelW;
    double areaLeft;
    double areaRight;
    /** The top and height of each channel: channel {@code c} lies above row {@code c}, the last below the last row. */
    double[] channelTop;
    double[] channelH;
    private int[] lanes;
    double height;

    Layout(MapData data, MapWords words) {
        for (int b = 0; b < data.bands().size(); b++) {
            Band band = data.bands().get(b);
            List<Objective> list = new ArrayList<>();
            for (Box box : band.boxes()) {
                Objective o = new Objective(objectives.size(), box, b, words, ids);
                objectives.add(o);
                list.add(o);
            }
            BandView view = new BandView(band, words);
            view.objectives.addAll(list);
            bands.add(view);
        }
        layOutColumns();
        makeRows();
    }

    int channelCount() {
        return rows.size() + 1;
    }

    private void layOutColumns() {
        // As wide as the longest label line, if it fits, else its longest word.
        double widest = 0;
        for (BandView band : bands) {
            widest = Math.max(widest, Math.min(LABEL_MAX, TextFit.width(band.name, LABEL_SIZE, true)));
            widest = Math.max(widest, Math.min(LABEL_MAX, TextFit.width(band.statusLine, STATUS_SIZE, false)));
            for (String word : band.name.split(" ")) {
                widest = Math.max(widest, TextFit.width(word, LABEL_SIZE, true));
            }
        }
        labelW = Math.ceil(Math.min(LABEL_MAX, Math.max(LABEL_MIN, widest)));
        areaLeft = MARGIN + labelW + 2 * LABEL_PAD_X + AREA_GAP;
        areaRight = WIDTH - MARGIN - 4;
        for (BandView band : bands) {
            band.nameLines = TextFit.wrap(band.name, labelW, LABEL_SIZE, true, 6);
            band.statusLines = TextFit.wrap(band.statusLine, labelW, STATUS_SIZE, false, 2);
        }
    }

    private void makeRows() {
        double area = areaRight - areaLeft;
        int perRow = 1;
        while ((area - 2 * GAP_OUTER - perRow * GAP_INNER) / (perRow + 1) >= BOX_MIN) {
            perRow++;
        }
        for (int b = 0; b < bands.size(); b++) {
            BandView band = bands.get(b);
            List<Objective> list = band.objectives;
            int count = Math.max(1, (list.size() + perRow - 1) / perRow);
            int size = Math.max(1, (list.size() + count - 1) / count);
            band.firstRow = rows.size();
            for (int r = 0; r < count; r++) {
                Row row = new Row(b);
                row.objectives.addAll(list.subList(Math.min(list.size(), r * size), Math.min(list.size(), (r + 1) * size)));
                rows.add(row);
            }
            band.lastRow = rows.size() - 1;
        }
        for (int t = 0; t < rows.size(); t++) {
            Row row = rows.get(t);
            int k = row.objectives.size();
            row.minGap = new double[k + 1];
            for (int i = 0; i <= k; i++) {
                row.minGap[i] = i == 0 || i == k ? GAP_OUTER : GAP_INNER;
            }
            for (int i = 0; i < k; i++) {
                row.objectives.get(i).row = t;
                row.objectives.get(i).col = i;
            }
        }
    }

    /**
     * Places the boxes of every row: one width for the row, as wide as the gaps' minimum widths
     * allow (up to {@value StrategyMap#BOX_MAX}); what is left over is shared equally among the gaps.
     */
    void placeRows() {
        double area = areaRight - areaLeft;
        for (Row row : rows) {
            int k = row.objectives.size();
            if (k == 0) {
                row.gaps = List.of(new Gap(areaLeft, areaRight));
                continue;
            }
            double[] gap = row.minGap.clone();
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
                Objective o = row.objectives.get(i);
                o.w = w;
                o.x = Math.round(x);
                x += w;
            }
            List<Gap> placed = new ArrayList<>();
            for (int i = 0; i <= k; i++) {
                placed.add(new Gap(i == 0 ? areaLeft : row.objectives.get(i - 1).x + w,
                        i == k ? areaRight : row.objectives.get(i).x));
            }
            row.gaps = placed;
        }
    }

    /** Raises the minimum width of every gap that has more arrows through it than fit; whether any changed. */
    boolean widenCrowdedGaps(List<Route> routes) {
        Map<Pass, Integer> count = new HashMap<>();
        for (Route r : routes) {
            for (Pass p : r.passes) {
                count.merge(p, 1, Integer::sum);
            }
        }
        boolean changed = false;
        for (Map.Entry<Pass, Integer> e : count.entrySet()) {
            Row row = rows.get(e.getKey().row());
            int g = e.getKey().gap();
            double need = 2 * GAP_LANE + (e.getValue() - 1) * GAP_LANE_MIN;
            if (!row.objectives.isEmpty() && need > row.minGap[g] + 0.5) {
                row.minGap[g] = need;
                changed = true;
            }
        }
        return changed;
    }

    /** Wraps the names and status lines of the boxes, and makes every row of a band as tall as its tallest box. */
    void wrapNames() {
        for (BandView band : bands) {
            // A band whose names have a word too long for its boxes gets the smaller font, if that helps.
            boolean small = false;
            for (Objective o : band.objectives) {
                for (String word : o.name.split(" ")) {
                    double inner = o.w - 2 * BOX_PAD_X;
                    small |= TextFit.width(word, NAME_SIZE, NAME_BOLD) > inner
                            && TextFit.width(word, NAME_SIZE_SMALL, NAME_BOLD) <= inner;
                }
            }
            double h = 0;
            for (Objective o : band.objectives) {
                o.nameSize = small ? NAME_SIZE_SMALL : NAME_SIZE;
                double inner = o.w - 2 * BOX_PAD_X;
                o.nameLines = TextFit.wrap(o.name, inner, o.nameSize, NAME_BOLD, NAME_MAX_LINES);
                o.statusLines = TextFit.wrap(o.statusLine, inner, STATUS_SIZE, false, STATUS_MAX_LINES);
                h = Math.max(h, boxHeight(o));
            }
            for (int t = band.firstRow; t <= band.lastRow; t++) {
                rows.get(t).h = rows.get(t).objectives.isEmpty() ? EMPTY_ROW : Math.ceil(h);
            }
        }
    }

    private static double boxHeight(Objective o) {
        return 2 * BOX_PAD_Y + o.nameLines.size() * NAME_LH + NAME_STATUS_GAP + o.statusLines.size() * STATUS_LH;
    }

    /**
     * Gives every channel the height its lanes need and places rows, channels and bands top to
     * bottom; a band whose label needs more height than its rows give gets some slack above and
     * below them.
     *
     * @param lanesPerChannel how many lanes each channel has
     */
    void layOutHeights(int[] lanesPerChannel) {
        this.lanes = lanesPerChannel;
        int channelCount = channelCount();
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
                BandView band = bands.get(b);
                double need = 2 * LABEL_PAD_Y + band.nameLines.size() * LABEL_LH + 4 + band.statusLines.size() * STATUS_LH;
                double have = band.bottom - band.top;
                if (need > have + 0.01) {
                    slack[b] += Math.ceil((need - have) / 2);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
    }

    private void placeVertically(double[] slack) {
        int channelCount = channelCount();
        channelTop = new double[channelCount];
        double y = MARGIN;
        for (int t = 0; t < rows.size(); t++) {
            Row row = rows.get(t);
            BandView band = bands.get(row.band);
            channelTop[t] = y;
            y += channelH[t];
            if (band.firstRow == t) {
                y += slack[row.band];
            }
            row.y = y;
            y += row.h;
            if (band.lastRow == t) {
                y += slack[row.band];
            }
        }
        channelTop[channelCount - 1] = y;
        y += channelH[channelCount - 1];
        for (int b = 0; b < bands.size(); b++) {
            BandView band = bands.get(b);
            int first = band.firstRow;
            int after = band.lastRow + 1;
            band.top = b == 0 ? MARGIN : channelTop[first] + channelH[first] / 2 + BAND_SEP / 2;
            band.bottom = b == bands.size() - 1 ? y : channelTop[after] + channelH[after] / 2 - BAND_SEP / 2;
        }
        height = Math.ceil(y + LEGEND_H + MARGIN);
    }

    /** The y of lane {@code lane} in channel {@code c}. */
    double laneY(int c, int lane) {
        boolean first = c == 0;
        return channelTop[c] + (first && lanes[c] > 0 ? OUTER_PAD : CH_PAD) + lane * LANE;
    }

    /** The y of the middle of channel {@code c}, where an arrow that goes straight through it has no lane. */
    double channelMiddle(int c) {
        return channelTop[c] + channelH[c] / 2;
    }
}
