package no.scorebake.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.scorebake.model.Language;
import no.scorebake.text.Labels;

/**
 * Everything a KPI history chart shows, and nothing else: the input of {@link SvgChart} and
 * {@link TextAlternative}. Independent of the rest of scorebake on
 * purpose, so any caller can build one from whatever it has.
 *
 * <pre>{@code
 * var points = List.of(
 *     new ChartData.Point("jan 05", new BigDecimal("131"), new BigDecimal("140"), "yellow"),
 *     new ChartData.Point("feb 05", null, new BigDecimal("140"), "grey"));
 * String svg = SvgChart.svg(new ChartData(points, "nb", "%"), "Brukerfeil", alt);
 * }</pre>
 *
 * @param points   the history, oldest first; may be empty (an empty chart is drawn)
 * @param language {@code "nb"}, {@code "nn"} or {@code "en"} ({@link Language#tag}): the words, decimal comma or point
 * @param unit     suffix of the y-axis numbers: {@code "%"}, {@code "kr"}, {@code ""} (null means "")
 */
public record ChartData(List<Point> points, String language, String unit) {

    /** The status keys a point may have. */
    public static final Set<String> STATUSES = Set.of("green", "yellow", "red", "grey");

    /** The statuses in the order a legend and a text alternative name them. */
    static final List<String> STATUS_ORDER = List.of("green", "yellow", "red", "grey");

    public ChartData {
        points = List.copyOf(Objects.requireNonNull(points, "points"));
        if (Language.byTag(language) == null) {
            throw new IllegalArgumentException("language must be one of " + Language.tags() + ", not " + language);
        }
        unit = unit == null ? "" : unit;
    }

    /** The chart's words: the legend's, the empty plot's and the text alternative's. */
    Labels words() {
        return Labels.of(Language.byTag(language));
    }

    /**
     * One period of the history.
     *
     * @param label  the period as written under the x axis, e.g. {@code "jan 05"} or {@code "K2 05"}
     * @param value  the actual value, or null when there is none (the line has a gap there)
     * @param target the target, or null when there is none
     * @param status {@code "green"}, {@code "yellow"}, {@code "red"} or {@code "grey"};
     *               null is taken as {@code "grey"} (no judgement)
     * @param note   where the period's note or comment is to be read, or null when it has none:
     *               the chart marks the period with a link there
     */
    public record Point(String label, BigDecimal value, BigDecimal target, String status, Note note) {

        public Point {
            Objects.requireNonNull(label, "label");
            status = status == null ? "grey" : status;
            if (!STATUSES.contains(status)) {
                throw new IllegalArgumentException("status must be green, yellow, red or grey, not " + status);
            }
        }

        /** A period without a note. */
        public Point(String label, BigDecimal value, BigDecimal target, String status) {
            this(label, value, target, status, null);
        }
    }

    /**
     * A link to a period's note from its mark on the chart.
     *
     * @param href where the note is, as the page links it: {@code "#note-2005-03"}
     * @param name the link's accessible name, which says whose note it is: {@code "Merknad for mars 2005"}
     */
    public record Note(String href, String name) {

        public Note {
            Objects.requireNonNull(href, "href");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * The same history without the marks of notes: for a chart printed in a document, where the
     * notes are printed beside it and an in-page link from the chart leads nowhere (and the PDF
     * printer's SVG renderer draws no marks placed by {@code <use href>}).
     */
    public ChartData withoutNotes() {
        return new ChartData(points.stream().map(p -> new Point(p.label(), p.value(), p.target(), p.status())).toList(),
                language, unit);
    }

    /** Whether any period has a note: the chart then holds links beside its picture. */
    boolean anyNote() {
        return points.stream().anyMatch(p -> p.note() != null);
    }
}
