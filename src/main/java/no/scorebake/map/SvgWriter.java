package no.scorebake.map;

import static no.scorebake.map.StrategyMap.ARROW;
import static no.scorebake.map.StrategyMap.BAND_FILL;
import static no.scorebake.map.StrategyMap.BAND_LABEL;
import static no.scorebake.map.StrategyMap.BAND_STROKE;
import static no.scorebake.map.StrategyMap.FILL;
import static no.scorebake.map.StrategyMap.FONT;
import static no.scorebake.map.StrategyMap.ID_PREFIX;
import static no.scorebake.map.StrategyMap.LABEL_LH;
import static no.scorebake.map.StrategyMap.LABEL_PAD_X;
import static no.scorebake.map.StrategyMap.LABEL_SIZE;
import static no.scorebake.map.StrategyMap.LEGEND_H;
import static no.scorebake.map.StrategyMap.MARGIN;
import static no.scorebake.map.StrategyMap.NAME_LH;
import static no.scorebake.map.StrategyMap.NAME_STATUS_GAP;
import static no.scorebake.map.StrategyMap.NBSP;
import static no.scorebake.map.StrategyMap.STATUS_LH;
import static no.scorebake.map.StrategyMap.STATUS_SIZE;
import static no.scorebake.map.StrategyMap.STROKE;
import static no.scorebake.map.StrategyMap.SYMBOL;
import static no.scorebake.map.StrategyMap.SYMBOL_COLOUR;
import static no.scorebake.map.StrategyMap.TEXT;
import static no.scorebake.map.StrategyMap.WIDTH;
import static no.scorebake.map.StrategyMap.num;

import java.util.List;

/**
 * Writes a laid-out, routed map as one {@code <svg>} element: title and description, the bands
 * with their labels, the arrows, the boxes (links where they have somewhere to go) and the legend.
 * Every piece of user text is escaped here ({@link XmlText}); nothing here decides a position.
 */
final class SvgWriter {

    private final MapData data;
    private final MapWords words;
    private final Layout layout;
    private final List<Route> routes;
    private final StringBuilder out = new StringBuilder(16_384);

    SvgWriter(MapData data, MapWords words, Layout layout, List<Route> routes) {
        this.data = data;
        this.words = words;
        this.layout = layout;
        this.routes = routes;
    }

    String write() {
        String title = XmlText.clean(data.title());
        if (title.isEmpty()) {
            title = words.defaultTitle();
        }
        String lang = data.language() == null ? "" : data.language().trim();
        boolean langOk = lang.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");
        double height = layout.height;
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
        bands();
        arrows();
        boxes();
        legend();
        out.append("</svg>\n");
        return out.toString();
    }

    /** Everything the picture shows, in words: each band with its objectives and their status, then what drives what. */
    private String description(String title) {
        StringBuilder d = new StringBuilder();
        d.append(title).append(". ").append(words.topDown()).append(". ");
        for (BandView band : layout.bands) {
            d.append(band.name).append(" (").append(band.statusLine.substring(2).replace(NBSP, ' ')).append("): ");
            List<Objective> list = band.objectives;
            if (list.isEmpty()) {
                d.append(words.noObjectives());
            }
            for (int i = 0; i < list.size(); i++) {
                Objective o = list.get(i);
                d.append(i == 0 ? "" : "; ").append(o.name).append(", ").append(o.statusText);
            }
            d.append(". ");
        }
        if (routes.isEmpty()) {
            d.append(words.noLinks());
        } else {
            d.append(words.causeEffect()).append(": ");
            for (int i = 0; i < routes.size(); i++) {
                Route r = routes.get(i);
                d.append(i == 0 ? "" : "; ").append(r.from.name).append(' ').append(words.drives()).append(' ')
                        .append(r.to.name);
            }
            d.append('.');
        }
        return d.toString();
    }

