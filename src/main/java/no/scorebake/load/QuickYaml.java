package no.scorebake.load;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.scorebake.model.Pos;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a plain YAML document straight from SnakeYAML's events into the same {@link YamlNode}
 * tree that {@link YamlReader#readWithParser} builds through Jackson, which parses with SnakeYAML
 * too: the same texts, the same places (an event's start, line and column from 1), and a value
 * is null exactly when Jackson's parser says so (a plain {@code ~} or {@code null}).
 * Jackson's layer on top roughly doubled the cost of reading the scorecards in a freshly started
 * scorebake. Whatever could make Jackson's reading differ or report a problem is left to it:
 * a syntax error, anchors, aliases and tags, a key that is not a plain value, a key given twice,
 * deep nesting, very long values, a second document. Then this returns null and the caller
 * reads the text through Jackson, with its messages.
 */
final class QuickYaml {

    /** Deeper documents go through Jackson, which refuses them past {@link YamlReader#MAX_NESTING}. */
    private static final int MAX_DEPTH = YamlReader.MAX_NESTING - 10;

    /** Longer values go through Jackson, which has limits on the length of names, numbers and texts. */
    private static final int MAX_VALUE = 1000;

    /** How Jackson's parser tells a null from a text: SnakeYAML's own resolver, read-only here. */
    private static final Resolver RESOLVER = new Resolver();

    /** Thrown where this reader leaves the text to Jackson. */
    private static final class Leave extends RuntimeException {
        Leave() {
            super(null, null, false, false);
        }
    }

    private final String path;
    private final String text;
    private final ParserImpl events;
    private String[] lines;

    private QuickYaml(String path, String text) {
        this.path = path;
        this.text = text;
        this.events = new ParserImpl(new StreamReader(new StringReader(text)), new LoaderOptions());
    }

    /** The document's tree, or null when Jackson's reading must decide. */
    static YamlNode read(String path, String text) {
        try {
            return new QuickYaml(path, text).document();
        } catch (RuntimeException e) {
            // Leave, or SnakeYAML's report of a syntax error, which Jackson's reading turns into the message.
            return null;
        }
    }

    private YamlNode document() {
        expect(Event.ID.StreamStart);
        Event e = events.getEvent();
        if (e.is(Event.ID.StreamEnd)) {
            return new YamlNode.Mapping(Map.of(), new Pos(path, 1, 1));
        }
        if (!e.is(Event.ID.DocumentStart)) {
            throw new Leave();
        }
        YamlNode root = node(events.getEvent(), 1);
        expect(Event.ID.DocumentEnd);
        expect(Event.ID.StreamEnd);
        return root;
    }

    private void expect(Event.ID id) {
        if (!events.getEvent().is(id)) {
            throw new Leave();
        }
    }

    private YamlNode node(Event e, int depth) {
        if (depth > MAX_DEPTH) {
            throw new Leave();
        }
        Pos at = pos(e.getStartMark());
        if (e.is(Event.ID.Scalar)) {
            ScalarEvent scalar = (ScalarEvent) e;
            String value = plain(scalar);
            if (value.isEmpty()) {
                // Jackson's parser as configured takes nothing written as an empty text, not a null.
                return new YamlNode.Scalar(value, false, at, YamlReader.textStart(path, lines(), at, value));
            }
            Tag tag = RESOLVER.resolve(NodeId.scalar, value, scalar.getImplicit().canOmitTagInPlainScalar());
            if (tag == Tag.NULL) {
                return new YamlNode.Scalar(null, true, at);
            }
            if ((tag == Tag.INT || tag == Tag.FLOAT) && !decimal(value)) {
                throw new Leave(); // octal, hexadecimal, binary, underscores: Jackson reads them its own way
            }
            return new YamlNode.Scalar(value, false, at, YamlReader.textStart(path, lines(), at, value));
        }
        if (e.is(Event.ID.MappingStart)) {
            collection(e);
            Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
            while (true) {
                Event k = events.getEvent();
                if (k.is(Event.ID.MappingEnd)) {
                    return new YamlNode.Mapping(entries, at);
                }
                if (!k.is(Event.ID.Scalar)) {
                    throw new Leave();
                }
                String key = plain((ScalarEvent) k);
                Pos keyPos = pos(k.getStartMark());
                YamlNode value = node(events.getEvent(), depth + 1);
                if (entries.putIfAbsent(key, new YamlNode.Entry(key, keyPos, value)) != null) {
                    throw new Leave(); // reported by Jackson's reading
                }
            }
        }
        if (e.is(Event.ID.SequenceStart)) {
            collection(e);
            List<YamlNode> items = new ArrayList<>();
            while (true) {
                Event item = events.getEvent();
                if (item.is(Event.ID.SequenceEnd)) {
                    return new YamlNode.Sequence(items, at);
                }
                items.add(node(item, depth + 1));
            }
        }
        throw new Leave();
    }

    /** A scalar's text, when it has no anchor, no tag and no great length. */
    private static String plain(ScalarEvent scalar) {
        if (scalar.getAnchor() != null || scalar.getTag() != null || scalar.getValue().length() > MAX_VALUE) {
            throw new Leave();
        }
        return scalar.getValue();
    }

    private static void collection(Event e) {
        CollectionStartEvent start = (CollectionStartEvent) e;
        if (start.getAnchor() != null || start.getTag() != null) {
            throw new Leave();
        }
    }

    /** A number Jackson keeps as written: an optional sign, decimal digits without a leading zero, an optional fraction. */
    static boolean decimal(String value) {
        int n = value.length();
        int i = value.startsWith("-") || value.startsWith("+") ? 1 : 0;
        int digits = i;
        while (digits < n && value.charAt(digits) >= '0' && value.charAt(digits) <= '9') {
            digits++;
        }
        if (digits == i || value.charAt(i) == '0' && digits - i > 1) {
            return false;
        }
        if (digits == n) {
            return true;
        }
        if (value.charAt(digits) != '.') {
            return false;
        }
        int fraction = digits + 1;
        while (fraction < n && value.charAt(fraction) >= '0' && value.charAt(fraction) <= '9') {
            fraction++;
        }
        return fraction == n && fraction > digits + 1;
    }

    /** Where an event starts, as Jackson's parser gives it (see {@link YamlReader#pos}). */
    private Pos pos(Mark mark) {
        return new Pos(path, Math.max(mark.getLine() + 1, 0), Math.max(mark.getColumn() + 1, 0));
    }

    private String[] lines() {
        if (lines == null) {
            lines = text.split("\n", -1);
        }
        return lines;
    }
}
