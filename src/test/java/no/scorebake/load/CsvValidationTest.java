package no.scorebake.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import no.scorebake.problem.Problems;
import no.scorebake.testkit.Expect;
import no.scorebake.testkit.TestProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One broken data upload per rule, checked through {@code scorebake check}: exit 2, the exact
 * {@code path:line[:col]} and the key phrase, and no stack trace. The model is valid: unit A has
 * a monthly KPI k, a quarterly q, a formula f, a roll-up r and an initiative itil; A1 has r.
 */
class CsvValidationTest {

    @TempDir
    Path dir;
    TestProject project;

    @BeforeEach
    void model() {
        project = new TestProject(dir)
                .file("model/scorecards/A.yaml", """
                        perspectives: [ { id: p, name: P } ]
                        kpis:
                          - { id: k, name: Monthly, unit: count, target: 10 }
                          - { id: q, name: Quarterly, unit: percent, frequency: quarterly }
                          - { id: f, name: Formula, unit: percent, formula: "{k} * 2" }
                          - { id: r, name: Rolled up, unit: count, rollup: sum }
                        initiatives:
                          - { id: itil, name: ITIL, start: 2005-01, end: 2006-06 }
                        """)
                .file("model/scorecards/A1.yaml", """
                        perspectives: [ { id: p, name: P } ]
                        kpis:
                          - { id: r, name: Rolled up, unit: count }
                        """);
    }

    static Arguments upload(String name, String csv, String where, String phrase) {
        return Arguments.of(name, csv, where, phrase);
    }

