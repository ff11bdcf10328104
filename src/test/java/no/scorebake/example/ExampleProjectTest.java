package no.scorebake.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.scorebake.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The example project of this repository (the SSB department in model/ and content/) checks
 * clean, bakes every export, and its JSON for two periods matches the golden files under
 * src/test/resources/golden/. After a deliberate change, regenerate them with
 * {@code mvn test -Dtest=ExampleProjectTest -Dgolden.update=true} and review the diff.
 */
class ExampleProjectTest {

    static final Path EXAMPLE = Path.of("").toAbsolutePath();
    static final Path GOLDEN = EXAMPLE.resolve("src/test/resources/golden");

    @TempDir
    static Path out;
    static Path site;
    static String buildOut;

    @BeforeAll
    static void build() {
        site = out.resolve("site");
        Run r = run("build", "--project", EXAMPLE.toString(), "--out", site.toString());
        assertEquals(0, r.exit, r.err);
        buildOut = r.out;
    }

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), args);
        return new Run(code, o.toString(), e.toString());
    }

    @Test
    void checkSummarisesEveryUnitAndExitsZero() {
        Run r = run("check", "--project", EXAMPLE.toString());
        assertEquals(0, r.exit, r.err);
        assertEquals("", r.err, "the example should load without warnings");
        for (String unit : List.of("800", "810", "820", "830", "840", "850")) {
            assertTrue(r.out.lines().anyMatch(l -> l.startsWith(unit + " ")), "no summary line for " + unit + ":\n" + r.out);
        }
        assertTrue(r.out.contains("current period 2006-04"), r.out);
        assertTrue(r.out.contains("Missing in 2006-04:"), "the example leaves gaps in the current period:\n" + r.out);
    }

    @Test
    void everyUnitAndEveryMonthIsExported() throws Exception {
        List<String> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(site.resolve("data"))) {
            s.filter(Files::isRegularFile).forEach(f -> files.add(site.relativize(f).toString().replace('\\', '/')));
        }
        // 6 scorecards × 16 months (2005-01 … 2006-04) × json and csv, and the list of months a month's page reads
        assertTrue(files.remove("data/periods.js"), files.toString());
        assertEquals(6 * 16 * 2, files.size());
        assertTrue(files.contains("data/810/2005-01.json"));
        assertTrue(files.contains("data/850/2006-04.csv"));
    }

    @Test
    void departmentShowsReferencedAndRolledUpSectionKpis() throws Exception {
        JsonNode dept = new ObjectMapper().readTree(site.resolve("data/800/2006-03.json").toFile());
        boolean referenced = false;
        JsonNode sick = null;
        for (JsonNode k : dept.get("kpis")) {
            if (!k.get("unit").asText().equals("800")) {
                referenced = true;
            }
            if (k.get("id").asText().equals("sick-leave") && k.get("unit").asText().equals("800")) {
                sick = k;
            }
        }
        assertTrue(referenced, "800 lifts section KPIs by reference");
        assertNotNull(sick, "800 rolls up sick leave");
        assertEquals("2006-Q1", sick.get("valuePeriod").asText());
        assertFalse(sick.get("value").isNull());
        assertTrue(sick.get("reported").intValue() >= 1 && sick.get("reported").intValue() <= sick.get("of").intValue());
    }

    @Test
    void peoplePerspectiveKpisAreFedByTheEmployeeSurvey() throws Exception {
        JsonNode dept = new ObjectMapper().readTree(site.resolve("data/800/2006-04.json").toFile());
        List<String> fed = new ArrayList<>();
        for (JsonNode k : dept.get("kpis")) {
            String id = k.get("id").asText();
            if (List.of("employee-survey", "leadership-index", "culture-index").contains(id)) {
                assertFalse(k.get("value").isNull(), id + " has its value from the survey");
                assertEquals("2005", k.get("valuePeriod").asText(), id);
                assertFalse(k.get("missing").asBoolean(), id);
                fed.add(id);
            }
        }
        assertEquals(3, fed.size(), "the three people-perspective survey KPIs: " + fed);
        String page = Files.readString(site.resolve("800/kpi/employee-survey.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("href=\"../../surveys/employees/index.html#2005-11\""), "the value links to its survey");
        assertTrue(Files.exists(site.resolve("surveys/employees/index.html")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"800/2005-08.json", "820/2006-04.json", "800/2006-04.json"})
    void jsonMatchesGoldenFile(String file) throws Exception {
        String actual = Files.readString(site.resolve("data").resolve(file), StandardCharsets.UTF_8);
        Path golden = GOLDEN.resolve(file.replace('/', '-'));
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(golden), "no golden file " + golden + "; run with -Dgolden.update=true and review it");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "export differs from " + golden);
    }
}
