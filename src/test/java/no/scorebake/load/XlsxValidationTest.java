package no.scorebake.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import no.scorebake.testkit.Expect;
import no.scorebake.testkit.TestProject;
import no.scorebake.testkit.Workbooks.Formula;
import no.scorebake.testkit.Workbooks;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken .xlsx upload is reported like a broken CSV one: exit 2, every problem at once, each
 * at the cell as Excel names it ({@code upload.xlsx:Data!B12}), and a file that is no readable
 * workbook at all gets one line saying what it is instead, never a stack trace.
 */
class XlsxValidationTest {

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
                        """);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private static final List<Object> HEADER = row("scorecard", "kpi", "period", "value", "comment");

    private TestProject upload(byte[] xlsx) {
        return project.bytes("model/data/2005-08-sales.xlsx", xlsx);
    }

    @Test
    void everyBadCellIsReportedAtOnceWithItsReference() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (int r = 2; r <= 12; r++) {
            rows.add(null);
        }
        rows.set(4, row("A", "k", "2005-04", new Formula("1/0", true)));
        rows.set(7, row("A", "k", "2005-07", new Formula("1+1", false)));
        rows.set(11, row("A", "nope", "2005-08", 5));
        TestProject.Run run = Expect.error(upload(Workbooks.xlsx("Data", rows)), "model/data/2005-08-sales.xlsx:Data!B12",
                "unknown KPI 'nope' in scorecard A");
        Expect.line(run, "model/data/2005-08-sales.xlsx:Data!D5", "value '#DIV/0!' is not a number");
        Expect.line(run, "model/data/2005-08-sales.xlsx:Data!D8", "the formula =1+1 was saved without its result");
        assertTrue(run.err().contains("3 errors; nothing was written"), run.err());
    }

    @Test
    void aForecastThatIsNoNumberIsReportedAtItsCell() {
        Expect.error(upload(Workbooks.xlsx("Data", List.of(row("scorecard", "kpi", "period", "value", "forecast"),
                        row("A", "k", "2005-07", 5, 120), row("A", "k", "2005-08", null, "mye")))),
                "model/data/2005-08-sales.xlsx:Data!E3", "forecast 'mye' is not a number");
    }

    @Test
    void aSheetNameWithASpaceIsQuotedAsInExcel() {
        Expect.error(upload(Workbooks.xlsx("Mine tall", List.of(HEADER, row("A", "k", "2005-13", 5)))),
                "model/data/2005-08-sales.xlsx:'Mine tall'!C2", "period '2005-13' is not a period");
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsIsNamedAtItsFirstCell() {
        Expect.error(upload(Workbooks.xlsx("Data", List.of(row(null, "kpi", "period"), row(null, "k", "2005-08")))),
                "model/data/2005-08-sales.xlsx:Data!B1", "header lacks the columns scorecard, value");
    }

    @Test
    void anEmptySheet() {
        Expect.error(upload(Workbooks.xlsx("Data", List.of())), "model/data/2005-08-sales.xlsx:Data!A1", "sheet is empty");
    }

    @Test
    void aNoteRightOfTheTableIsAWarningNotAnError() {
        TestProject.Run run = upload(Workbooks.xlsx("Data", List.of(HEADER, row("A", "k", "2005-08", 5, null, null, "spør Kari")))).run("check");
        assertEquals(0, run.exit(), run.err());
        Expect.line(run, "model/data/2005-08-sales.xlsx:Data!G2", "warning: cell right of the table");
    }

    @Test
    void aCorruptFile() {
        Expect.error(upload(new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0}), "model/data/2005-08-sales.xlsx",
                "the workbook is damaged or another kind of zip file");
    }

    @Test
    void aCsvFileNamedXlsx() {
        Expect.error(upload("scorecard;kpi;period;value\nA;k;2005-08;5\n".getBytes(StandardCharsets.UTF_8)), "model/data/2005-08-sales.xlsx",
                "this is not an Excel workbook (.xlsx) — it does not start like one; a CSV file must be named .csv");
    }

    @Test
    void anOldXlsWorkbookNamedXlsx() throws IOException {
        try (HSSFWorkbook xls = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            xls.createSheet("Data").createRow(0).createCell(0).setCellValue("scorecard");
            xls.write(out);
            Expect.error(upload(out.toByteArray()), "model/data/2005-08-sales.xlsx", "this is an old Excel 97-2003 (.xls) workbook");
        }
    }

    @Test
    void aPasswordProtectedWorkbook() throws Exception {
        byte[] plain = Workbooks.xlsx("Data", List.of(HEADER, row("A", "k", "2005-08", 5)));
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("hemmelig");
            try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(plain)); OutputStream os = enc.getDataStream(fs)) {
                pkg.save(os);
            }
            fs.writeFilesystem(out);
            Expect.error(upload(out.toByteArray()), "model/data/2005-08-sales.xlsx", "the workbook is protected with a password");
        }
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() throws IOException {
        byte[] good = Workbooks.xlsx("Data", List.of(HEADER, row("A", "k", "2005-08", 5)));
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(good)); ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(in.readAllBytes());
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    // Whitespace after the root element is well-formed XML and compresses about 1000 to 1.
                    byte[] spaces = new byte[20 * 1024 * 1024];
                    Arrays.fill(spaces, (byte) ' ');
                    out.write(spaces);
                }
                out.closeEntry();
            }
        }
        assertTrue(bomb.size() < 200_000, "the bomb is small: " + bomb.size());
        Expect.error(upload(bomb.toByteArray()), "model/data/2005-08-sales.xlsx", "the workbook unpacks to far more than its size");
    }
}
