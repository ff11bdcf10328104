package no.scorebake.page;

import no.scorebake.status.Status;
import no.scorebake.text.Labels;

/**
 * A traffic light as a reader sees it: a shape and a word as well as a colour, so status is
 * never told by colour alone (the shapes match the chart's point markers).
 *
 * @param key green, yellow, red or grey: the CSS class and the {@code data-status} value
 */
public record StatusView(String key, String word, String icon) {

    public static StatusView of(Status status, Labels labels) {
        String icon = switch (status) {
            case GREEN -> "\u25CF";   // ● circle
            case YELLOW -> "\u25B2";  // ▲ triangle
            case RED -> "\u25A0";     // ■ square
            case GREY -> "\u25CB";    // ○ hollow circle
        };
        return new StatusView(status.key(), labels.get("status." + status.key()), icon);
    }
}
