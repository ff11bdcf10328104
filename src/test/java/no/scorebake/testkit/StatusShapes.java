package no.scorebake.testkit;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape the stylesheet draws before each status word ({@code .status-green::before}), read
 * from the CSS text, so a test can tell that every status class on a page has a shape although
 * the shape is no longer written into the page.
 */
public final class StatusShapes {

    private static final Pattern RULE = Pattern.compile("\\.(status-[a-z]+)::before\\s*\\{\\s*content:\\s*\"([^\"]+)\"");

    private StatusShapes() {
    }

    /** The status classes with a shape, each to the shape's CSS text (an escape such as {@code \25CF}). */
    public static Map<String, String> in(String css) {
        Map<String, String> shapes = new TreeMap<>();
        Matcher m = RULE.matcher(css);
        while (m.find()) {
            shapes.put(m.group(1), m.group(2));
        }
        return shapes;
    }
}
