package no.scorebake.bake.incremental;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import no.scorebake.load.YamlNode;
import no.scorebake.load.YamlReader;
import no.scorebake.problem.Problems;
import org.junit.jupiter.api.Test;

/**
 * A YAML file's meaning ({@link YamlMeaning}) is its parsed tree: comments, indentation, quoting
 * and flow or block style leave it as it is; any text, key, order or structure changes it; the
 * site's current period is left out of site.yaml's, and only there.
 */
class YamlMeaningTest {

    private static byte[] meaning(String path, String yaml) {
        Problems problems = new Problems();
        YamlNode tree = YamlReader.read(path, yaml, problems);
        assertEquals(List.of(), problems.errors(), yaml);
        return YamlMeaning.of(path, tree);
    }

    private static final String CARD = """
            vision: Til å stole på
            perspectives:
              - { id: customer, name: Kunde/bruker }
            objectives:
              - id: delivery
                name: Høy leveringspresisjon
                perspective: customer
                kpis: [late]
            kpis:
              - { id: late, name: For sent, unit: count, target: 5 }
            """;

    @Test
    void commentsLayoutQuotingAndStyleMeanTheSame() {
        String other = """
                # Styringskort, med kommentarer
                vision: "Til å stole på"   # visjonen

                perspectives:
                - id: customer
                  name: 'Kunde/bruker'
                objectives:
                    -   id: delivery
                        name: Høy leveringspresisjon
                        perspective: customer
                        kpis:
                          - late
                kpis: [{id: late, name: For sent, unit: count, target: 5}]
                """;
        assertArrayEquals(meaning("model/scorecards/810.yaml", CARD), meaning("model/scorecards/810.yaml", other));
    }

    @Test
    void anyTextKeyOrderOrStructureChangesTheMeaning() {
        byte[] base = meaning("model/scorecards/810.yaml", CARD);
        for (String changed : List.of(
                CARD.replace("target: 5", "target: 5.0"),
                CARD.replace("target: 5", "target: 6"),
                CARD.replace("Til å stole på", "Til å stole på!"),
                CARD.replace("kpis: [late]", "kpis: [late, late]"),
                CARD.replace("kpis: [late]", "kpis: late"),
                CARD.replace("    name: Høy leveringspresisjon\n    perspective: customer\n",
                        "    perspective: customer\n    name: Høy leveringspresisjon\n"),
                CARD.replace("vision: Til å stole på", "vision:"),
                CARD.replace("vision: Til å stole på", "vision: ''"))) {
            assertFalse(Arrays.equals(base, meaning("model/scorecards/810.yaml", changed)), changed);
        }
    }

    @Test
    void theCurrentPeriodIsLeftOutOfTheSitesSettingsOnly() {
        String site = "title: Avdeling\nlanguage: nb\nperiod: 2006-04\n";
        assertArrayEquals(meaning(YamlMeaning.SITE, site), meaning(YamlMeaning.SITE, site.replace("2006-04", "2006-05")));
        assertArrayEquals(meaning(YamlMeaning.SITE, site), meaning(YamlMeaning.SITE, "title: Avdeling\nlanguage: nb\n"));
        assertFalse(Arrays.equals(meaning(YamlMeaning.SITE, site), meaning(YamlMeaning.SITE, site.replace("Avdeling", "Seksjon"))));
        String nested = "title: A\nthresholds: { period: 1, green: 100 }\n";
        assertFalse(Arrays.equals(meaning(YamlMeaning.SITE, nested), meaning(YamlMeaning.SITE, nested.replace("period: 1", "period: 2"))),
                "only the top-level period");
        String other = "model/scorecards/810.yaml";
        assertFalse(Arrays.equals(meaning(other, site), meaning(other, site.replace("2006-04", "2006-05"))), "only in site.yaml");
    }
}
