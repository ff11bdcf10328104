package no.scorebake.bake.incremental;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.scorebake.load.YamlNode;
import no.scorebake.model.Project;
import no.scorebake.model.Scorecard;
import no.scorebake.model.Unit;

/**
 * For each unit, the key of the scorecard files its own figures are computed from and show:
 * its own, its sub-units' (their scores are listed, their roll-up KPIs summed), and every unit
 * its scorecard names ({@code {820/outages}} in a formula, {@code "840/uptime"} in a factor),
 * each of those with what it draws on in turn. A unit's pages are keyed by this instead of by
 * every scorecard of the model, so that one unit's changed scorecard file re-renders the pages
 * of the units that draw on it and leaves the others' as they are.
 *
 * <p>Which units a scorecard names is read from its parsed tree, not from the model: every text
 * in it is searched for {@code <id>/} where {@code <id>} is a unit's id, which finds every
 * reference whatever the field (and sometimes a word that only looks like one, which costs a
 * page rendered, never a page wrongly kept). A scorecard without a tree (read with a warning)
 * is taken as naming every unit.
 */
final class UnitInputs {

    private UnitInputs() {
    }

    /**
     * The key of each unit's inputs, by unit id, from each scorecard file's key {@code files}
     * (by path, {@link InputFingerprint.Fingerprints#yaml}) and its tree in {@code trees} (by path).
     */
    static Map<String, String> of(Project project, Map<String, YamlNode> trees, Map<String, byte[]> files) {
        Map<String, Unit> units = new HashMap<>();
        project.organisation().all().forEach(u -> units.put(u.id(), u));
        Map<String, Set<String>> edges = new HashMap<>();
        for (Unit u : units.values()) {
            Set<String> to = edges.computeIfAbsent(u.id(), k -> new HashSet<>());
            u.units().forEach(child -> to.add(child.id()));
        }
        for (Scorecard card : project.scorecards().values()) {
            Set<String> to = edges.computeIfAbsent(card.unit(), k -> new HashSet<>());
            YamlNode tree = trees.get(card.path());
            if (tree == null) {
                to.addAll(units.keySet());
                to.addAll(project.scorecards().keySet());
            } else {
                named(tree, id -> units.containsKey(id) || project.scorecards().containsKey(id), to);
            }
        }
        Map<String, String> keys = new HashMap<>();
        Set<String> all = new TreeSet<>(units.keySet());
        all.addAll(project.scorecards().keySet());
        for (String unit : all) {
            MessageDigest sha = InputFingerprint.sha256();
            for (String drawn : closure(unit, edges)) {
                sha.update((drawn + "\n").getBytes(StandardCharsets.UTF_8));
                Scorecard card = project.scorecards().get(drawn);
                byte[] file = card == null ? null : files.get(card.path());
                sha.update(file == null ? new byte[] {0} : file);
            }
            keys.put(unit, HexFormat.of().formatHex(sha.digest()));
        }
        return keys;
    }

    /** {@code unit} and every unit it draws on, directly or through others, in id order. */
    private static Set<String> closure(String unit, Map<String, Set<String>> edges) {
        Set<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.push(unit);
        while (!todo.isEmpty()) {
            String u = todo.pop();
            if (seen.add(u)) {
                todo.addAll(edges.getOrDefault(u, Set.of()));
            }
        }
        return seen;
    }

    /** Adds to {@code to} every unit id (as {@code isUnit} says) written before a '/' in any text of {@code node}. */
    private static void named(YamlNode node, java.util.function.Predicate<String> isUnit, Set<String> to) {
        if (node instanceof YamlNode.Mapping m) {
            for (Map.Entry<String, YamlNode.Entry> e : m.entries().entrySet()) {
                named(e.getKey(), isUnit, to);
                named(e.getValue().value(), isUnit, to);
            }
        } else if (node instanceof YamlNode.Sequence s) {
            for (YamlNode item : s.items()) {
                named(item, isUnit, to);
            }
        } else if (node instanceof YamlNode.Scalar s) {
            named(s.text(), isUnit, to);
        }
    }

    /**
     * Adds each unit id written right before a '/' in {@code text}: the run of letters, digits
     * and {@code _ . -} before it, and each part of that run after a {@code _ . -}, so that
     * an id is found whatever stands before it.
     */
    private static void named(String text, java.util.function.Predicate<String> isUnit, Set<String> to) {
        if (text == null) {
            return;
        }
        for (int slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
            int start = slash;
            while (start > 0 && idChar(text.charAt(start - 1))) {
                start--;
            }
            for (int from = start; from < slash; from++) {
                if (from == start || !Character.isLetterOrDigit(text.charAt(from - 1))) {
                    String id = text.substring(from, slash);
                    if (isUnit.test(id)) {
                        to.add(id);
                    }
                }
            }
        }
    }

    private static boolean idChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
    }
}
