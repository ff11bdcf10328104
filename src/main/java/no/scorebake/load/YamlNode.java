package no.scorebake.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.scorebake.model.Pos;

/**
 * A YAML document as a small tree that keeps the line and column of every key and value.
 * Jackson's own trees forget positions, and every problem must say where it is.
 */
public sealed interface YamlNode {

    Pos pos();

    /** A short name of the node's kind for messages ("a list", "a mapping", "a value"). */
    String kind();

    /** A mapping; keys keep their file order and their own positions. */
    record Mapping(Map<String, Entry> entries, Pos pos) implements YamlNode {
        public Mapping {
            entries = new LinkedHashMap<>(entries);
        }

        public YamlNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        public String kind() {
            return "a mapping (key: value lines)";
        }
    }

    record Entry(String key, Pos keyPos, YamlNode value) {
    }

    record Sequence(List<YamlNode> items, Pos pos) implements YamlNode {
        public String kind() {
            return "a list";
        }
    }

    /**
     * A scalar with its text as written; numbers and booleans keep their text too ({@code 800}
     * reads as "800"). {@code textPos} is where the text itself starts when it is written
     * verbatim on one line (after the quote of a quoted value), so a message can point at a
     * character inside it; null for block scalars and texts with escapes or line breaks.
     */
    record Scalar(String text, boolean nullValue, Pos pos, Pos textPos) implements YamlNode {
        public Scalar(String text, boolean nullValue, Pos pos) {
            this(text, nullValue, pos, null);
        }

        public String kind() {
            return nullValue ? "nothing" : "a value";
        }
    }
}
