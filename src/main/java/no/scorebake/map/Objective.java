package no.scorebake.map;

import java.util.List;

/**
 * One objective's box: what it says (cleaned of characters XML forbids), where it links, and where
 * the layout puts it. The position fields are filled in by {@link Layout}.
 */
final class Objective {

    /** Its place among all objectives of the map, top band first: the order arrows are sorted by. */
    final int order;
    final String id;
    final int band;
    final String name;
    final int status;
    /** Symbol, status word and score, as drawn in the box. */
    final String statusLine;
    /** Status word and score, as said in the description and the tooltip. */
    final String statusText;
    /** A relative URL, or null when the box links nowhere. */
    final String href;
    final String elementId;
    int row;
    int col;
    double x;
    double w;
    double nameSize = StrategyMap.NAME_SIZE;
    List<String> nameLines = List.of();
    List<String> statusLines = List.of();

    Objective(int order, Box box, int band, MapWords words, ElementIds ids) {
        this.order = order;
        this.id = box.id() == null ? "" : box.id();
        this.band = band;
        String n = XmlText.clean(box.name());
        this.name = n.isEmpty() ? XmlText.clean(box.id()) : n;
        this.status = StrategyMap.statusIndex(box.status());
        String word = XmlText.clean(box.statusWord());
        if (word.isEmpty()) {
            word = words.status().get(status);
        }
        String score = XmlText.clean(box.scoreText());
        this.statusText = score.isEmpty() ? word : word + " " + score;
        this.statusLine = StrategyMap.statusLine(status, word, score);
        this.href = SafeHref.relative(box.href()).orElse(null);
        this.elementId = ids.objective(this.id);
    }

    double cx() {
        return x + w / 2;
    }
}
