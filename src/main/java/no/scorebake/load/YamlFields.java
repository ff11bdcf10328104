package no.scorebake.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import no.scorebake.model.Pos;
import no.scorebake.model.Ref;
import no.scorebake.problem.Problems;

/**
 * Typed, checked access to one YAML mapping. Each getter reports what is wrong where it is
 * (wrong kind of value, invalid id, unknown choice with the valid ones) and returns null,
 * so reading goes on and every problem of the file is found in one run.
 */
final class YamlFields {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    static final String ID_RULE = "an id is 1-64 letters A-Z a-z, digits, '-' or '_', starting with a letter or digit";

    private final YamlNode.Mapping map;
    private final Problems problems;
    private final String what;

    /**
     * @param what names the mapping in messages, e.g. "KPI 'user-faults'"
     * @param known the keys this mapping may hold; any other key is reported with these listed
     */
    YamlFields(YamlNode.Mapping map, Problems problems, String what, Set<String> known) {
        this.map = map;
        this.problems = problems;
        this.what = what;
        for (YamlNode.Entry e : map.entries().values()) {
            if (!known.contains(e.key())) {
                problems.error(e.keyPos(), "unknown key '" + e.key() + "' in " + what + " — known: " + String.join(", ", known));
            }
        }
    }

    /** Checks that a node is a mapping; reports it and returns null otherwise. */
    static YamlNode.Mapping mapping(YamlNode node, Problems problems, String what) {
        if (node instanceof YamlNode.Mapping m) {
            return m;
        }
        problems.error(node.pos(), what + " must be a mapping of key: value lines, not " + node.kind());
        return null;
    }

    /** The items of a list-valued key; a missing key gives an empty list. */
    static List<YamlNode> items(YamlNode node, Problems problems, String what) {
        if (node == null || node instanceof YamlNode.Scalar s && s.nullValue()) {
            return List.of();
        }
        if (node instanceof YamlNode.Sequence seq) {
            return seq.items();
        }
        problems.error(node.pos(), what + " must be a list (lines starting with '- ', or [a, b]), not " + node.kind());
        return List.of();
    }

    Pos pos() {
        return map.pos();
    }

    /** The position of a key's value, or of the mapping when the key is absent. */
    Pos pos(String key) {
        YamlNode n = map.get(key);
        return n == null ? map.pos() : n.pos();
    }

    /** Where the text of a key's scalar value starts, when it is written verbatim on one line; else null. */
    Pos textPos(String key) {
        return map.get(key) instanceof YamlNode.Scalar s ? s.textPos() : null;
    }

    boolean has(String key) {
        YamlNode n = map.get(key);
        return n != null && !(n instanceof YamlNode.Scalar s && s.nullValue());
    }

    YamlNode node(String key) {
        return map.get(key);
    }

    String text(String key) {
        YamlNode n = map.get(key);
        if (n == null || n instanceof YamlNode.Scalar s && s.nullValue()) {
            return null;
        }
        if (n instanceof YamlNode.Scalar s) {
            return s.text();
        }
        problems.error(n.pos(), "'" + key + "' of " + what + " must be a single value, not " + n.kind());
        return null;
    }

    String requiredText(String key) {
        String t = text(key);
        if (t == null && !map.entries().containsKey(key)) {
            problems.error(map.pos(), what + " has no '" + key + "'; it is required");
        } else if (t != null && t.isBlank()) {
            problems.error(pos(key), "'" + key + "' of " + what + " is empty");
            return null;
        } else if (t == null && map.get(key) instanceof YamlNode.Scalar) {
            problems.error(pos(key), "'" + key + "' of " + what + " is empty");
        }
        return t;
    }

    /** A required id, checked against the id rule. */
    String id(String key) {
        String t = requiredText(key);
        if (t != null && !ID.matcher(t).matches()) {
            problems.error(pos(key), "'" + t + "' is not a valid id: " + ID_RULE);
            return null;
        }
        return t;
    }

    BigDecimal number(String key) {
        String t = text(key);
        if (t == null) {
            return null;
        }
        BigDecimal d = NumberText.parse(t);
        if (d == null) {
            problems.error(pos(key), "'" + key + "' of " + what + " is '" + t + "'; expected " + NumberText.VALID);
        }
        return d;
    }

    /** A positive number (weights), defaulting to 1. */
    BigDecimal weight(String key) {
        BigDecimal w = number(key);
        if (w == null) {
            return BigDecimal.ONE;
        }
        if (w.signum() <= 0) {
            problems.error(pos(key), "weight of " + what + " is " + w.toPlainString() + "; a weight must be greater than 0");
            return BigDecimal.ONE;
        }
        return w;
    }

    /** One of a few words, or the default when absent; an unknown word is reported with the valid ones. */
    <E> E choice(String key, Function<String, E> fromKey, String valid, E fallback) {
        String t = text(key);
        if (t == null) {
            return fallback;
        }
        E e = fromKey.apply(t);
        if (e == null) {
            problems.error(pos(key), "unknown " + key + " '" + t + "' in " + what + " — valid: " + valid);
            return fallback;
        }
        return e;
    }

    /** A list of ids or references, each with its place; {@code slashAllowed} admits {@code unit/kpi}. */
    List<Ref> refs(String key, boolean slashAllowed) {
        List<Ref> refs = new ArrayList<>();
        for (YamlNode item : items(map.get(key), problems, "'" + key + "' of " + what)) {
            if (item instanceof YamlNode.Scalar s && !s.nullValue()) {
                String t = s.text().strip();
                if (validRef(t, slashAllowed)) {
                    refs.add(new Ref(t, s.pos()));
                } else {
                    problems.error(s.pos(), "'" + t + "' in '" + key + "' is not a valid "
                            + (slashAllowed ? "reference (kpi or unit/kpi): " : "id: ") + ID_RULE);
                }
            } else {
                problems.error(item.pos(), "each entry of '" + key + "' must be an id, not " + item.kind());
            }
        }
        return Collections.unmodifiableList(refs);
    }

    static boolean validRef(String t, boolean slashAllowed) {
        int slash = t.indexOf('/');
        if (slash < 0) {
            return ID.matcher(t).matches();
        }
        return slashAllowed && ID.matcher(t.substring(0, slash)).matches() && ID.matcher(t.substring(slash + 1)).matches();
    }

    static Set<String> keys(String... keys) {
        return Collections.unmodifiableSet(new TreeSet<>(List.of(keys)));
    }

    /**
     * How problems name an item of a list: by its id when it has one ({@code objective 'k1'}),
     * else by its kind ({@code a KPI}), so that a message points at the item even before its
     * fields are read.
     */
    static String label(String kind, YamlNode.Mapping m) {
        return m.get("id") instanceof YamlNode.Scalar s && !s.nullValue() ? kind + " '" + s.text() + "'" : "a " + kind;
    }
}