    static Stream<Arguments> uploads() {
        return Stream.of(
                upload("header without value and kpi", "scorecard;period\nA;2005-08\n",
                        "model/data/upload.csv:1", "header lacks the columns value, kpi or initiative"),
                upload("header without scorecard", "kpi;period;value\nk;2005-08;1\n",
                        "model/data/upload.csv:1", "header lacks the column scorecard"),
                upload("column twice in the header", "scorecard;kpi;period;value;Value\nA;k;2005-08;1;2\n",
                        "model/data/upload.csv:1:28", "column 'value' appears twice in the header (also column 4)"),
                upload("unknown scorecard", "scorecard;kpi;period;value\nA;k;2005-07;1\nB;k;2005-08;1\n",
                        "model/data/upload.csv:3:1", "unknown scorecard 'B' — known: A, A1"),
                upload("unit without scorecard", "scorecard;kpi;period;value\nA2;k;2005-08;1\n",
                        "model/data/upload.csv:2:1", "unit 'A2' has no scorecard (no model/scorecards/A2.yaml)"),
                upload("empty scorecard", "scorecard;kpi;period;value\n;k;2005-08;1\n",
                        "model/data/upload.csv:2:1", "scorecard is empty"),
                upload("unknown KPI", "scorecard;kpi;period;value\nA;kk;2005-08;1\n",
                        "model/data/upload.csv:2:3", "unknown KPI 'kk' in scorecard A — known: f, k, q, r"),
                upload("unknown initiative", "scorecard;initiative;period;value\nA;itl;2005-08;10\n",
                        "model/data/upload.csv:2:3", "unknown initiative 'itl' in scorecard A — known: itil"),
                upload("row naming both kpi and initiative", "scorecard;kpi;initiative;period;value\nA;k;itil;2005-08;1\n",
                        "model/data/upload.csv:2:3", "row names both kpi 'k' and initiative 'itil'; a row is for one of them"),
                upload("row naming neither", "scorecard;kpi;initiative;period;value\nA;;;2005-08;1\n",
                        "model/data/upload.csv:2", "row names neither a kpi nor an initiative"),
                upload("period aug 2005", "scorecard;kpi;period;value\nA;k;aug 2005;1\n",
                        "model/data/upload.csv:2:5", "period 'aug 2005' is not a period; write it as 2005-08, 2005-Q3, 2005-H2 or 2005"),
                upload("period 2005-13", "scorecard;kpi;period;value\nA;k;2005-13;1\n",
                        "model/data/upload.csv:2:5", "period '2005-13' is not a period; write it as 2005-08, 2005-Q3, 2005-H2 or 2005"),
                upload("period 08.2005", "scorecard,kpi,period,value\nA,k,08.2005,1\n",
                        "model/data/upload.csv:2:5", "period '08.2005' is not a period"),
                upload("empty period", "scorecard;kpi;period;value\nA;k;;1\n",
                        "model/data/upload.csv:2:5", "period is empty; write it as 2005-08, 2005-Q3, 2005-H2 or 2005"),
                upload("text in the value column", "scorecard;kpi;period;value\nA;k;2005-08;mange\n",
                        "model/data/upload.csv:2:13", "value 'mange' is not a number; expected a number such as 12.5, 12,5 or 1 234,5"),
                upload("US thousands separator", "scorecard;kpi;period;value\nA;k;2005-08;1,234.5\n",
                        "model/data/upload.csv:2:13", "value '1,234.5' is not a number"),
                upload("text in the target column", "scorecard;kpi;period;value;target\nA;k;2005-08;5;høy\n",
                        "model/data/upload.csv:2:15", "target 'høy' is not a number"),
                upload("quarterly value in May", "scorecard;kpi;period;value\nA;q;2005-05;4,5\n",
                        "model/data/upload.csv:2:5", "KPI 'q': a quarterly KPI is not due in 2005-05; its periods end in March, June, September and December (e.g. 2005-Q2 or 2005-06)"),
                upload("monthly KPI given a quarter", "scorecard;kpi;period;value\nA;k;2005-Q3;1\n",
                        "model/data/upload.csv:2:5", "KPI 'k': period 2005-Q3 is a quarter but the KPI is monthly; write 2005-09"),
                upload("quarterly KPI given a half-year", "scorecard;kpi;period;value\nA;q;2005-H1;1\n",
                        "model/data/upload.csv:2:5", "KPI 'q': period 2005-H1 is a half-year but the KPI is quarterly; write 2005-Q2 or 2005-06"),
                upload("value for a formula KPI", "scorecard;kpi;period;value\nA;f;2005-08;20\n",
                        "model/data/upload.csv:2:13", "KPI 'f' is computed by its formula {k} * 2; it takes no value from data"),
                upload("value for a roll-up KPI", "scorecard;kpi;period;value\nA;r;2005-08;20\n",
                        "model/data/upload.csv:2:13", "KPI 'r' is rolled up from the sub-units' scorecards; it takes no value from data"),
                upload("same scorecard, KPI and period twice in one file", "scorecard;kpi;period;value\nA;k;2005-07;7\nA;k;2005-08;8\nA;k;2005-08;9\n",
                        "model/data/upload.csv:4", "second row for A/k 2005-08 (first at model/data/upload.csv:3); correct the first row instead of adding another"),
                upload("quarter written two ways", "scorecard;kpi;period;value\nA;q;2005-Q3;1\nA;q;2005-09;2\n",
                        "model/data/upload.csv:3", "second row for A/q 2005-Q3 (first at model/data/upload.csv:2)"),
                upload("same initiative and month twice", "scorecard;initiative;period;value\nA;itil;2005-08;10\nA;itil;2005-08;20\n",
                        "model/data/upload.csv:3", "second row for A/itil 2005-08 (first at model/data/upload.csv:2)"),
                upload("initiative status not in the list", "scorecard;initiative;period;value;status\nA;itil;2005-08;50;stalled\n",
                        "model/data/upload.csv:2:19", "unknown initiative status 'stalled' — valid: not-started, on-track, at-risk, late, done"),
                upload("initiative percent over 100", "scorecard;initiative;period;value\nA;itil;2005-08;120\n",
                        "model/data/upload.csv:2:16", "percent complete 120 is outside 0-100"),
                upload("initiative with a target", "scorecard;initiative;period;value;target\nA;itil;2005-08;50;100\n",
                        "model/data/upload.csv:2:19", "an initiative has no target"),
                upload("text in the forecast column", "scorecard;kpi;period;value;forecast\nA;k;2005-08;5;mye\n",
                        "model/data/upload.csv:2:15", "forecast 'mye' is not a number; expected a number such as 12.5, 12,5 or 1 234,5"),
                upload("forecast on an initiative row", "scorecard;initiative;period;value;forecast\nA;itil;2005-08;50;80\n",
                        "model/data/upload.csv:2:19", "forecast is for KPIs only"),
                upload("forecast for a formula KPI", "scorecard;kpi;period;value;forecast\nA;f;2005-08;;20\n",
                        "model/data/upload.csv:2:14", "KPI 'f' is computed by its formula {k} * 2; it takes no forecast from data"),
                upload("forecast for a roll-up KPI", "scorecard;kpi;period;value;forecast\nA;r;2005-08;;20\n",
                        "model/data/upload.csv:2:14", "KPI 'r' is rolled up from the sub-units' scorecards; it takes no forecast from data"),
                upload("forecast for a quarterly KPI", "scorecard;kpi;period;value;forecast\nA;q;2005-Q3;4;5\n",
                        "model/data/upload.csv:2:15", "forecast is for monthly KPIs; KPI 'q' is quarterly and has no year outlook"),
                upload("status column on a KPI row", "scorecard;kpi;period;value;status\nA;k;2005-08;5;late\n",
                        "model/data/upload.csv:2:15", "status is for initiatives only"),
                upload("too many fields in a row", "scorecard,kpi,period,value\nA,k,2005-08,12,5\n",
                        "model/data/upload.csv:2:16", "row has 5 fields but the header has 4; put quotes around a text that holds the delimiter"),
                upload("quote never closed", "scorecard;kpi;period;value;comment\nA;k;2005-07;5;\"sa \"\"hei\"\"\"\nA;k;2005-08;5;\"oops\nA;k;2005-09;5;\n",
                        "model/data/upload.csv:3:15", "quoted text starting here is never closed"),
                upload("empty file", "",
                        "model/data/upload.csv:1", "file is empty; a data file needs a header row"),
                upload("only blank lines", "\n\n",
                        "model/data/upload.csv:1", "file is empty"),
                upload("binary junk", "scorecard;kpi;period;value\nA;k;2005-08;\u0000\n",
                        "model/data/upload.csv:2", "file holds binary data (a NUL byte), not text"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("uploads")
    void eachRuleIsReportedWhereItIsBroken(String name, String csv, String where, String phrase) {
        project.file("model/data/upload.csv", csv);
        Expect.error(project, where, phrase);
    }

    @Test
    void unknownKpiAmongManySuggestsTheClosestIds() {
        StringBuilder kpis = new StringBuilder();
        for (String id : new String[] {"user-faults", "user-faults-closed", "projects-late", "uptime", "sick-leave", "overtime",
                "budget", "cost", "satisfaction", "delivery", "agreements", "training", "turnover", "r"}) {
            kpis.append("- { id: ").append(id).append(", name: X, unit: count }\n");
        }
        project.scorecard("A1", kpis.toString())
                .file("model/data/upload.csv", "scorecard;kpi;period;value\nA1;user-fault;2005-08;1\n");
        String line = Expect.error(project, "model/data/upload.csv:2:4", "unknown KPI 'user-fault' in scorecard A1 — closest known: ").err();
        assertTrue(line.contains("closest known: user-faults, "), line);
        assertTrue(line.contains(" user-faults-closed"), line);
        assertTrue(line.contains("(of 14)"), line);
    }

    @Test
    void sameRowAcrossTwoFilesNamesBothPlaces() {
        project.file("model/data/2005-08/a-koordinator.csv", "scorecard;kpi;period;value\nA;k;2005-07;7\nA;k;2005-08;8\n")
                .file("model/data/2005-08/b-helpdesk.csv", "scorecard,kpi,period,value\n\nA,k,2005-08,9\n");
        Expect.error(project, "model/data/2005-08/b-helpdesk.csv:3",
                "second row for A/k 2005-08 (first at model/data/2005-08/a-koordinator.csv:3)");
    }

    @Test
    void secondRowsOfAnEarlierFilesFigureKeepTheirPlaceAmongAFilesOtherErrors() {
        // The uploads are checked on every core and taken in order: a row that repeats an earlier file's figure
        // is an error in its place among the file's other errors, so the fifty listed are the file's first fifty.
        StringBuilder first = new StringBuilder("scorecard;kpi;period;value\n");
        StringBuilder second = new StringBuilder("scorecard;kpi;period;value\n");
        for (int i = 0; i < 40; i++) {
            String month = (2005 + i / 12) + "-" + String.format("%02d", i % 12 + 1);
            first.append("A;k;").append(month).append(";1\n");
            second.append("A;k;").append(month).append(";2\n"); // line 2 + 2i: a second row for a figure of the first file
            second.append("A;nope;").append(month).append(";3\n"); // line 3 + 2i: an unknown KPI
        }
        second.append("A;k;2005-01;4\n"); // line 82: a third row for the first figure, among the rest
        project.file("model/data/a.csv", first.toString()).file("model/data/b.csv", second.toString());

        TestProject.Run run = project.run("check");

        List<String> lines = Expect.problemLines(run);
        assertEquals(Problems.PER_FILE + 1, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith("model/data/b.csv:2: second row for A/k 2005-01 (first at model/data/a.csv:2)"), lines.get(0));
        assertTrue(lines.get(1).startsWith("model/data/b.csv:3:3: unknown KPI 'nope'"), lines.get(1));
        assertTrue(lines.get(48).startsWith("model/data/b.csv:50: second row for A/k 2007-01 (first at model/data/a.csv:26)"), lines.get(48));
        assertTrue(lines.get(49).startsWith("model/data/b.csv:51:3: unknown KPI 'nope'"), lines.get(49));
        assertEquals("model/data/b.csv:52: 31 more errors in this file from here on are not listed; the first 50 are above"
                + " (is it really a file of the model?)", lines.get(Problems.PER_FILE));
        assertEquals(81, project.loadResult().problems().errorCount());
    }

    @Test
    void everyLaterRowForAFigureNamesTheFirstRowInTheFirstFile() {
        project.file("model/data/a.csv", "scorecard;kpi;period;value\nA;k;2005-08;8\n")
                .file("model/data/b.csv", "scorecard;kpi;period;value\nA;k;2005-08;9\nA;k;2005-08;10\n");
        TestProject.Run run = Expect.error(project, "model/data/b.csv:2", "second row for A/k 2005-08 (first at model/data/a.csv:2)");
        Expect.line(run, "model/data/b.csv:3", "second row for A/k 2005-08 (first at model/data/a.csv:2)");
    }

    @Test
    void latin1FileIsNotUtf8AndSaysOnWhichLine() {
        byte[] header = "scorecard;kpi;period;value;comment\nA;k;2005-07;7;ok\nA;k;2005-08;8;".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[header.length + 3];
        System.arraycopy(header, 0, bytes, 0, header.length);
        bytes[header.length] = (byte) 0xE6; // "æ" in Latin-1
        bytes[header.length + 1] = 'r';
        bytes[header.length + 2] = '\n';
        project.bytes("model/data/upload.csv", bytes);
        Expect.error(project, "model/data/upload.csv:3", "file is not UTF-8 (perhaps saved as Latin-1/Windows-1252, where æ ø å differ); save it as UTF-8");
    }

    @Test
    void excelWorkbookRenamedToCsv() {
        project.bytes("model/data/upload.csv", new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0});
        Expect.error(project, "model/data/upload.csv:1", "this is an Excel workbook or other zip file, not text; save it as \"CSV UTF-8\"");
    }

    @Test
    void oldExcelFileRenamedToCsv() {
        project.bytes("model/data/upload.csv", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        Expect.error(project, "model/data/upload.csv:1", "this is an old Excel (.xls) file, not text");
    }

    @Test
    void spreadsheetNextToTheCsvFiles() {
        project.bytes("model/data/upload.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        Expect.error(project, "model/data/upload.xls:1", "only .xlsx workbooks and .csv files are read");
    }

    @Test
    void noteForAnUnknownKpi() {
        project.file("content/comments/2005-08/A/user-faults.md", "Færre feil etter ny rutine.\n");
        Expect.error(project, "content/comments/2005-08/A/user-faults.md:1", "note for unknown KPI 'user-faults' in scorecard A — known: f, k, q, r");
    }

    @Test
    void noteForAnUnknownScorecard() {
        project.file("content/comments/2005-08/A2/k.md", "Tekst.\n");
        Expect.error(project, "content/comments/2005-08/A2/k.md:1", "note for unknown scorecard 'A2' — known: A, A1");
    }

    @Test
    void noteInAFolderThatIsNotAPeriod() {
        project.file("content/comments/august/A/k.md", "Tekst.\n");
        Expect.error(project, "content/comments/august/A/k.md:1", "folder 'august' of this note is not a period");
    }

    @Test
    void noteForAQuarterlyKpiInAMonthItIsNotDue() {
        project.file("content/comments/2005-08/A/q.md", "Tekst.\n");
        Expect.error(project, "content/comments/2005-08/A/q.md:1", "note for KPI 'q': a quarterly KPI is not due in 2005-08");
    }

    @Test
    void everyBadRowOfAFileIsReportedNotJustTheFirst() {
        project.file("model/data/upload.csv", "scorecard;kpi;period;value\nA;k;2005-13;1\nA;k;2005-08;x\nA;q;2005-05;1\nA;k;2005-07;7\n");
        TestProject.Run run = Expect.error(project, "model/data/upload.csv:2:5", "period '2005-13'");
        Expect.line(run, "model/data/upload.csv:3:13", "value 'x'");
        Expect.line(run, "model/data/upload.csv:4:5", "KPI 'q'");
        assertEquals(3, Expect.problemLines(run).size(), run.err());
        assertTrue(run.err().contains("3 errors; nothing was written"), run.err());
    }
}
