package no.scorebake.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.scorebake.bake.Build;
import no.scorebake.cli.Main;
import no.scorebake.export.ScorecardJson;
import no.scorebake.model.KpiKey;
import no.scorebake.page.ReportSummary;
import no.scorebake.status.Exact;
import no.scorebake.status.KpiStatus;
import no.scorebake.status.StatusEngine;
import no.scorebake.testkit.TestFiles;
import no.scorebake.text.Format;
import no.scorebake.text.Labels;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * {@code scorebake report} on a copy of the example (April 2006): one PDF per unit that veraPDF,
 * the reference validator, passes as PDF/A-2u and as PDF/UA-1; whose text, as PDFBox extracts it,
 * gives every KPI of the unit's JSON export with the same status and performance, last year's
 * value and the year outlook, and lists the early warnings the deviation report lists; the same bytes
 * from a second run; and exit 2 or 3 with the right line for bad input and a failed write.
 */
class ReportCommandTest {

    private static final String PERIOD = "2006-04";

    @TempDir
    static Path dir;

    private static Path project;
    private static Path reports;
    private static String said;

    @BeforeAll
    static void report() throws IOException {
        project = dir.resolve("project");
        TestFiles.copyExample(project);
        reports = project.resolve("reports").resolve(PERIOD);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), "report", "--project", project.toString(), "--period", PERIOD);
        said = out + "\n" + err;
        assertEquals(0, status, said);
    }

    @Test
    void writesOneReportPerUnit() throws IOException {
        try (Stream<Path> files = Files.list(reports)) {
            assertEquals(List.of("800.pdf", "810.pdf", "820.pdf", "830.pdf", "840.pdf", "850.pdf"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), said);
        }
    }

    @Test
    void everyReportIsPdfA2uAndPdfUa1() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        List<String> failures = new ArrayList<>();
        for (String unit : List.of("800", "810", "820", "830", "840", "850")) {
            byte[] pdf = Files.readAllBytes(reports.resolve(unit + ".pdf"));
            for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_2_U, PDFAFlavour.PDFUA_1)) {
                failures.addAll(validate(unit, pdf, flavour));
            }
        }
        assertEquals(List.of(), failures);
    }

    /** Every rule veraPDF finds broken, once each, with where it found it first. */
    static List<String> validate(String name, byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
             InputStream in = new ByteArrayInputStream(pdf);
             PDFAValidator validator = foundry.createValidator(flavour, false);
             PDFAParser parser = foundry.createParser(in, flavour)) {
            ValidationResult result = validator.validate(parser);
            List<String> broken = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> name + " " + flavour + " " + a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
                            + a.getMessage().replaceAll("\\s+", " ") + " at " + a.getLocation().getContext())
                    .distinct().collect(Collectors.toCollection(ArrayList::new));
            if (broken.isEmpty() && !result.isCompliant()) {
                broken.add(name + " " + flavour + ": not compliant");
            }
            return broken;
        }
    }

    @Test
    void textShowsTheStatusesAndFiguresOfTheJsonExport() throws IOException {
        StatusEngine engine = Build.load(project).engine();
        Labels labels = Labels.of(engine.project().site().language());
        for (String unit : List.of("800", "820", "850")) {
            JsonNode json = new ObjectMapper().readTree(ScorecardJson.write(engine.scorecard(unit, YearMonth.parse(PERIOD)),
                    engine.project().organisation().unit(unit), k -> null));
            String text = text(reports.resolve(unit + ".pdf"), false);
            String page = text(reports.resolve(unit + ".pdf"), true);
            assertTrue(text.contains(json.get("name").asText()), unit);
            assertTrue(page.contains(labels.get("status." + json.get("status").asText()) + " " + decimal(json.get("score")) + " %"),
                    unit + ": overall " + json.get("status") + " " + json.get("score"));
            // The heading of the scorecard, after its line in the table of contents ("Styringskort ..... 1"); names and
            // cells wrap where the page is narrow, so the rows are read without white space.
            String heading = labels.get("report.scorecard") + " ";
            int scorecard = text.indexOf(heading, text.indexOf(heading + ".") + 1);
            assertTrue(scorecard > 0, unit + ": no scorecard in " + text);
            // The shape is drawn before the word but may be written after it; the word, then the performance, is what counts.
            String rows = text.substring(scorecard).replaceAll("[ \u25CF\u25B2\u25A0\u25CB]", "");
            int checked = 0;
            for (JsonNode kpi : json.get("kpis")) {
                String name = kpi.get("name").asText();
                // Not the row of a KPI whose name starts with this one's ("… feil" and "… feil lukket").
                List<String> longer = new ArrayList<>();
                json.get("kpis").forEach(k -> {
                    String other = k.get("name").asText().replace(" ", "");
                    if (other.startsWith(name.replace(" ", "")) && other.length() > name.replace(" ", "").length()) {
                        longer.add(other);
                    }
                });
                int at = rows.indexOf(name.replace(" ", ""));
                while (at >= 0 && longerAt(rows, at, longer)) {
                    at = rows.indexOf(name.replace(" ", ""), at + 1);
                }
                assertTrue(at >= 0, unit + ": " + name + " is not in the scorecard of the report");
                String row = rows.substring(at, Math.min(rows.length(), at + 400));
                String word = labels.get("status." + kpi.get("status").asText());
                assertTrue(row.contains(word), unit + ": " + name + " should be " + word + " in: " + row);
                if (!kpi.get("performance").isNull()) {
                    assertTrue(row.contains(word + decimal(kpi.get("performance")) + "%"),
                            unit + ": " + name + " should show " + word + " " + kpi.get("performance") + " in: " + row);
                    checked++;
                }
            }
            assertTrue(checked > 3, unit + " has figures to check");
        }
    }

    @Test
    void scorecardShowsLastYearAndTheOutlookOfTheJsonExport() throws IOException {
        StatusEngine engine = Build.load(project).engine();
        Labels labels = Labels.of(engine.project().site().language());
        Format format = Format.of(engine.project().site().language());
        int outlooks = 0;
        int lastYears = 0;
        for (String unit : List.of("800", "820", "830", "850")) {
            JsonNode json = new ObjectMapper().readTree(ScorecardJson.write(engine.scorecard(unit, YearMonth.parse(PERIOD)),
                    engine.project().organisation().unit(unit), k -> null));
            String text = text(reports.resolve(unit + ".pdf"), false);
            String heading = labels.get("report.scorecard") + " ";
            int scorecard = text.indexOf(heading, text.indexOf(heading + ".") + 1);
            int map = text.indexOf(labels.get("nav.map") + " ", scorecard);
            String rows = text.substring(scorecard, map).replaceAll("[ \u25CF\u25B2\u25A0\u25CB]", "");
            for (JsonNode kpi : json.get("kpis")) {
                String name = kpi.get("name").asText().replace(" ", "");
                // Not the row of a KPI whose name starts with this one's ("… feil" and "… feil lukket").
                List<String> longer = new ArrayList<>();
                json.get("kpis").forEach(k -> {
                    String other = k.get("name").asText().replace(" ", "");
                    if (other.startsWith(name) && other.length() > name.length()) {
                        longer.add(other);
                    }
                });
                int at = rows.indexOf(name);
                while (at >= 0 && longerAt(rows, at, longer)) {
                    at = rows.indexOf(name, at + 1);
                }
                assertTrue(at >= 0, unit + ": " + name);
                // The row runs to the next KPI's name.
                int end = rows.length();
                for (JsonNode other : json.get("kpis")) {
                    int next = rows.indexOf(other.get("name").asText().replace(" ", ""), at + name.length());
                    if (next > at && next < end) {
                        end = next;
                    }
                }
                String row = rows.substring(at, end);
                JsonNode last = kpi.get("lastYear");
                if (!last.isNull()) {
                    // The export's exact value, written as the site writes a value of the KPI's unit.
                    KpiKey key = new KpiKey(kpi.get("unit").asText(), kpi.get("id").asText());
                    String value = format.value(Exact.of(new BigDecimal(last.get("value").asText())), engine.project().kpi(key).unit());
                    String shown = labels.format("row.lastYear", value).replaceAll("[ \u00a0\u202f]", "");
                    assertTrue(row.contains(shown), unit + ": " + name + " should show " + shown + " in: " + row);
                    lastYears++;
                }
                JsonNode outlook = kpi.get("outlook");
                if (!outlook.isNull()) {
                    String shown = labels.get("row.outlook") + labels.get("status." + outlook.get("status").asText())
                            + decimal(outlook.get("performance")) + "%";
                    assertTrue(row.contains(shown), unit + ": " + name + " should show " + shown + " in: " + row);
                    outlooks++;
                }
            }
        }
        assertTrue(outlooks > 5 && lastYears > 5, outlooks + " outlooks and " + lastYears + " last years checked");
    }

    @Test
    void earlyWarningListsTheKpisTheDeviationReportWarnsOf() throws IOException {
        StatusEngine engine = Build.load(project).engine();
        Labels labels = Labels.of(engine.project().site().language());
        int warnings = 0;
        for (String unit : List.of("800", "810", "820", "830", "840", "850")) {
            List<KpiStatus> kpis = engine.scorecard(unit, YearMonth.parse(PERIOD)).kpis();
            List<String> expected = kpis.stream().filter(ReportSummary::earlyWarning)
                    .map(s -> engine.project().kpi(s.key()).name().replace(" ", "")).toList();
            warnings += expected.size();
            String text = text(reports.resolve(unit + ".pdf"), false);
            String heading = labels.get("report.early.title") + " ";
            int start = text.indexOf(heading, text.indexOf(heading + ".") + 1);
            assertTrue(start > 0, unit + ": no early warning section in " + text);
            int end = text.indexOf(labels.get("nav.initiatives") + " ", start);
            String section = text.substring(start, end);
            assertTrue(section.contains(": " + expected.size() + "."), unit + ": " + expected.size() + " early warnings in " + section);
            String flat = section.replace(" ", "");
            for (KpiStatus s : kpis) {
                String name = engine.project().kpi(s.key()).name().replace(" ", "");
                boolean inLonger = expected.stream().anyMatch(e -> e.startsWith(name) && e.length() > name.length());
                if (!inLonger) {
                    assertEquals(expected.contains(name), flat.contains(name), unit + ": " + name + " in " + section);
                }
            }
            for (KpiStatus s : kpis.stream().filter(ReportSummary::earlyWarning).toList()) {
                String outlook = labels.format("kpi.outlook", Integer.toString(s.outlook().year())).replace(" ", "");
                assertTrue(flat.contains(outlook) && flat.contains(labels.get("status.red")), unit + ": outlook in " + section);
                if (s.comment() != null) {
                    assertTrue(flat.contains(s.comment().replace(" ", "")), unit + ": comment in " + section);
                }
            }
        }
        assertTrue(warnings > 0, "the example has an early warning in " + PERIOD);
    }

    private static boolean longerAt(String rows, int at, List<String> longer) {
        return longer.stream().anyMatch(l -> rows.startsWith(l, at));
    }

    /** The number as the Norwegian report writes it: a decimal comma. */
    private static String decimal(JsonNode n) {
        return new BigDecimal(n.asText()).setScale(1).toPlainString().replace('.', ',');
    }

    /**
     * The text of a PDF with every run of white space as one space: in the order it is drawn,
     * where a table's cells follow one another and a name wrapped in its cell is whole, or in
     * the order of the page, where a line reads as it looks.
     */
    static String text(Path pdf, boolean byPosition) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(byPosition);
            return stripper.getText(doc).replaceAll("[\\s\u00a0\u202f]+", " ");
        }
    }

    @Test
    void twoRunsGiveTheSameBytes() throws IOException {
        Path again = dir.resolve("again");
        int status = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "report", "--project", project.toString(), "--period", PERIOD, "--unit", "820", "--out", again.toString());
        assertEquals(0, status);
        assertArrayEquals(Files.readAllBytes(reports.resolve("820.pdf")), Files.readAllBytes(again.resolve("820.pdf")));
    }

    @Test
    void anUnknownUnitOrPeriodIsExit2NamingTheValidOnes() {
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "report", "--project", project.toString(), "--period", PERIOD, "--unit", "999", "--out", dir.resolve("none").toString());
        assertEquals(2, status, err.toString());
        assertTrue(err.toString().contains("--unit 999") && err.toString().contains("800, 810, 820, 830, 840, 850"), err.toString());

        err = new StringWriter();
        status = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "report", "--project", project.toString(), "--period", "2007-01", "--out", dir.resolve("none").toString());
        assertEquals(2, status, err.toString());
        assertTrue(err.toString().contains("2005-01 to 2006-04"), err.toString());
        assertFalse(Files.exists(dir.resolve("none")), "nothing is written");
    }

    @Test
    void aFailedWriteIsExit3NamingTheFile() throws IOException {
        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "a file where the folder should be");
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "report", "--project", project.toString(), "--period", PERIOD, "--unit", "820", "--out", blocker.resolve("r").toString());
        assertEquals(3, status, err.toString());
        assertTrue(err.toString().startsWith("scorebake: cannot write ") && err.toString().contains("blocker"), err.toString());
    }
}
