package no.scorebake.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import no.scorebake.model.InitiativeReport;
import no.scorebake.model.Measurement;
import no.scorebake.model.Project;
import no.scorebake.testkit.TestProject;
import no.scorebake.testkit.Workbooks.Formula;
import no.scorebake.testkit.Workbooks.Styled;
import no.scorebake.testkit.Workbooks.StyledText;
import no.scorebake.testkit.Workbooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An .xlsx upload loads to exactly the values of the CSV a coordinator would have saved from
 * the same sheet, whatever number formats Excel put on the cells.
 */
class XlsxUploadTest {

    @TempDir
    Path dir;
    TestProject project;

    @BeforeEach
    void scorecard() {
        project = new TestProject(dir)
                .file("model/scorecards/A.yaml", """
                        perspectives: [ { id: p, name: P } ]
                        kpis:
                          - { id: k, name: Monthly, unit: count, target: 10 }
                          - { id: m, name: Money, unit: nok }
                          - { id: s, name: Share, unit: percent }
                          - { id: q, name: Quarterly, unit: percent, frequency: quarterly }
                        initiatives:
                          - { id: itil, name: ITIL, start: 2005-01, end: 2006-06 }
                        """);
    }

    private static final String CSV = """
            scorecard;kpi;initiative;period;value;target;status;comment;forecast
            A;k;;2005-07;0,3;;;;
            A;k;;2005-08;1 234,5;1 300;;"Færre feil; nye rutiner";15 000
            A;m;;2005-08;1 234 567,25;;;;
            A;s;;2005-08;87,5 %;90;;;
            A;q;;2005-Q3;4,2;;;;
            A;;itil;2005-08;40;;on-track;I rute;
            A;k;;2005-09;;;;ikke rapportert;14 500,5
            """;

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private static final List<Object> HEADER = row("scorecard", "kpi", "initiative", "period", "value", "target", "status", "comment", "forecast");

    @Test
    void plainCellsWrittenByPoiLoadLikeTheCsv() throws IOException {
        byte[] xlsx = Workbooks.xlsx("Sheet1", List.of(
                HEADER,
                row("A", "k", null, "2005-07", 0.3),
                row("A", "k", null, "2005-08", 1234.5, 1300, null, "Færre feil; nye rutiner", 15000),
                row("A", "m", null, "2005-08", 1234567.25),
                row("A", "s", null, "2005-08", 87.5, 90),
                row("A", "q", null, "2005-Q3", 4.2),
                row("A", null, "itil", "2005-08", 40, null, "on-track", "I rute"),
                row("A", "k", null, "2005-09", null, null, null, "ikke rapportert", 14500.5)));
        assertSameAsCsv(xlsx);
    }

    @Test
    void excelNumberFormatsDatesTextAndFormulasLoadLikeTheCsv() throws IOException {
        byte[] xlsx = Workbooks.xlsx("Data", List.of(
                row("Scorecard", "KPI", "Initiative", "Period", "Value", "Target", "Status", "Comment", "Forecast"),
                // 0.1 + 0.2 is stored as 0.30000000000000004; Excel shows and exports 0.3.
                row("A", "k", null, LocalDate.of(2005, 7, 1), new Formula("0.1+0.2", true)),
                row(),
                row("A", "k", null, LocalDate.of(2005, 8, 31), new Styled(1234.5, "#,##0.00"), new Styled(1300, "# ##0"), null,
                        new Formula("\"Færre feil; \"&\"nye rutiner\"", true), new Styled(15000, "# ##0")),
                row("A", "m", null, "2005-08", new StyledText("1 234 567,25", "@")),
                row("A", "s", null, "2005-08", new Styled(0.875, "0.0%"), new Styled(0.9, "0%")),
                row("A", "q", null, LocalDate.of(2005, 9, 30), new Formula("8.4/2", true)),
                row("A", null, "itil", new StyledText("2005-08", "@"), new Styled(40, "0\" %\""), null, "on-track", "I rute"),
                row("A", "k", null, "2005-09", "", null, null, "ikke rapportert", new StyledText("14 500,5", "@"))));
        assertSameAsCsv(xlsx);
    }

    private void assertSameAsCsv(byte[] xlsx) throws IOException {
        Project fromCsv = project.file("model/data/upload.csv", CSV).load();
        Files.delete(dir.resolve("model/data/upload.csv"));
        Project fromXlsx = project.bytes("model/data/upload.xlsx", xlsx).load();
        assertEquals(7, fromXlsx.measurements().size() + fromXlsx.initiativeReports().size());
        assertEquals(values(fromCsv), values(fromXlsx));
        assertEquals(reports(fromCsv), reports(fromXlsx));
        assertTrue(project.loadResult().problems().warnings().isEmpty(), () -> project.loadResult().problems().warnings().toString());
    }

    /** Each measurement as text with its value stripped of trailing zeros, so 12.50 and 12.5 compare equal but 12.5 and 12.51 do not. */
    private static List<String> values(Project p) {
        return p.measurements().stream().map(XlsxUploadTest::describe).toList();
    }

    private static String describe(Measurement m) {
        return m.kpi() + " " + m.period().label() + " value=" + plain(m.value()) + " target=" + plain(m.target()) + " forecast=" + plain(m.forecast()) + " comment=" + m.comment();
    }

    private static List<String> reports(Project p) {
        return p.initiativeReports().stream().map(XlsxUploadTest::describe).toList();
    }

    private static String describe(InitiativeReport r) {
        return r.unit() + "/" + r.initiative() + " " + r.month() + " " + plain(r.complete()) + " " + r.status() + " " + r.comment();
    }

    private static String plain(BigDecimal d) {
        return d == null ? "-" : d.stripTrailingZeros().toPlainString();
    }

    @Test
    void theValuesAreTheNumbersShown() {
        Project p = project.bytes("model/data/upload.xlsx", Workbooks.xlsx("Data", List.of(
                HEADER,
                row("A", "k", null, "2005-07", new Formula("0.1+0.2", true)),
                row("A", "s", null, "2005-08", new Styled(0.875, "0.0%")),
                row("A", "s", null, "2005-09", new Styled(1.0 / 3, "0.00%"))))).load();
        assertEquals(List.of("0.3", "87.5", "33.3333333333333"), p.measurements().stream().map(m -> plain(m.value())).toList());
        assertEquals("model/data/upload.xlsx:Data!A3", p.measurements().get(1).pos().toString());
    }

    @Test
    void theSheetNamedDataIsReadElseTheFirstVisibleOne() {
        List<List<Object>> one = List.of(HEADER, row("A", "k", null, "2005-08", 1));
        List<List<Object>> two = List.of(HEADER, row("A", "k", null, "2005-08", 2));
        Project p = project.bytes("model/data/upload.xlsx", Workbooks.xlsx("Info", one, "DATA", two)).load();
        assertEquals("2", plain(p.measurements().get(0).value()));
        p = project.bytes("model/data/upload.xlsx", Workbooks.xlsx("Ark1", one, "Ark2", two)).load();
        assertEquals("1", plain(p.measurements().get(0).value()));
        assertEquals("model/data/upload.xlsx:Ark1!A2", p.measurements().get(0).pos().toString());
    }

    @Test
    void excelsLockFileBesideAnOpenWorkbookIsNotAnUpload() {
        project.bytes("model/data/~$upload.xlsx", new byte[] {1, 2, 3});
        assertTrue(project.load().measurements().isEmpty());
    }
}
