package no.scorebake.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.scorebake.testkit.TestProject;
import no.scorebake.text.Csv;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds a small project and reads back its exports as a consumer of portal.md would. */
class ExportTest {

    @TempDir
    Path dir;
    TestProject project;

    @BeforeEach
    void project() {
        project = new TestProject(dir)
                .file("model/scorecards/A1.yaml", """
                        perspectives: [ { id: p, name: Perspektiv } ]
                        objectives:
                          - { id: o, name: Mål, perspective: p, factors: [ { id: f, name: Faktor, kpis: [faults] } ] }
                        kpis:
                          - { id: faults, name: Feil, unit: count, direction: lower, target: 150 }
                          - { id: sick, name: Sykefravær, unit: percent, frequency: quarterly, direction: lower, target: 5 }
                        """)
                .file("model/scorecards/A2.yaml", """
                        perspectives: [ { id: p, name: Perspektiv } ]
                        kpis:
                          - { id: sick, name: Sykefravær, unit: percent, frequency: quarterly, direction: lower, target: 5 }
                        """)
                .file("model/scorecards/A.yaml", """
                        perspectives:
                          - { id: p, name: Perspektiv }
                          - { id: q, name: Tom }
                        objectives:
                          - id: o
                            name: Mål
                            perspective: p
                            kpis: [sick]
                            factors: [ { id: f, name: Faktor, kpis: ["A1/faults"] } ]
                        kpis:
                          - { id: sick, name: Sykefravær, unit: percent, frequency: quarterly, direction: lower, target: 5, rollup: average }
                        initiatives:
                          - { id: itil, name: ITIL, start: 2005-01, end: 2006-06, supports: [o] }
                        """)
                .file("model/data/a1.csv", """
                        scorecard;kpi;period;value;comment
                        A1;faults;2005-07;160;
                        A1;faults;2005-08;134;Færre feil etter ny rutine
                        A1;sick;2005-Q2;4,5;
                        A2;sick;2005-06;5,5 %;
                        """)
                .file("model/data/tiltak.csv", """
                        scorecard,initiative,period,value,status
                        A,itil,2005-06,60,on-track
                        """);
    }

    private JsonNode json(String relative) throws Exception {
        return new ObjectMapper().readTree(Files.readString(dir.resolve("site").resolve(relative)));
    }

    @Test
    void writesEveryUnitAndPeriodFromTheFirstData() throws Exception {
        var run = project.run("build");
        assertEquals(0, run.exit(), run.err());
        List<String> files = new ArrayList<>();
        try (var s = Files.walk(dir.resolve("site/data"))) {
            s.filter(Files::isRegularFile).forEach(f -> files.add(dir.resolve("site").relativize(f).toString().replace('\\', '/')));
        }
        // A, A1, A2 × 2005-06 … 2005-08 × json and csv, and the list of months a month's page reads (data/periods.js)
        assertTrue(files.remove("data/periods.js"), files.toString());
        assertEquals(3 * 3 * 2, files.size(), files.toString());
        assertTrue(files.contains("data/A1/2005-06.json"));
        assertTrue(files.contains("data/A/2005-08.csv"));
        assertFalse(files.contains("data/A/2005-05.json"));
    }

