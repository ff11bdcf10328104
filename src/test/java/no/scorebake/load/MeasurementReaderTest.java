package no.scorebake.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import no.scorebake.model.Frequency;
import no.scorebake.model.InitiativeReport;
import no.scorebake.model.InitiativeStatus;
import no.scorebake.model.KpiKey;
import no.scorebake.model.Measurement;
import no.scorebake.model.Period;
import no.scorebake.model.Project;
import no.scorebake.testkit.Expect;
import no.scorebake.testkit.TestProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the CSV uploads are read: the forms spreadsheets and people produce, and where each value came from. */
class MeasurementReaderTest {

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
                          - { id: q, name: Quarterly, unit: percent, frequency: quarterly }
                          - { id: h, name: Half-yearly, unit: percent, frequency: half-yearly }
                          - { id: y, name: Yearly, unit: percent, frequency: yearly }
                        initiatives:
                          - { id: itil, name: ITIL, start: 2005-01, end: 2006-06 }
                        """);
    }

    private Project load(String csv) {
        return project.file("model/data/upload.csv", csv).load();
    }

    private static Measurement only(Project p) {
        assertEquals(1, p.measurements().size(), () -> p.measurements().toString());
        return p.measurements().get(0);
    }

    private static Measurement at(Project p, String kpi, String period) {
        return p.measurements().stream()
                .filter(m -> m.kpi().equals(new KpiKey("A", kpi)) && m.period().label().equals(period))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kpi + " " + period + " in " + p.measurements()));
    }

    @Test
    void semicolonDelimiterTakenFromHeaderLeavesDecimalCommaAlone() {
        Measurement m = only(load("scorecard;kpi;period;value\nA;k;2005-08;12,5\n"));
        assertEquals(new BigDecimal("12.5"), m.value());
    }

    @Test
    void commaDelimiterTakenFromHeaderWithQuotedDecimalComma() {
        Project p = load("scorecard,kpi,period,value\nA,k,2005-07,12.5\nA,k,2005-08,\"12,5\"\n");
        assertEquals(new BigDecimal("12.5"), at(p, "k", "2005-07").value());
        assertEquals(new BigDecimal("12.5"), at(p, "k", "2005-08").value());
    }

    @Test
    void commaHeaderWithSemicolonInALaterCommentStaysCommaSeparated() {
        Measurement m = only(load("scorecard,kpi,period,value,comment\nA,k,2005-08,3,\"a; b\"\n"));
        assertEquals(new BigDecimal("3"), m.value());
        assertEquals("a; b", m.comment());
    }

    @Test
    void byteOrderMarkAndCrlfLineEnds() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "scorecard;kpi;period;value\r\nA;k;2005-07;7\r\nA;k;2005-08;8\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Project p = project.bytes("model/data/upload.csv", all).load();
        assertEquals(new BigDecimal("7"), at(p, "k", "2005-07").value());
        assertEquals("model/data/upload.csv:2", at(p, "k", "2005-07").pos().toString());
        assertEquals("model/data/upload.csv:3", at(p, "k", "2005-08").pos().toString());
    }

    @Test
    void crlfAndLfGiveTheSameMeasurementsAndComments() {
        String lf = "scorecard;kpi;period;value;comment\nA;k;2005-07;7;\"two\nlines\"\nA;k;2005-08;8;ok\n";
        List<Measurement> fromLf = load(lf).measurements();
        List<Measurement> fromCrlf = load(lf.replace("\n", "\r\n")).measurements();
        assertEquals(fromLf, fromCrlf);
        assertEquals("two\nlines", fromCrlf.get(0).comment());
    }

    @Test
    void columnNamesInAnyOrderAndCase() {
        Measurement m = only(load("Value;PERIOD;Kpi;ScoreCard;COMMENT;Target\n7;2005-08;k;A;Fint;9\n"));
        assertEquals(new KpiKey("A", "k"), m.kpi());
        assertEquals(YearMonth.of(2005, 8), m.period().end());
        assertEquals(new BigDecimal("7"), m.value());
        assertEquals(new BigDecimal("9"), m.target());
        assertEquals("Fint", m.comment());
    }

    @ParameterizedTest(name = "value \"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            12,5       | 12.5
            12.5       | 12.5
            1 234,5    | 1234.5
            1 234 567  | 1234567
            4,2 %      | 4.2
            4,2%       | 4.2
            -3         | -3
            """)
    void valueForms(String written, String expected) {
        Measurement m = only(load("scorecard;kpi;period;value\nA;k;2005-08;" + written + "\n"));
        assertEquals(new BigDecimal(expected), m.value());
    }

    @Test
    void noBreakSpaceBetweenThousands() {
        Measurement m = only(load("scorecard;kpi;period;value;target\nA;k;2005-08;1\u00A0234,5;2\u00A0000\n"));
        assertEquals(new BigDecimal("1234.5"), m.value());
        assertEquals(new BigDecimal("2000"), m.target());
    }

    @Test
    void quotedFieldsWithNewlinesKeepTheLineNumbersOfLaterRows() {
        Project p = load("""
                scorecard;kpi;period;value;comment
                A;k;2005-06;6;"første linje
                andre linje
                tredje linje"
                A;k;2005-07;7;"en; to"
                A;k;2005-08;8;
                """);
        Measurement june = at(p, "k", "2005-06");
        assertEquals("første linje\nandre linje\ntredje linje", june.comment());
        assertEquals("model/data/upload.csv:2", june.pos().toString());
        assertEquals("model/data/upload.csv:5", at(p, "k", "2005-07").pos().toString());
        assertEquals("en; to", at(p, "k", "2005-07").comment());
        assertEquals("model/data/upload.csv:6", at(p, "k", "2005-08").pos().toString());
    }

    @Test
    void errorInARowAfterAMultiLineFieldPointsAtItsOwnLine() {
        project.file("model/data/upload.csv", """
                scorecard;kpi;period;value;comment
                A;k;2005-07;7;"to
                linjer"
                A;k;2005-08;åtte;
                """);
        Expect.error(project, "model/data/upload.csv:4:13", "value 'åtte' is not a number");
    }

    @Test
    void quoteInsideAnUnquotedFieldIsJustACharacter() {
        Project p = load("scorecard;kpi;period;value;comment\nA;k;2005-07;7;12\" skjerm\nA;k;2005-08;8;\"sa \"\"hei\"\"\"\n");
        assertEquals("12\" skjerm", at(p, "k", "2005-07").comment());
        assertEquals("sa \"hei\"", at(p, "k", "2005-08").comment());
        assertNull(CsvRows.unclosedQuote("x.csv", "a;b\n1;12\" skjerm\n", ';'));
        assertEquals("x.csv:3:3", String.valueOf(CsvRows.unclosedQuote("x.csv", "a;b\r\n1;\"ok\"\r\n2;\"open\r\n", ';')));
    }

    @Test
    void blankLinesAreSkippedButCounted() {
        Project p = load("scorecard;kpi;period;value\n\nA;k;2005-07;7\n;;;\n\nA;k;2005-08;8\n");
        assertEquals("model/data/upload.csv:3", at(p, "k", "2005-07").pos().toString());
        assertEquals("model/data/upload.csv:6", at(p, "k", "2005-08").pos().toString());
        assertEquals(2, p.measurements().size());
    }

    @Test
    void emptyValueMeansNotReported() {
        Project p = load("scorecard;kpi;period;value;comment\nA;k;2005-08;;Systemet var nede\n");
        Measurement m = only(p);
        assertNull(m.value());
        assertEquals("Systemet var nede", m.comment());
        assertTrue(new no.scorebake.status.StatusEngine(p).kpi(new KpiKey("A", "k"), YearMonth.of(2005, 8)).missing(),
                "an empty value leaves the KPI missing for the period");
    }

    @Test
    void targetColumnOverridesForThatRowOnly() {
        Project p = load("scorecard;kpi;period;value;target\nA;k;2005-07;7;\nA;k;2005-08;8;12,5\n");
        assertNull(at(p, "k", "2005-07").target());
        assertEquals(new BigDecimal("12.5"), at(p, "k", "2005-08").target());
    }

    @ParameterizedTest(name = "{0} {1} is stored as {2}")
    @CsvSource(delimiter = '|', textBlock = """
            k | 2005-08 | 2005-08
            q | 2005-Q3 | 2005-Q3
            q | 2005-09 | 2005-Q3
            h | 2005-H2 | 2005-H2
            h | 2005-06 | 2005-H1
            y | 2005    | 2005
            y | 2005-12 | 2005
            """)
    void periodsOfEachFrequency(String kpi, String written, String stored) {
        Measurement m = only(load("scorecard;kpi;period;value\nA;" + kpi + ";" + written + ";1\n"));
        assertEquals(stored, m.period().label());
        assertEquals(Period.parse(stored).frequency(), m.period().frequency());
    }

    @Test
    void quarterEndingMonthIsTheQuarter() {
        Measurement m = only(load("scorecard;kpi;period;value\nA;q;2005-09;4,5\n"));
        assertEquals(Frequency.QUARTERLY, m.period().frequency());
        assertEquals(YearMonth.of(2005, 9), m.period().end());
    }

    @Test
    void commentsAreKeptAsWritten() {
        Project p = load("scorecard;kpi;period;value;comment\nA;k;2005-07;7;Færre feil etter ny rutine – «bra»\nA;k;2005-08;8;\n");
        assertEquals("Færre feil etter ny rutine – «bra»", at(p, "k", "2005-07").comment());
        assertNull(at(p, "k", "2005-08").comment(), "an empty comment is no comment");
    }

    @Test
    void eachMeasurementKeepsItsFileAndLine() {
        Project p = project
                .file("model/data/2005/juli.csv", "scorecard;kpi;period;value\nA;k;2005-07;7\n")
                .file("model/data/helpdesk export.csv", "kpi,scorecard,value,period\n\nk,A,8,2005-08\nq,A,1,2005-Q2\n")
                .load();
        assertEquals("model/data/2005/juli.csv:2", at(p, "k", "2005-07").pos().toString());
        assertEquals("model/data/helpdesk export.csv:3", at(p, "k", "2005-08").pos().toString());
        assertEquals("model/data/helpdesk export.csv:4", at(p, "q", "2005-Q2").pos().toString());
    }

    @Test
    void headerOnlyFileIsNoError() {
        Project p = load("scorecard;kpi;period;value\n");
        assertTrue(p.measurements().isEmpty());
    }

    @Test
    void initiativeRowsGivePercentCompleteAndStatus() {
        Project p = load("scorecard;initiative;period;value;status;comment\nA;itil;2005-08;40 %;At-Risk;Forsinket\n");
        assertTrue(p.measurements().isEmpty());
        InitiativeReport r = p.initiativeReports().get(0);
        assertEquals("itil", r.initiative());
        assertEquals(new BigDecimal("40"), r.complete());
        assertEquals(InitiativeStatus.AT_RISK, r.status());
        assertEquals("Forsinket", r.comment());
        assertEquals("model/data/upload.csv:2", r.pos().toString());
    }

    @Test
    void unknownExtraColumnIsIgnoredWithAWarning() {
        project.file("model/data/upload.csv", "scorecard;kpi;period;value;remark\nA;k;2005-08;8;whatever\n");
        ProjectLoader.Result r = project.loadResult();
        assertTrue(r.problems().errors().isEmpty(), () -> r.problems().errors().toString());
        assertEquals(List.of("model/data/upload.csv:1:28: warning: column 'remark' is not one scorebake reads and is ignored — known: "
                + "scorecard, kpi, initiative, period, value, target, status, comment, forecast"),
                r.problems().warnings().stream().map(Object::toString).toList());
        assertEquals(new BigDecimal("8"), only(r.project()).value());
    }

    @Test
    void forecastIsReadWithTheNumberFormsOfAValueAndMayStandWithoutAValue() {
        Project p = load("scorecard;kpi;period;value;Forecast\nA;k;2005-07;8;1 234,5\nA;k;2005-08;;130\nA;k;2005-09;9;\n");
        assertEquals(new BigDecimal("1234.5"), at(p, "k", "2005-07").forecast());
        Measurement aug = at(p, "k", "2005-08");
        assertNull(aug.value());
        assertEquals(new BigDecimal("130"), aug.forecast());
        assertNull(at(p, "k", "2005-09").forecast());
    }
}
