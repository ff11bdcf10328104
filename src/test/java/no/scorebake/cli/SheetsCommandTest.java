package no.scorebake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import no.scorebake.load.ProjectLoader;
import no.scorebake.model.InitiativeReport;
import no.scorebake.model.Measurement;
import no.scorebake.model.Project;
import no.scorebake.sheet.ReportingSheet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scorebake sheets} on a copy of the example project (data up to April 2006): which KPIs
 * and initiatives each coordinator is asked for, and that a sheet filled in and put into
 * {@code model/data/} loads back to exactly the entered values, as .xlsx and as .csv.
 */
class SheetsCommandTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copyExample() throws IOException {
        Path source = Path.of("model").toAbsolutePath();
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path target = dir.resolve("model").resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--project", dir.toString()));
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    /** The data sheet of a written workbook as text rows, the way a reader of the sheet sees them. */
    private static List<List<String>> rows(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals("data", wb.getSheetAt(0).getSheetName());
            DataFormatter f = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : wb.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < ReportingSheet.COLUMNS.size(); c++) {
                    cells.add(f.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    private static List<String> column(List<List<String>> rows, String name) {
        int c = ReportingSheet.COLUMNS.indexOf(name);
        return rows.subList(1, rows.size()).stream().map(r -> r.get(c)).toList();
    }

    @Test
    void aMonthAsksForTheMonthlyKpisAndTheRunningInitiatives() throws IOException {
        Run r = run("sheets", "--period", "2006-05");
        assertEquals(0, r.exit(), r.err());
        Path folder = dir.resolve("sheets/2006-05");
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("2006-05-800.csv", "2006-05-800.xlsx", "2006-05-810.csv", "2006-05-810.xlsx", "2006-05-820.csv",
                    "2006-05-820.xlsx", "2006-05-830.csv", "2006-05-830.xlsx", "2006-05-840.csv", "2006-05-840.xlsx", "2006-05-850.csv",
                    "2006-05-850.xlsx"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        List<List<String>> rows = rows(folder.resolve("2006-05-850.xlsx"));
        assertEquals(ReportingSheet.COLUMNS, rows.get(0));
        assertTrue(column(rows, "kpi").contains("second-line-tickets"), rows.toString());
        assertFalse(column(rows, "kpi").contains("eform-share"), "a quarterly KPI is not due in May");
        assertFalse(column(rows, "kpi").contains("sick-leave"), "a quarterly KPI is not due in May");
        int line = column(rows, "kpi").indexOf("second-line-tickets") + 1;
        List<String> tickets = rows.get(line);
        assertEquals("850", tickets.get(0));
        assertEquals("2006-05", tickets.get(ReportingSheet.COLUMNS.indexOf("period")));
        assertEquals("Antall saker til 2. linje support", tickets.get(ReportingSheet.COLUMNS.indexOf("name")));
        assertEquals("110", tickets.get(ReportingSheet.COLUMNS.indexOf("model target")));
        assertEquals("2006-04", tickets.get(ReportingSheet.COLUMNS.indexOf("last period")));
        assertEquals("", tickets.get(ReportingSheet.COLUMNS.indexOf("value")));
        assertEquals("", tickets.get(ReportingSheet.COLUMNS.indexOf("comment")));
        assertTrue(r.out().contains("850 (BMS-koordinator 850): "), r.out());
        String csv = Files.readString(folder.resolve("2006-05-850.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFscorecard;kpi;initiative;period;name;definition;unit;model target;"), csv);
    }

    @Test
    void aQuarterEndAlsoAsksForTheQuarterlyKpisByTheirQuarter() throws IOException {
        Run r = run("sheets", "--period", "2006-06", "--out", dir.resolve("ut").toString());
        assertEquals(0, r.exit(), r.err());
        List<List<String>> rows = rows(dir.resolve("ut/2006-06-850.xlsx"));
        int line = column(rows, "kpi").indexOf("sick-leave") + 1;
        assertTrue(line > 0, rows.toString());
        assertEquals("2006-Q2", rows.get(line).get(ReportingSheet.COLUMNS.indexOf("period")));
        assertEquals("2006-Q1", rows.get(line).get(ReportingSheet.COLUMNS.indexOf("last period")));
        assertTrue(column(rows, "kpi").contains("second-line-tickets"));
        assertFalse(Files.exists(dir.resolve("sheets")), "--out is the only place written");
    }

    @Test
    void sheetsFilledInAndReturnedLoadToExactlyTheEnteredValues() throws IOException {
        assertEquals(0, run("sheets", "--period", "2006-06").exit());
        Path folder = dir.resolve("sheets/2006-06");
        Map<String, String> entered = new TreeMap<>();
        fillXlsx(folder.resolve("2006-06-850.xlsx"), dir.resolve("model/data/2006/2006-06-850.xlsx"), entered);
        fillCsv(folder.resolve("2006-06-820.csv"), dir.resolve("model/data/2006/2006-06-820.csv"), entered);
        assertTrue(entered.size() > 8, entered::toString);
        assertTrue(entered.keySet().stream().filter(k -> k.startsWith("820/") && entered.get(k).contains(" forecast ")).count() > 1
                && entered.keySet().stream().filter(k -> k.startsWith("850/") && entered.get(k).contains(" forecast ")).count() > 1,
                () -> "forecasts typed into both the CSV and the workbook: " + entered);

        ProjectLoader.Result loaded = ProjectLoader.load(dir);
        assertTrue(loaded.problems().errors().isEmpty(), loaded.problems().errors()::toString);
        assertTrue(loaded.problems().warnings().isEmpty(), loaded.problems().warnings()::toString);
        Project p = loaded.project();
        Map<String, String> read = new TreeMap<>();
        for (Measurement m : p.measurements()) {
            if (m.pos().path().contains("2006-06-")) {
                read.put(m.kpi().unit() + "/" + m.kpi().kpi() + " " + m.period().label(),
                        plain(m.value()) + (m.forecast() == null ? "" : " forecast " + plain(m.forecast())) + " | " + m.comment());
            }
        }
        for (InitiativeReport ir : p.initiativeReports()) {
            if (ir.pos().path().contains("2006-06-")) {
                read.put(ir.unit() + "/" + ir.initiative() + " " + ir.month(), plain(ir.complete()) + " " + ir.status() + " | " + ir.comment());
            }
        }
        assertEquals(entered, read);
        assertEquals(0, run("check").exit());
        Run again = run("sheets", "--period", "2006-06", "--out", dir.resolve("again").toString());
        assertFalse(Files.exists(dir.resolve("again/2006-06-850.xlsx")), "850 reported everything: " + again.out());
        assertTrue(again.out().contains("850 (BMS-koordinator 850): nothing due in 2006-06"), again.out());
    }

    private static String plain(BigDecimal d) {
        return d == null ? "-" : d.toPlainString();
    }

    /**
     * Types a value (a different one per row, with decimals), a comment and an initiative's status
     * into the sheet, as Excel would store them; and an owner's forecast on every other row whose
     * forecast cell is open, which only a monthly KPI's is.
     */
    private static void fillXlsx(Path from, Path to, Map<String, String> entered) throws IOException {
        try (InputStream in = Files.newInputStream(from); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("data");
            int n = 0;
            int forecasts = 0;
            int closed = 0;
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                n++;
                String unit = text(row, "scorecard");
                String kpi = text(row, "kpi");
                String comment = "Skrevet i Excel; rad " + n;
                Cell value = row.getCell(ReportingSheet.FIRST_INPUT);
                Cell forecast = row.getCell(ReportingSheet.FORECAST);
                boolean open = !forecast.getCellStyle().getLocked();
                assertEquals(!kpi.isEmpty() && text(row, "period").matches("\\d{4}-\\d{2}"), open,
                        "the forecast cell is open on monthly KPIs' rows only: row " + (row.getRowNum() + 1));
                if (kpi.isEmpty()) {
                    value.setCellValue(10 * n);
                    row.getCell(ReportingSheet.STATUS).setCellValue("at-risk");
                    entered.put(unit + "/" + text(row, "initiative") + " 2006-06", (10 * n) + " at-risk | " + comment);
                } else {
                    double typed = n + 0.25;
                    value.setCellValue(typed);
                    String owner = "";
                    if (open && n % 2 == 1) {
                        forecast.setCellValue(1000 * n + 0.5);
                        owner = " forecast " + BigDecimal.valueOf(1000 * n + 0.5).toPlainString();
                        forecasts++;
                    } else if (!open) {
                        closed++;
                    }
                    entered.put(unit + "/" + kpi + " " + text(row, "period"), BigDecimal.valueOf(typed).toPlainString() + owner + " | " + comment);
                }
                row.getCell(ReportingSheet.COMMENT).setCellValue(comment);
            }
            assertTrue(forecasts > 0 && closed > 0, "the sheet has monthly and other KPIs: " + forecasts + " forecasts, " + closed + " closed");
            try (OutputStream out = Files.newOutputStream(to)) {
                wb.write(out);
            }
        }
    }

    private static String text(Row row, String column) {
        Cell c = row.getCell(ReportingSheet.COLUMNS.indexOf(column));
        return c == null ? "" : c.getStringCellValue();
    }

    /** Fills the CSV the way a coordinator does in a Norwegian spreadsheet: decimal commas, a comment with the delimiter in it. */
    private static void fillCsv(Path from, Path to, Map<String, String> entered) throws IOException {
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(';').withLineSeparator("\r\n");
        String text = Files.readString(from, StandardCharsets.UTF_8).substring(1);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerFor(List.class).with(schema).readValues(text)) {
            it.forEachRemaining(r -> rows.add(new ArrayList<>(r)));
        }
        List<String> header = rows.get(0);
        int value = header.indexOf("value");
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            String comment = "Fra CSV; rad " + i;
            r.set(value, i + ",5");
            r.set(header.indexOf("comment"), comment);
            String kpi = r.get(header.indexOf("kpi"));
            if (kpi.isEmpty()) {
                r.set(header.indexOf("status"), "on-track");
                entered.put(r.get(0) + "/" + r.get(header.indexOf("initiative")) + " 2006-06", i + ".5 on-track | " + comment);
            } else if (i % 2 == 0 && r.get(header.indexOf("period")).matches("\\d{4}-\\d{2}")) {
                // an owner's forecast in the Norwegian way: a space between thousands, a decimal comma
                r.set(header.indexOf("forecast"), "1 " + String.format("%03d", i) + ",5");
                entered.put(r.get(0) + "/" + kpi + " " + r.get(header.indexOf("period")), i + ".5 forecast " + (1000 + i) + ".5 | " + comment);
            } else {
                entered.put(r.get(0) + "/" + kpi + " " + r.get(header.indexOf("period")), i + ".5 | " + comment);
            }
        }
        Files.writeString(to, mapper.writer(schema).writeValueAsString(rows), StandardCharsets.UTF_8);
    }

    @Test
    void aProjectWithErrorsGetsNoSheets() throws IOException {
        Files.writeString(dir.resolve("model/data/broken.csv"), "scorecard;kpi;period;value\n820;nope;2006-05;1\n");
        Run r = run("sheets", "--period", "2006-05");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("model/data/broken.csv:2:5: unknown KPI 'nope'"), r.err());
        assertFalse(Files.exists(dir.resolve("sheets")));
    }

    @Test
    void thePeriodIsRequiredAndMustBeAMonth() {
        Run missing = run("sheets");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("--period"), missing.err());
        Run quarter = run("sheets", "--period", "2006-Q2");
        assertEquals(2, quarter.exit());
        assertTrue(quarter.err().contains("'2006-Q2' is not a month; write it like 2005-08"), quarter.err());
    }
}
