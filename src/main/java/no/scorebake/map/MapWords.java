package no.scorebake.map;

import java.util.List;
import java.util.Locale;
import no.scorebake.model.Language;
import no.scorebake.text.Labels;

/**
 * The words the map adds itself, from the site's labels: those of the site's language when it is
 * one scorebake knows ({@code nb}, {@code nn}, {@code en}), else English for a language starting
 * with {@code en} and bokmål for any other (the map's default, as {@link MapData} says).
 *
 * @param status the status words for green, yellow, red and grey, in the order of {@link StrategyMap#statusIndex}
 */
record MapWords(String defaultTitle, String topDown, String drives, String causeEffect, String noLinks,
                String noObjectives, String legend, List<String> status) {

    static MapWords of(String language) {
        String l = language == null ? "" : language.toLowerCase(Locale.ROOT);
        Language known = Language.byTag(l);
        Labels labels = Labels.of(known != null ? known : l.startsWith("en") ? Language.EN : Language.NB);
        return new MapWords(labels.get("map.title"), labels.get("map.topDown"), labels.get("map.drives"),
                labels.get("map.causeEffect"), labels.get("map.noLinks"), labels.get("map.noObjectives"),
                labels.get("map.legend"),
                List.of(labels.get("status.green"), labels.get("status.yellow"), labels.get("status.red"),
                        labels.get("status.grey")));
    }
}