    @Test
    void jsonHasTheSpecShapeAndNumbers() throws Exception {
        assertEquals(0, project.run("build").exit());
        JsonNode a1 = json("data/A1/2005-08.json");
        assertEquals("A1", a1.get("unit").asText());
        assertEquals("Seksjon A1", a1.get("name").asText());
        assertEquals("2005-08", a1.get("period").asText());
        JsonNode faults = a1.get("kpis").get(0);
        assertEquals("faults", faults.get("id").asText());
        assertEquals("A1", faults.get("unit").asText());
        assertEquals(134, faults.get("value").intValue());
        assertEquals("2005-08", faults.get("valuePeriod").asText());
        assertEquals(150, faults.get("target").intValue());
        // 100 × (2 − 134/150) = 110.666… → 110.7
        assertEquals("110.7", faults.get("performance").decimalValue().toPlainString());
        assertEquals("green", faults.get("status").asText());
        assertFalse(faults.get("missing").booleanValue());
        // July 160 + August 134 against 150 + 150
        assertEquals(294, faults.get("ytd").get("value").intValue());
        assertEquals(300, faults.get("ytd").get("target").intValue());
        assertEquals(2, faults.get("ytd").get("months").intValue());
        assertEquals("Færre feil etter ny rutine", faults.get("comment").asText());
        assertEquals("model/data/a1.csv:3", faults.get("source").asText());

        JsonNode factor = a1.get("perspectives").get(0).get("objectives").get(0).get("factors").get(0);
        assertEquals("f", factor.get("id").asText());
        assertEquals("110.7", factor.get("score").decimalValue().toPlainString());
        assertEquals("faults", factor.get("kpis").get(0).asText());
        assertEquals("110.7", a1.get("score").decimalValue().toPlainString());
        assertEquals("green", a1.get("status").asText());
    }

    @Test
    void departmentShowsReferencedAndRolledUpKpis() throws Exception {
        assertEquals(0, project.run("build").exit());
        JsonNode a = json("data/A/2005-08.json");
        JsonNode sick = null;
        JsonNode faults = null;
        for (JsonNode k : a.get("kpis")) {
            if (k.get("id").asText().equals("sick")) {
                sick = k;
            } else if (k.get("id").asText().equals("faults")) {
                faults = k;
            }
        }
        // Roll-up: average of 4.5 and 5.5 for Q2, shown in August with Q2's label.
        assertEquals("5", sick.get("value").decimalValue().toPlainString());
        assertEquals("2005-Q2", sick.get("valuePeriod").asText());
        assertEquals(2, sick.get("reported").intValue());
        assertEquals(2, sick.get("of").intValue());
        assertTrue(sick.get("ytd").isNull());
        // The referenced KPI keeps its own unit.
        assertEquals("A1", faults.get("unit").asText());
        assertEquals(134, faults.get("value").intValue());
        assertEquals("A1/faults", a.get("perspectives").get(0).get("objectives").get(0).get("factors").get(0).get("kpis").get(0).asText());
        // The empty perspective has nothing to score.
        JsonNode empty = a.get("perspectives").get(1);
        assertTrue(empty.get("score").isNull());
        assertEquals("grey", empty.get("status").asText());
        JsonNode itil = a.get("initiatives").get(0);
        assertEquals(60, itil.get("complete").intValue());
        assertEquals("on-track", itil.get("status").asText());
    }

    @Test
    void csvFollowsTheLanguageForSpreadsheets() throws Exception {
        assertEquals(0, project.run("build").exit());
        byte[] bytes = Files.readAllBytes(dir.resolve("site/data/A/2005-08.csv"));
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFEnhet;KPI;Navn;"), csv);
        assertTrue(csv.contains("A;sick;Sykefravær;"), csv);
        assertTrue(csv.contains(";2005-Q2;5;5;100;grønn;"), csv);
    }

    @Test
    void twoBuildsAreByteIdentical() throws Exception {
        assertEquals(0, project.run("build", "--out", dir.resolve("one").toString()).exit());
        assertEquals(0, project.run("build", "--out", dir.resolve("two").toString()).exit());
        try (var s = Files.walk(dir.resolve("one"))) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                Path other = dir.resolve("two").resolve(dir.resolve("one").relativize(f));
                assertTrue(java.util.Arrays.equals(Files.readAllBytes(f), Files.readAllBytes(other)), f.toString());
            }
        }
    }

    @Test
    void spreadsheetFormulasAreDefused() {
        assertEquals("'=HYPERLINK(\"x\")", Csv.formulaSafe("=HYPERLINK(\"x\")"));
        assertEquals("-12", Csv.formulaSafe("-12"));
        assertEquals("\uFEFF\"a;b\";'=1\r\n", Csv.write(List.of(List.of("a;b", Csv.formulaSafe("=1"))), ','));
    }
}
