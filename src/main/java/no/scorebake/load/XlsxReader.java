package no.scorebake.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.scorebake.model.Pos;
import no.scorebake.problem.Problems;
import no.scorebake.problem.SourceFile;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an Excel workbook (.xlsx) upload: one worksheet, the one named {@code data} (any case)
 * or else the first visible one, turned into text rows for {@link MeasurementReader}. Every
 * problem names the cell as Excel does ({@code file.xlsx:Data!B12}); a file that is not a
 * readable workbook (corrupt, password-protected, an old .xls renamed, a zip bomb) gets one line
 * saying so, never a stack trace.
 */
final class XlsxReader {

    private static final Logger LOG = LoggerFactory.getLogger(XlsxReader.class);

    /**
     * No part of a workbook may unpack to more than this. A coordinator's sheet is a few kB; the
     * limit stops a small file that expands to gigabytes before it exhausts memory.
     */
    static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_UNPACKED_BYTES);
    }

    /** The sheet that was read: its name and its non-blank rows. */
    record Table(String sheet, List<MeasurementReader.TableRow> rows) {
    }

    private XlsxReader() {
    }

    /** The data sheet's rows, or null after reporting why the workbook cannot be read. */
    static Table read(Path root, Path file, Problems problems) {
        String rel = SourceFile.relative(root, file);
        try {
            long size = Files.size(file);
            if (size > SourceFile.MAX_BYTES) {
                problems.error(Pos.of(rel), "file is " + (size / (1024 * 1024)) + " MB; files of the model are limited to "
                        + (SourceFile.MAX_BYTES / (1024 * 1024)) + " MB — is it really a data file?");
                return null;
            }
            String notWorkbook = notAWorkbook(file);
            if (notWorkbook != null) {
                problems.error(Pos.of(rel), notWorkbook);
                return null;
            }
        } catch (IOException e) {
            problems.error(Pos.of(rel), "cannot read the file: " + e.getMessage());
            return null;
        }
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFWorkbook workbook = new XSSFWorkbook(pkg);
            Sheet sheet = dataSheet(workbook);
            if (sheet == null) {
                problems.error(Pos.of(rel), "the workbook has no visible worksheet; the data goes in a sheet named data, or the first sheet");
                return null;
            }
            return new Table(sheet.getSheetName(), rows(rel, sheet, problems));
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            problems.error(Pos.of(rel), "the workbook is damaged or another kind of zip file (an OpenDocument .ods renamed?) and cannot be read;"
                    + " open it in Excel and save it as Excel Workbook (.xlsx)");
        } catch (IOException | RuntimeException e) {
            // POI signals a damaged or hostile file with assorted runtime exceptions: those are the file's fault. The
            // same thrown by our own reading of the cells is a bug, and goes on as one.
            if (e instanceof RuntimeException r && !thrownByPoi(r)) {
                throw r;
            }
            LOG.debug("POI cannot read {}", rel, e);
            problems.error(Pos.of(rel), damaged(e));
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
        return null;
    }

    /** Why the file is not an .xlsx workbook at all, judged by its first bytes, or null when it looks like one. */
    private static String notAWorkbook(Path file) throws IOException {
        FileMagic magic = FileMagic.valueOf(file.toFile());
        if (magic == FileMagic.OOXML) {
            return null;
        }
        if (magic == FileMagic.OLE2) {
            try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                if (fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")) {
                    return "the workbook is protected with a password, so it cannot be read; save a copy without the password"
                            + " (File > Info > Protect Workbook > Encrypt with Password, clear it)";
                }
            } catch (IOException | RuntimeException e) {
                LOG.debug("POI cannot read the old Office file {}", file, e); // only POI runs here
                return "this is an old Office file that cannot be read (" + firstLine(e) + "); save it from Excel as .xlsx";
            }
            return "this is an old Excel 97-2003 (.xls) workbook with an .xlsx name; open it in Excel and save it as Excel Workbook (.xlsx)";
        }
        return "this is not an Excel workbook (.xlsx) — it does not start like one" + (magic == FileMagic.UNKNOWN
                ? "; a CSV file must be named .csv" : " (it looks like " + magic.name().toLowerCase(Locale.ROOT) + ")");
    }

    /** Whether POI (or a library it runs) threw it: the first frame outside the JDK is Apache's, not scorebake's. */
    static boolean thrownByPoi(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            String c = frame.getClassName();
            if (!c.startsWith("java.") && !c.startsWith("javax.") && !c.startsWith("jdk.") && !c.startsWith("sun.")) {
                return c.startsWith("org.apache.");
            }
        }
        return false;
    }

    private static String damaged(Exception e) {
        String why = firstLine(e);
        if (why.toLowerCase(Locale.ROOT).contains("zip bomb")) {
            return "the workbook unpacks to far more than its size (more than " + MAX_UNPACKED_BYTES / (1024 * 1024)
                    + " MB, or compressed suspiciously well); a data sheet is never that large — is it really a data file?";
        }
        return "the workbook is damaged and cannot be read (" + why + "); open it in Excel and save it again";
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }

    /** The sheet named {@code data} in any case, else the first sheet that is not hidden. */
    private static Sheet dataSheet(XSSFWorkbook workbook) {
        for (Sheet s : workbook) {
            if (s.getSheetName().strip().equalsIgnoreCase("data")) {
                return s;
            }
        }
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                return workbook.getSheetAt(i);
            }
        }
        return null;
    }

    /** Every non-blank row as text cells; the header (the first such row) decides which column holds periods. */
    private static List<MeasurementReader.TableRow> rows(String rel, Sheet sheet, Problems problems) {
        List<MeasurementReader.TableRow> rows = new ArrayList<>();
        int periodColumn = -1;
        String name = sheet.getSheetName();
        for (int r = Math.max(sheet.getFirstRowNum(), 0); r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || row.getLastCellNum() <= 0) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            List<Pos> places = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                Pos at = Pos.cell(rel, name, r + 1, c + 1);
                String text;
                try {
                    text = XlsxCells.text(cell, c == periodColumn);
                } catch (XlsxCells.NoCachedResult e) {
                    problems.error(at, "the formula =" + e.getMessage() + " was saved without its result, and scorebake never"
                            + " calculates formulas; open the file in Excel and save it, or type the value");
                    text = "";
                }
                cells.add(text);
                places.add(at);
            }
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (rows.isEmpty()) {
                periodColumn = cells.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList().indexOf("period");
            }
            rows.add(new MeasurementReader.TableRow(cells, places, rowStart(cells, places)));
        }
        return rows;
    }

    /** A row is named by its first filled cell, which is where a reader's eye goes. */
    private static Pos rowStart(List<String> cells, List<Pos> places) {
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isBlank()) {
                return places.get(i);
            }
        }
        return places.get(0);
    }
}
