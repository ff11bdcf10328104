package no.scorebake.load;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import no.scorebake.problem.Problems;

/**
 * Reads {@code theme-params:} of site.yaml: free settings of the theme (a municipality's name,
 * its phone number) that templates read as {@code ${themeParams.phone}}, so a theme's templates
 * hold no text of one organisation. Each key is a name a template can write after a dot, each
 * value one line of text; the templates escape it like any user text.
 */
final class ThemeParams {

    /** A key a template reads as {@code themeParams.<key>}: a Freemarker name, no hyphen (that would be a minus). */
    static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    private ThemeParams() {
    }

    /** The parameters sorted by key, each problem reported at its place; a wrong entry is left out. */
    static Map<String, String> read(YamlNode node, Problems problems) {
        YamlNode.Mapping map = YamlFields.mapping(node, problems, "theme-params of site.yaml");
        if (map == null) {
            return Map.of();
        }
        Map<String, String> params = new TreeMap<>();
        for (YamlNode.Entry e : map.entries().values()) {
            if (!KEY.matcher(e.key()).matches()) {
                problems.error(e.keyPos(), "theme parameter '" + e.key() + "' is not a name a template can read as ${themeParams."
                        + e.key() + "}: use 1-64 letters A-Z a-z, digits or '_', starting with a letter (phone, orgName)");
            } else if (!(e.value() instanceof YamlNode.Scalar s)) {
                problems.error(e.value().pos(), "theme parameter '" + e.key() + "' must be a single value (text), not " + e.value().kind());
            } else if (s.nullValue() || s.text().isBlank()) {
                problems.error(e.value().pos(), "theme parameter '" + e.key() + "' is empty; give it a value or remove the line");
            } else {
                params.put(e.key(), s.text());
            }
        }
        return Collections.unmodifiableMap(params);
    }
}
