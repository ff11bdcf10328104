package no.scorebake.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * axe-core, read from Deque's jar on the test classpath (its axe.min.js) and injected into the
 * open page, run with the WCAG 2.0, 2.1 and 2.2 level A and AA rules. Nothing is fetched from
 * the network.
 */
final class Axe {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final String VERSION = "4.11.1";
    private static final String SOURCE = read("axe.min.js");

    private Axe() {
    }

    private static String read(String resource) {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the classpath: " + resource + " (run with -Pbrowser)");
            }
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!script.startsWith("/*! axe v" + VERSION)) {
                throw new IllegalStateException("the axe-core on the classpath is not " + VERSION + ": "
                        + script.substring(0, Math.min(40, script.length())));
            }
            return script;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void inject(Browser b) {
        Boolean present = b.js("return typeof window.axe === 'object';");
        if (!Boolean.TRUE.equals(present)) {
            b.driver.executeScript(SOURCE);
        }
    }

    /** Every violation in the open page, one line each: rule, impact, what it means, and the elements. */
    static List<String> violations(Browser b) {
        return run(b, Map.of("type", "tag", "values", TAGS));
    }

    /** The violations of the rules named (such as color-contrast), as {@link #violations(Browser)}. */
    static List<String> violationsOf(Browser b, String... rules) {
        return run(b, Map.of("type", "rule", "values", List.of(rules)));
    }

    private static List<String> run(Browser b, Map<String, Object> only) {
        inject(b);
        Object result = b.driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: arguments[0], resultTypes: ['violations'] })
                  .then(function (r) {
                    done(r.violations.map(function (v) {
                      return v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.slice(0, 5).map(function (n) {
                        return n.target.join(' ') + ' ' + n.html.substring(0, 160) + (n.failureSummary ? ' [' + n.failureSummary.replace(/\\s+/g, ' ') + ']' : '');
                      }).join(' | ') + (v.nodes.length > 5 ? ' … ' + v.nodes.length + ' elements' : '');
                    }));
                  })
                  .catch(function (e) { done(['axe failed: ' + e]); });
                """, only);
        @SuppressWarnings("unchecked")
        List<String> lines = (List<String>) result;
        return lines;
    }

    /** The ids of the rules these tags select, for the record of what was checked. */
    static List<String> rules(Browser b) {
        inject(b);
        return b.js("return axe.getRules(arguments[0]).map(function (r) { return r.ruleId; }).sort();", TAGS);
    }
}
