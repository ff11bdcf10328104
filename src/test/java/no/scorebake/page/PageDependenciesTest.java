package no.scorebake.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The page package's classes, as the JDK's jdeps reads them from the compiled classes: no two
 * depend on each other, directly or round about, and the addresses depend on the model alone.
 * Before {@code address.Addresses} owned the site's addresses, sixteen of them formed one cycle:
 * each page type asked the others for their pages' paths, and the shared context kept the
 * scorecard's content, the rows and the report tallies by their page types' own records.
 */
class PageDependenciesTest {

    private static final Path CLASSES = Path.of("target/classes");
    private static final Pattern EDGE = Pattern.compile("^\\s+(no\\.scorebake\\.[\\w.$]+)\\s+->\\s+(no\\.scorebake\\.[\\w.$]+)\\s", Pattern.MULTILINE);
    private static final String PAGE = "no.scorebake.page.";

    /** Class → the classes of scorebake it uses, nested classes counted as their outer class. */
    private static final Map<String, Set<String>> USES = new TreeMap<>();

    @BeforeAll
    static void readTheClasses() {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-verbose:class", "-filter:none", CLASSES.toString());
        assertEquals(0, status, out.toString());
        Matcher m = EDGE.matcher(out.toString());
        while (m.find()) {
            String from = outer(m.group(1));
            String to = outer(m.group(2));
            if (!from.equals(to)) {
                USES.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
            }
        }
        assertTrue(USES.containsKey(PAGE + "ScorecardPage"), "jdeps read no page classes from " + CLASSES);
    }

    @Test
    void noClassOfThePagePackageDependsOnItselfThroughOthers() {
        List<String> cycles = new ArrayList<>();
        for (String start : USES.keySet()) {
            if (start.startsWith(PAGE) && reaches(start, start, new TreeSet<>())) {
                cycles.add(start);
            }
        }
        assertEquals(List.of(), cycles, "classes of the page package on a dependency cycle");
    }

    @Test
    void theAddressesUseOnlyTheModel() {
        for (var e : USES.entrySet()) {
            if (e.getKey().startsWith("no.scorebake.address.")) {
                for (String used : e.getValue()) {
                    assertTrue(used.startsWith("no.scorebake.model.") || used.startsWith("no.scorebake.address."), e.getKey() + " uses " + used);
                }
            }
        }
    }

    private static boolean reaches(String from, String target, Set<String> seen) {
        for (String next : USES.getOrDefault(from, Set.of())) {
            if (!next.startsWith(PAGE)) {
                continue;
            }
            if (next.equals(target)) {
                return true;
            }
            if (seen.add(next) && reaches(next, target, seen)) {
                return true;
            }
        }
        return false;
    }

    private static String outer(String name) {
        int dollar = name.indexOf('$');
        return dollar < 0 ? name : name.substring(0, dollar);
    }
}
