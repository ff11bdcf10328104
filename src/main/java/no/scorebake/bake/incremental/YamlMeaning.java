package no.scorebake.bake.incremental;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import no.scorebake.load.YamlNode;

/**
 * The meaning of a YAML file: a SHA-256 of its parsed tree, written out in one canonical way
 * (each mapping's keys in their file order with their values, each list's items, each value's
 * text and whether it is null), without the lines and columns where they stood. Comments,
 * indentation, quoting and flow or block style are not in the tree, so they change nothing here;
 * a page shows nothing of them either (a position reaches only a message about a problem). The
 * build keys pages by it instead of the file's bytes, so such an edit re-renders no page.
 *
 * <p>The current period of {@code model/site.yaml} ({@code period:}) is left out too: a month's
 * pages do not depend on which month is current (see {@code PeriodKeys}), and the pages that do
 * are rendered every build or keyed by what they show.
 */
public final class YamlMeaning {

    /** The site's settings, whose {@code period} is left out. */
    static final String SITE = "model/site.yaml";
    private static final String PERIOD = "period";

    private YamlMeaning() {
    }

    /** The meaning of each tree of {@code trees}, by the file's path (relative to the project, with '/'). */
    public static Map<String, byte[]> of(Map<String, YamlNode> trees) {
        Map<String, byte[]> meanings = new HashMap<>();
        trees.forEach((path, tree) -> meanings.put(path, of(path, tree)));
        return meanings;
    }

    /** The meaning of the tree of the file {@code path} (relative to the project, with '/'). */
    public static byte[] of(String path, YamlNode tree) {
        MessageDigest sha = sha256();
        write(sha, tree, SITE.equals(path));
        return sha.digest();
    }

    private static void write(MessageDigest sha, YamlNode node, boolean siteTop) {
        if (node instanceof YamlNode.Mapping m) {
            sha.update((byte) 'M');
            int n = m.entries().size() - (siteTop && m.entries().containsKey(PERIOD) ? 1 : 0);
            count(sha, n);
            for (Map.Entry<String, YamlNode.Entry> e : m.entries().entrySet()) {
                if (siteTop && e.getKey().equals(PERIOD)) {
                    continue;
                }
                text(sha, e.getKey());
                write(sha, e.getValue().value(), false);
            }
        } else if (node instanceof YamlNode.Sequence s) {
            sha.update((byte) 'S');
            count(sha, s.items().size());
            for (YamlNode item : s.items()) {
                write(sha, item, false);
            }
        } else if (node instanceof YamlNode.Scalar s) {
            sha.update((byte) (s.nullValue() ? 'N' : 'T'));
            text(sha, s.text());
        } else {
            sha.update((byte) '0'); // no tree (an empty file)
        }
    }

    private static void text(MessageDigest sha, String text) {
        if (text == null) {
            count(sha, -1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        count(sha, bytes.length);
        sha.update(bytes);
    }

    private static void count(MessageDigest sha, int n) {
        sha.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
