package no.scorebake.bake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import no.scorebake.testkit.TestProject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden files (normalised HTML) pin a small fixture's scorecard, KPI page and strategy map, its
 * department's comparison of the two sections and one ranking, and the report of what changed.
 * After a deliberate change: {@code mvn test -Dtest=PortalGoldenTest -Dgolden.update=true},
 * then review the diff of src/test/resources/golden/.
 */
class PortalGoldenTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden").toAbsolutePath();

    /** A department A (no scorecard of its own) with sections A1 and A2, in English, with no themes/ folder: the built-in theme is used. */
    static TestProject fixture(Path dir) {
        return new TestProject(dir)
                .file("model/site.yaml", "title: Fixture\nlanguage: en\nperiod: 2005-08\n")
                .file("model/scorecards/A1.yaml", """
                        perspectives: [ { id: cust, name: Customer }, { id: proc, name: Processes } ]
                        objectives:
                          - id: service
                            name: Good service
                            perspective: cust
                            factors: [ { id: fast, name: Answer fast, kpis: [faults, closed-share] } ]
                          - id: delivery
                            name: On-time delivery
                            perspective: proc
                            drives: [service]
                            kpis: [late]
                        kpis:
                          - { id: faults, name: User faults, unit: count, direction: lower, target: 150, owner: Head of support }
                          - { id: closed, name: Faults closed, unit: count }
                          - { id: closed-share, name: Share closed, unit: percent, target: 95, formula: "100 * {closed} / {faults}" }
                          - { id: late, name: Late projects, unit: percent, direction: lower, target: 20, thresholds: { green: 100, yellow: 80 } }
                          - { id: sick, name: Sick leave, unit: percent, frequency: quarterly, direction: lower, target: 5 }
                        initiatives:
                          - { id: itil, name: Introduce ITIL, owner: Section head, start: 2005-01, end: 2006-06, supports: [fast] }
                        """)
                .file("model/data/a1.csv", """
                        scorecard,kpi,period,value,target,comment
                        A1,faults,2005-07,160,,
                        A1,faults,2005-08,134,,Fewer after the new routine
                        A1,closed,2005-07,150,,
                        A1,closed,2005-08,128,,
                        A1,late,2005-08,"23,5",,Two large projects late
                        A1,sick,2005-Q2,4.5,,
                        """)
                .file("model/scorecards/A2.yaml", """
                        perspectives: [ { id: cust, name: Customer } ]
                        objectives:
                          - { id: service, name: Good service, perspective: cust, kpis: [faults, sick] }
                        kpis:
                          - { id: faults, name: User faults, unit: count, direction: lower, target: 150, owner: Head of support }
                          - { id: sick, name: Sick leave, unit: percent, frequency: quarterly, direction: lower, target: 5 }
                        """)
                .file("model/data/a2.csv", """
                        scorecard,kpi,period,value,target,comment
                        A2,faults,2005-07,140,,
                        A2,faults,2005-08,171,,A new system confused the users
                        A2,sick,2005-Q2,6.1,,
                        """)
                .file("model/data/tiltak.csv", "scorecard,initiative,period,value,status\nA1,itil,2005-08,40,at-risk\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"A1/index.html", "A1/kpi/faults.html", "A1/map.html", "A/compare.html", "A/compare/faults.html",
        "reports/changes.html"})
    void matchesGoldenFile(String page, @TempDir Path dir) throws Exception {
        TestProject.Run run = fixture(dir).run("build");
        assertEquals(0, run.exit(), run.err());
        Document d = Jsoup.parse(dir.resolve("site").resolve(page).toFile(), "UTF-8");
        d.outputSettings().prettyPrint(true).indentAmount(1);
        String actual = d.outerHtml() + "\n";
        Path golden = GOLDEN.resolve("fixture-" + page.replace('/', '-'));
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(golden), "no golden file " + golden + "; run with -Dgolden.update=true and review it");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "page differs from " + golden);
    }

    @Test
    void twoBuildsOfTheExampleAreByteIdentical(@TempDir Path dir) throws Exception {
        Path example = Path.of("").toAbsolutePath();
        for (String out : List.of("one", "two")) {
            var o = new java.io.StringWriter();
            var e = new java.io.StringWriter();
            int code = no.scorebake.cli.Main.run(new java.io.PrintWriter(o), new java.io.PrintWriter(e),
                    "build", "--project", example.toString(), "--out", dir.resolve(out).toString());
            assertEquals(0, code, e.toString());
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir.resolve("one"))) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(files.size() > 350, "the whole example: " + files.size() + " files");
        for (Path f : files) {
            Path other = dir.resolve("two").resolve(dir.resolve("one").relativize(f));
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(other), f.toString());
        }
        try (Stream<Path> s = Files.walk(dir.resolve("two"))) {
            assertEquals(files.size(), s.filter(Files::isRegularFile).count());
        }
    }
}
