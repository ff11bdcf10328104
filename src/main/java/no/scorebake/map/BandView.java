package no.scorebake.map;

import java.util.ArrayList;
import java.util.List;

/** One perspective as drawn: its label (name and status, wrapped), its objectives and rows, and its place. */
final class BandView {

    final String name;
    final int status;
    /** Symbol, status word and score, as drawn in the label. */
    final String statusLine;
    final List<Objective> objectives = new ArrayList<>();
    List<String> nameLines = List.of();
    List<String> statusLines = List.of();
    int firstRow;
    int lastRow;
    double top;
    double bottom;

    BandView(Band band, MapWords words) {
        String n = XmlText.clean(band.name());
        this.name = n.isEmpty() ? XmlText.clean(band.id()) : n;
        this.status = StrategyMap.statusIndex(band.status());
        this.statusLine = StrategyMap.statusLine(status, words.status().get(status), XmlText.clean(band.scoreText()));
    }
}
