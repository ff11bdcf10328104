package no.scorebake.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import no.scorebake.problem.Problems;
import org.junit.jupiter.api.Test;

/**
 * {@link QuickYaml} against Jackson's reading ({@link YamlReader#readWithParser}): for every text
 * it reads, the same tree with the same places; every text it leaves is one Jackson's reading
 * reports a problem for, or reads its own way.
 */
class QuickYamlTest {

    /** The tree as text: kinds, keys in order, values, nulls and every place. */
    private static String shown(YamlNode node) {
        return String.valueOf(node);
    }

    /** Checks one text; true when the quick reading took it. */
    private static boolean same(String text) {
        Problems problems = new Problems();
        YamlNode parsed = YamlReader.readWithParser("m.yaml", text, problems);
        YamlNode quick = QuickYaml.read("m.yaml", text);
        if (quick == null) {
            return false;
        }
        assertTrue(problems.errors().isEmpty() && problems.warnings().isEmpty(), () -> "quick reading took a text with problems: " + text);
        assertEquals(shown(parsed), shown(quick), text);
        return true;
    }

    @Test
    void sameTreesAsJacksonForTheExampleModel() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("model"))) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() > 5);
        for (Path file : files) {
            String text = Files.readString(file);
            assertTrue(same(text.startsWith("\uFEFF") ? text.substring(1) : text), () -> "not read quickly: " + file);
        }
    }

    @Test
    void sameTreesAsJacksonForTheFormsOfAScorecard() {
        String[] taken = {
                "", "# only a comment\n", "---\n", "a: 1\n", "a:\n", "a: ~\n", "a: null\n", "a: Null\n", "a: ''\n", "a: \"\"\n",
                "a: 'null'\n", "a: yes\n", "a: no\n", "a: true\n", "a: 12.5\n", "a: -3\n", "a: +7\n", "a: 0\n", "a: 2005-08\n",
                "a: 2005-08-01\n", "a: 1 234,5\n", "a: 12,5\n",
                "perspectives:\n  - { id: p, name: \"Brukere\" }\n  - {id: q, name: 'K''s'}\nkpis: [a, b/c, \"d\"]\n",
                "objectives:\n  - id: k1\n    name: Fornøyde brukere\n    kpis: [x]\n    factors:\n      - id: f\n        weight: 2\n",
                "description: |\n  linje en\n  linje to\nnext: >\n  foldet\n  tekst\n",
                "name: lang tekst\n  som fortsetter\nx: \"escape \\\" og \\u00e6\"\n",
                "a:\n  - \n  - b\n  -\n", "a: [ ]\nb: { }\n", "a: \"tab\\there\"\n", "? a\n: b\n", "a: b # kommentar\n",
                "- 1\n- 2\n", "just text\n", "a: 'x' \n\n\n",
                "--- \na: 1\n...\n", "%YAML 1.1\n---\na: 1\n", "a: x:y\n", "a: \"multi\n  line\"\n",
        };
        int quick = 0;
        for (String text : taken) {
            quick += same(text) ? 1 : 0;
        }
        assertTrue(quick >= taken.length - 2, "taken quickly: " + quick + " of " + taken.length);
    }

    @Test
    void leavesToJacksonWhatItReportsOrReadsItsOwnWay() {
        String[] left = {
                "a: 1\na: 2\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: !!int 1\n", "a: 0x1F\n", "a: 017\n", "a: 1_000\n", "a: 0b11\n",
                "a: 1e3\n", "a: .5\n", "a: .inf\n", "a: 1\n---\nb: 2\n", "a: 1\n---\n", "? [a]\n: b\n", "a: [1, 2\n", "a:\n\tb: 1\n",
                "a: 1\n b: 2\n", "a: \"open\n", "a: " + "x".repeat(1001) + "\n", "a: 19:30\n",
                "a: " + "[".repeat(95) + "]".repeat(95) + "\n",
        };
        for (String text : left) {
            assertNull(QuickYaml.read("m.yaml", text), text);
        }
        assertNotNull(QuickYaml.read("m.yaml", "a: " + "[".repeat(80) + "]".repeat(80) + "\n"));
    }

    @Test
    void decimalIsTheFormJacksonKeepsAsWritten() {
        for (String yes : new String[] {"0", "-0", "+7", "12", "12.5", "-3.25", "100.0"}) {
            assertTrue(QuickYaml.decimal(yes), yes);
        }
        for (String no : new String[] {"", "-", "+", "01", "1.", ".5", "1e3", "1_0", "0x1", "1.2.3", "1,5"}) {
            assertTrue(!QuickYaml.decimal(no), no);
        }
    }
}
