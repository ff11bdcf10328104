package no.scorebake.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dark colour scheme of the default theme's style.css, as text: the KPI chart and the
 * strategy map carry their light colours as presentation attributes, and the scheme redraws
 * each such colour by a rule on the attribute's value ({@code .kpi-chart [fill="#1a7f37"]}).
 * A colour the Java code writes that has no such rule would stay light on a dark page.
 */
public final class DarkScheme {

    private static final Path STYLE = Path.of("themes/default/assets/style.css");
    private static final String OPENING = "@media screen and (prefers-color-scheme: dark) {";

    private DarkScheme() {
    }

    /** The rules inside the dark scheme's media block. */
    public static String rules() {
        try {
            String css = Files.readString(STYLE);
            int start = css.indexOf(OPENING);
            if (start < 0) {
                throw new AssertionError(STYLE + " has no block " + OPENING);
            }
            int depth = 0;
            for (int i = start + OPENING.length() - 1; i < css.length(); i++) {
                char c = css.charAt(i);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (depth == 0) {
                    return css.substring(start, i + 1);
                }
            }
            throw new AssertionError(STYLE + ": the dark scheme's block does not end");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the scheme redraws {@code attribute="colour"} inside elements of class {@code svgClass} with a custom property. */
    public static boolean redraws(String svgClass, String attribute, String colour) {
        Matcher m = Pattern.compile("\\." + Pattern.quote(svgClass) + " \\[" + attribute + "=\"" + Pattern.quote(colour)
                + "\"\\] \\{ " + Pattern.quote(attribute) + ": var\\(--[a-z-]+\\); \\}").matcher(rules());
        return m.find();
    }
}