    private void bands() {
        out.append("<g class=\"sm-bands\">\n");
        for (int b = 0; b < layout.bands.size(); b++) {
            BandView band = layout.bands.get(b);
            double top = band.top;
            double h = band.bottom - top;
            double right = WIDTH - MARGIN;
            out.append("<g id=\"").append(ID_PREFIX).append("band-").append(b + 1).append("\">");
            out.append("<rect x=\"").append(num(MARGIN)).append("\" y=\"").append(num(top)).append("\" width=\"")
                    .append(num(right - MARGIN)).append("\" height=\"").append(num(h))
                    .append("\" rx=\"6\" fill=\"").append(BAND_FILL).append("\" stroke=\"").append(BAND_STROKE).append("\"/>");
            double colW = layout.labelW + 2 * LABEL_PAD_X;
            out.append("<path d=\"M ").append(num(MARGIN + 6)).append(' ').append(num(top)).append(" L ")
                    .append(num(MARGIN + colW)).append(' ').append(num(top)).append(" L ")
                    .append(num(MARGIN + colW)).append(' ').append(num(top + h)).append(" L ")
                    .append(num(MARGIN + 6)).append(' ').append(num(top + h))
                    .append(" A 6 6 0 0 1 ").append(num(MARGIN)).append(' ').append(num(top + h - 6))
                    .append(" L ").append(num(MARGIN)).append(' ').append(num(top + 6))
                    .append(" A 6 6 0 0 1 ").append(num(MARGIN + 6)).append(' ').append(num(top))
                    .append(" z\" fill=\"").append(BAND_LABEL).append("\"/>");
            List<String> name = band.nameLines;
            List<String> status = band.statusLines;
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
            statusText(status, x, y + name.size() * LABEL_LH + 4, band.status, false);
            out.append("</g>\n");
        }
        out.append("</g>\n");
    }

    private static double baseline(double top, int line, double lh, double size) {
        return top + line * lh + (lh - size) / 2 + size * 0.8;
    }

    /** Status lines: the symbol in the status colour, the rest in the text colour. */
    private void statusText(List<String> lines, double x, double top, int status, boolean middle) {
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

    private void arrows() {
        out.append("<g class=\"sm-links\" fill=\"none\" stroke=\"").append(ARROW)
                .append("\" stroke-width=\"1.5\" stroke-linejoin=\"round\">\n");
        for (Route r : routes) {
            String id = layout.ids.arrow(r.from, r.to);
            out.append("<path class=\"sm-link\" id=\"").append(id).append("\" d=\"");
            for (int i = 0; i < r.points.size(); i++) {
                Point p = r.points.get(i);
                out.append(i == 0 ? "M " : " L ").append(num(p.x())).append(' ').append(num(p.y()));
            }
            out.append("\" marker-end=\"url(#").append(ID_PREFIX).append("arrow)\"/>\n");
        }
        out.append("</g>\n");
    }

    private void boxes() {
        out.append("<g class=\"sm-objectives\">\n");
        for (Objective n : layout.objectives) {
            Row row = layout.rows.get(n.row);
            double y = row.y;
            double h = row.h;
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

    private void legend() {
        double y = layout.height - MARGIN - LEGEND_H / 2;
        double x = MARGIN + LABEL_PAD_X;
        out.append("<g class=\"sm-legend\">");
        out.append("<path d=\"M ").append(num(x)).append(' ').append(num(y)).append(" L ").append(num(x + 34))
                .append(' ').append(num(y)).append("\" fill=\"none\" stroke=\"").append(ARROW)
                .append("\" stroke-width=\"1.5\" marker-end=\"url(#").append(ID_PREFIX).append("arrow)\"/>");
        out.append("<text x=\"").append(num(x + 44)).append("\" y=\"").append(num(y + 4)).append("\" font-size=\"")
                .append(num(STATUS_SIZE)).append("\" fill=\"").append(TEXT).append("\">")
                .append(XmlText.escape(words.legend())).append("</text>");
        out.append("</g>\n");
    }
}
