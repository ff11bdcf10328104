package no.scorebake.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import no.scorebake.model.KpiKey;
import no.scorebake.model.Pos;
import no.scorebake.model.Project;
import no.scorebake.model.Unit;
import no.scorebake.problem.Problems;
import no.scorebake.testkit.Expect;
import no.scorebake.testkit.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the YAML files: ids written as numbers, and the positions every message relies on. */
class YamlLoadingTest {

    @TempDir
    Path dir;

    @Test
    void numberIdsAreReadAsWritten() {
        Project p = new TestProject(dir)
                .file("model/organisation.yaml", """
                        units:
                          - id: 800
                            name: Avdeling for IT og datafangst
                            units:
                              - id: 0810
                                name: Seksjon 810
                        """)
                .file("model/scorecards/800.yaml", """
                        perspectives: [ { id: 1, name: Kunde } ]
                        objectives:
                          - { id: 10, name: Mål, perspective: 1, kpis: [100, "0810/200"] }
                        kpis:
                          - { id: 100, name: Feil, unit: count, target: 150 }
                        initiatives:
                          - { id: 2005, name: ITIL, supports: [10] }
                        """)
                .file("model/scorecards/0810.yaml", """
                        perspectives: [ { id: 1, name: Kunde } ]
                        kpis:
                          - { id: 200, name: Oppetid, unit: percent }
                        """)
                .file("model/data/a.csv", "scorecard,kpi,period,value\n800,100,2005-08,134\n0810,200,2005-08,99\n")
                .load();
        assertEquals(List.of("800", "0810"), p.organisation().all().stream().map(Unit::id).toList());
        assertTrue(p.scorecards().get("800").kpis().containsKey("100"));
        assertEquals("1", p.scorecards().get("800").objectives().get(0).perspective().text());
        assertEquals("2005", p.scorecards().get("800").initiatives().get(0).id());
        assertEquals(new KpiKey("800", "100"), p.measurements().get(0).kpi());
        assertEquals(new KpiKey("0810", "200"), p.measurements().get(1).kpi());
        assertEquals(new BigDecimal("150"), p.scorecards().get("800").kpis().get("100").target());
    }

    @Test
    void positionsOfKeysAndValues() {
        Problems problems = new Problems();
        YamlNode root = YamlReader.read("model/x.yaml", """
                title: Test
                units:
                  - id: "810"
                    name:   Seksjon
                """, problems);
        assertTrue(problems.errors().isEmpty());
        YamlNode.Mapping map = (YamlNode.Mapping) root;
        assertEquals(new Pos("model/x.yaml", 1, 1), map.pos());
        assertEquals(new Pos("model/x.yaml", 2, 1), map.entries().get("units").keyPos());
        YamlNode.Mapping unit = (YamlNode.Mapping) ((YamlNode.Sequence) map.get("units")).items().get(0);
        assertEquals(new Pos("model/x.yaml", 3, 5), unit.entries().get("id").keyPos());
        assertEquals(new Pos("model/x.yaml", 3, 9), unit.get("id").pos());
        assertEquals("810", ((YamlNode.Scalar) unit.get("id")).text());
        assertEquals(new Pos("model/x.yaml", 4, 13), unit.get("name").pos());
    }

    @Test
    void crlfAndByteOrderMarkKeepPositions() {
        byte[] text = "\uFEFFtitle: Test\r\nperiod: 2005-08\r\ncolour: red\r\n".getBytes(StandardCharsets.UTF_8);
        TestProject p = new TestProject(dir).bytes("model/site.yaml", text);
        Expect.error(p, "model/site.yaml:3:1", "unknown key 'colour' in site.yaml");
    }

    @Test
    void syntaxErrorIsReportedWhereTheParserStopped() {
        TestProject p = new TestProject(dir).file("model/site.yaml", "title: Test\n\tperiod: 2005-08\n");
        String line = Expect.error(p, "model/site.yaml:2:1", "YAML syntax: ").err();
        assertTrue(line.contains("cannot start any token"), line);
    }

    @Test
    void syntaxMessageIsOneLineWithWhatWasWrongFirst() {
        String snake = """
                while parsing a flow mapping
                 in 'reader', line 2, column 5:
                      - { id: p, name: P
                        ^
                expected ',' or '}', but got :
                 in 'reader', line 3, column 5:
                    kpis: []
                        ^
                """;
        assertEquals("expected ',' or '}', but got : (while parsing a flow mapping from line 2)", YamlReader.syntaxMessage(snake));
        assertEquals("cannot be read", YamlReader.syntaxMessage(null));
        assertEquals("found unexpected end of stream", YamlReader.syntaxMessage("found unexpected end of stream\n in 'reader', line 4, column 1:\n    \n    ^\n"));
    }

    @Test
    void emptyYamlFileIsAnEmptyMapping() {
        Problems problems = new Problems();
        YamlNode root = YamlReader.read("model/x.yaml", "", problems);
        assertNotNull(root);
        assertTrue(((YamlNode.Mapping) root).entries().isEmpty());
        assertTrue(problems.errors().isEmpty());
    }

    @Test
    void secondDocumentIsAnError() {
        TestProject p = new TestProject(dir).file("model/site.yaml", "title: Test\nperiod: 2005-08\n---\ntitle: Again\n");
        Expect.error(p, "model/site.yaml:4:1", "only one YAML document is allowed per file");
    }

    @Test
    void formulaTextPositionKnownForPlainAndQuotedButNotForBlockScalars() {
        Problems problems = new Problems();
        YamlNode.Mapping m = (YamlNode.Mapping) YamlReader.read("f.yaml", """
                a: 100 * {x}
                b: "{x} / 2"
                c: '{x}'
                d: >-
                  {x}
                e: "a\\tb"
                """, problems);
        assertEquals(new Pos("f.yaml", 1, 4), ((YamlNode.Scalar) m.get("a")).textPos());
        assertEquals(new Pos("f.yaml", 2, 5), ((YamlNode.Scalar) m.get("b")).textPos());
        assertEquals(new Pos("f.yaml", 3, 5), ((YamlNode.Scalar) m.get("c")).textPos());
        assertEquals(null, ((YamlNode.Scalar) m.get("d")).textPos());
        assertEquals(null, ((YamlNode.Scalar) m.get("e")).textPos(), "an escape means the text is not verbatim");
    }
}
