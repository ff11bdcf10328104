package no.scorebake.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds .xlsx files for tests the way Excel stores what a coordinator typed: a cell is a
 * String (text), a Number (a number), a {@link Styled} number with a number format, a
 * {@link LocalDate} (a date with a date format) or a {@link Formula} (with or without the
 * result Excel saves beside it). null leaves the cell empty.
 */
public final class Workbooks {

    /** A number shown with a number format, e.g. 0.875 with {@code 0.0%}. */
    public record Styled(double value, String format) {
    }

    /** A text shown with a format, e.g. "1 234,5" in a cell formatted as Text ({@code @}). */
    public record StyledText(String text, String format) {
    }

    /** A formula; when {@code evaluate}, the file carries its result as Excel saves it. */
    public record Formula(String formula, boolean evaluate) {
    }

    private Workbooks() {
    }

    /** One workbook with a sheet per name, each with its rows. */
    public static byte[] xlsx(Object... sheetsAndRows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<Cell> toEvaluate = new java.util.ArrayList<>();
            for (int i = 0; i < sheetsAndRows.length; i += 2) {
                @SuppressWarnings("unchecked")
                List<List<Object>> rows = (List<List<Object>>) sheetsAndRows[i + 1];
                fill(wb, wb.createSheet((String) sheetsAndRows[i]), rows, toEvaluate);
            }
            var evaluator = wb.getCreationHelper().createFormulaEvaluator();
            toEvaluate.forEach(evaluator::evaluateFormulaCell);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Workbook wb, Sheet sheet, List<List<Object>> rows, List<Cell> toEvaluate) {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r) == null) {
                continue;
            }
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object v = rows.get(r).get(c);
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (v instanceof String s) {
                    cell.setCellValue(s);
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v instanceof Styled s) {
                    cell.setCellValue(s.value());
                    cell.setCellStyle(style(wb, s.format()));
                } else if (v instanceof StyledText s) {
                    cell.setCellValue(s.text());
                    cell.setCellStyle(style(wb, s.format()));
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(style(wb, "mmm yy"));
                } else if (v instanceof Formula f) {
                    cell.setCellFormula(f.formula());
                    if (f.evaluate()) {
                        toEvaluate.add(cell);
                    }
                } else {
                    throw new IllegalArgumentException("no cell for " + v);
                }
            }
        }
    }

    private static CellStyle style(Workbook wb, String format) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(format));
        return style;
    }
}
