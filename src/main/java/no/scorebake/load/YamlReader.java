package no.scorebake.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.scorebake.model.Pos;

/** Reads YAML text into a {@link YamlNode} tree with positions, reporting syntax errors where they are. */
public final class YamlReader {

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlReader() {
    }

    /**
     * Parses one YAML document. An empty file gives an empty mapping. Returns null after
     * reporting a syntax error.
     */
    public static YamlNode read(String path, String text, Problems problems) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return new YamlNode.Mapping(Map.of(), new Pos(path, 1, 1));
            }
            YamlNode root = node(path, p, problems);
            JsonToken more = p.nextToken();
            if (more != null) {
                problems.error(pos(path, p.currentTokenLocation()), "only one YAML document is allowed per file; remove the second '---' section");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            problems.error(loc == null ? Pos.of(path) : pos(path, loc), "YAML syntax: " + firstLine(e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            problems.error(Pos.of(path), "cannot read: " + e.getMessage());
            return null;
        }
    }

    private static YamlNode node(String path, JsonParser p, Problems problems) throws IOException {
        JsonToken t = p.currentToken();
        Pos at = pos(path, p.currentTokenLocation());
        switch (t) {
            case START_OBJECT: {
                Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Pos keyPos = pos(path, p.currentTokenLocation());
                    p.nextToken();
                    YamlNode value = node(path, p, problems);
                    YamlNode.Entry earlier = entries.get(key);
                    if (earlier != null) {
                        problems.error(keyPos, "key '" + key + "' appears twice in one mapping (first at line " + earlier.keyPos().line() + ")");
                    } else {
                        entries.put(key, new YamlNode.Entry(key, keyPos, value));
                    }
                }
                return new YamlNode.Mapping(entries, at);
            }
            case START_ARRAY: {
                List<YamlNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node(path, p, problems));
                }
                return new YamlNode.Sequence(items, at);
            }
            case VALUE_NULL:
                return new YamlNode.Scalar(null, true, at);
            default:
                return new YamlNode.Scalar(p.getText(), false, at);
        }
    }

    static Pos pos(String path, JsonLocation loc) {
        return new Pos(path, Math.max(loc.getLineNr(), 0), Math.max(loc.getColumnNr(), 0));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "cannot be read";
        }
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }
}
