package no.scorebake.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.scorebake.model.Pos;
import no.scorebake.problem.Problems;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Reads YAML text into a {@link YamlNode} tree with positions, reporting syntax errors where they are. */
public final class YamlReader {

    /** Lists and mappings nest at most this deep; real files nest under 30, and a junk file cannot exhaust the stack. */
    public static final int MAX_NESTING = 100;

    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build()).build();

    /** A place in the parser's message: {@code  in 'reader', line 2, column 5:}. */
    private static final Pattern MARK = Pattern.compile("\\s*in '[^']*', line (\\d+), column (\\d+):?\\s*");

    private static final AtomicLong PARSED = new AtomicLong();

    private YamlReader() {
    }

    /**
     * How many YAML texts this process has parsed through {@link #read}: how a test sees that a
     * build with its YAML files unchanged took their trees as kept ({@link YamlTrees}).
     */
    public static long parsed() {
        return PARSED.get();
    }

    /**
     * Parses one YAML document. An empty file gives an empty mapping. Returns null after
     * reporting a syntax error.
     */
    public static YamlNode read(String path, String text, Problems problems) {
        PARSED.incrementAndGet();
        YamlNode quick = QuickYaml.read(path, text);
        return quick != null ? quick : readWithParser(path, text, problems);
    }

    /** Parses one YAML document through Jackson's parser: what {@link QuickYaml} must agree with, and every file it leaves. */
    static YamlNode readWithParser(String path, String text, Problems problems) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return new YamlNode.Mapping(Map.of(), new Pos(path, 1, 1));
            }
            YamlNode root;
            try {
                root = node(path, text.split("\n", -1), p, problems);
            } catch (StreamConstraintsException e) {
                problems.error(pos(path, p.currentLocation()), "lists and mappings nest deeper than " + MAX_NESTING
                        + " levels here; is it really a file of the model?");
                return null;
            }
            JsonToken more = p.nextToken();
            if (more != null) {
                problems.error(pos(path, p.currentTokenLocation()), "only one YAML document is allowed per file; remove the second '---' section");
            }
            return root;
        } catch (JsonProcessingException e) {
            MarkedYAMLException marked = marked(e);
            if (marked != null && marked.getProblemMark() != null && marked.getProblem() != null) {
                // The parser's own mark is where the problem is; Jackson's location can be where it was reading
                // (the end of the line before a tab, for one).
                Mark at = marked.getProblemMark();
                Mark from = marked.getContextMark();
                String context = marked.getContext() == null ? ""
                        : " (" + marked.getContext().strip() + (from == null ? "" : " from line " + (from.getLine() + 1)) + ")";
                String hint = marked.getProblem().contains("expected <block end>") ? "; check the indentation of this line against the lines above" : "";
                problems.error(new Pos(path, at.getLine() + 1, at.getColumn() + 1), "YAML syntax: " + marked.getProblem().strip() + context + hint);
            } else {
                JsonLocation loc = e.getLocation();
                problems.error(loc == null ? Pos.line(path, 1) : pos(path, loc), "YAML syntax: " + syntaxMessage(e.getOriginalMessage()));
            }
            return null;
        } catch (IOException e) {
            problems.error(Pos.line(path, 1), "cannot read: " + e.getMessage());
            return null;
        }
    }

    private static MarkedYAMLException marked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m) {
                return m;
            }
        }
        return null;
    }

    private static YamlNode node(String path, String[] lines, JsonParser p, Problems problems) throws IOException {
        JsonToken t = p.currentToken();
        Pos at = pos(path, p.currentTokenLocation());
        switch (t) {
            case START_OBJECT: {
                Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Pos keyPos = pos(path, p.currentTokenLocation());
                    p.nextToken();
                    YamlNode value = node(path, lines, p, problems);
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
                    items.add(node(path, lines, p, problems));
                }
                return new YamlNode.Sequence(items, at);
            }
            case VALUE_NULL:
                return new YamlNode.Scalar(null, true, at);
            default:
                return new YamlNode.Scalar(p.getText(), false, at, textStart(path, lines, at, p.getText()));
        }
    }

    /** Where a scalar's text starts when it stands verbatim on its line (plain, or inside quotes), else null. */
    static Pos textStart(String path, String[] lines, Pos at, String value) {
        if (value == null || value.isEmpty() || at.line() < 1 || at.line() > lines.length || at.col() < 1) {
            return null;
        }
        String line = lines[at.line() - 1];
        if (at.col() > line.length()) {
            return null;
        }
        char c = line.charAt(at.col() - 1);
        int start = c == '"' || c == '\'' ? at.col() + 1 : at.col();
        return line.startsWith(value, start - 1) ? new Pos(path, at.line(), start) : null;
    }

    static Pos pos(String path, JsonLocation loc) {
        return new Pos(path, Math.max(loc.getLineNr(), 0), Math.max(loc.getColumnNr(), 0));
    }

    /**
     * The parser's message on one line: what it found wrong, then what it was reading and from
     * which line, e.g. "expected ',' or '}', but got ':' (while parsing a flow mapping from line 2)".
     * The parser's marks (a copy of the line with a caret under the place) are left out: the
     * position is already at the front of the message.
     */
    static String syntaxMessage(String message) {
        if (message == null || message.isBlank()) {
            return "cannot be read";
        }
        List<String> texts = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        String[] all = message.strip().split("\\R");
        for (int i = 0; i < all.length; i++) {
            Matcher m = MARK.matcher(all[i]);
            if (m.matches()) {
                if (!texts.isEmpty() && lines.get(lines.size() - 1) == null) {
                    lines.set(lines.size() - 1, m.group(1));
                }
                // Skip the copy of the line and the caret under the place.
                if (i + 1 < all.length && all[i + 1].strip().equals("^")) {
                    i += 1;
                } else if (i + 2 < all.length && all[i + 2].strip().equals("^")) {
                    i += 2;
                }
            } else if (!all[i].isBlank()) {
                texts.add(all[i].strip());
                lines.add(null);
            }
        }
        if (texts.isEmpty()) {
            return "cannot be read";
        }
        if (texts.size() > 1 && texts.get(0).startsWith("while ")) {
            String context = texts.get(0) + (lines.get(0) == null ? "" : " from line " + lines.get(0));
            return String.join(" ", texts.subList(1, texts.size())) + " (" + context + ")";
        }
        return String.join(" ", texts);
    }
}
