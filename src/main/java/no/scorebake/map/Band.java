package no.scorebake.map;

import java.util.List;
import java.util.Objects;

/**
 * A perspective: one horizontal band of the map.
 *
 * @param id        the perspective's id
 * @param name      its name (user text)
 * @param scoreText its score as printed, e.g. "98,2 %"; empty when there is none
 * @param status    {@code green}, {@code yellow}, {@code red} or {@code grey}; anything else is drawn as grey
 * @param boxes     its objectives, left to right
 */
public record Band(String id, String name, String scoreText, String status, List<Box> boxes) {

    public Band {
        boxes = boxes == null ? List.of() : boxes.stream().filter(Objects::nonNull).toList();
    }
}
