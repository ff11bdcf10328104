package no.scorebake.map;

import java.util.List;
import java.util.Objects;

/**
 * Everything {@link StrategyMap} draws: one unit's strategy map for one period.
 *
 * @param title    what the map is of, e.g. "Strategikart – Avdeling 800, august 2005" (user text)
 * @param bands    the perspectives, top to bottom
 * @param links    cause–effect links; links naming an unknown objective are ignored
 * @param language {@code nb} (default) or {@code en}: the words the map adds itself
 */
public record MapData(String title, List<Band> bands, List<Link> links, String language) {

    public MapData {
        bands = bands == null ? List.of() : bands.stream().filter(Objects::nonNull).toList();
        links = links == null ? List.of() : links.stream().filter(Objects::nonNull).toList();
    }
}
