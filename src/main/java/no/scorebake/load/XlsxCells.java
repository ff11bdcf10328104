package no.scorebake.load;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * Turns one worksheet cell into the text a CSV export of it would hold, so a spreadsheet upload
 * goes through exactly the checks and number rules of a CSV upload. A number becomes the decimal
 * Excel shows (its 15 significant digits, so a sum stored as 0.30000000000000004 reads as 0.3);
 * a percent-formatted number becomes the percent shown (0.875 shown as 87.5 % reads as 87.5); a
 * date becomes its month in the period column and its day elsewhere; a formula gives the result
 * Excel saved with it and is never evaluated.
 */
final class XlsxCells {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private XlsxCells() {
    }

    /** Thrown for a formula saved without its result: there is nothing to read without evaluating it. */
    static final class NoCachedResult extends Exception {
        private static final long serialVersionUID = 1L;

        NoCachedResult(String formula) {
            super(formula);
        }
    }

    /**
     * The cell as text; empty for a blank cell.
     *
     * @param periodColumn whether the cell is in the period column, where a date means its month
     */
    static String text(Cell cell, boolean periodColumn) throws NoCachedResult {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            if (cell instanceof XSSFCell x && !x.getCTCell().isSetV()) {
                throw new NoCachedResult(cell.getCellFormula());
            }
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case NUMERIC -> number(cell, periodColumn);
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }

    private static String number(Cell cell, boolean periodColumn) {
        if (DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime when = cell.getLocalDateTimeCellValue();
            return when.format(periodColumn ? MONTH : DAY);
        }
        BigDecimal shown = new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue()));
        if (isPercentFormat(cell.getCellStyle().getDataFormatString())) {
            shown = shown.movePointRight(2);
        }
        return shown.stripTrailingZeros().toPlainString();
    }

    /**
     * Whether a number format multiplies by 100 for display: it holds a {@code %} that is not
     * inside quotes and not escaped (so {@code 0.0" %"} just appends a sign and is not one).
     */
    static boolean isPercentFormat(String format) {
        if (format == null) {
            return false;
        }
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\\' || c == '_' || c == '*')) {
                i++;
            } else if (!quoted && c == '%') {
                return true;
            }
        }
        return false;
    }
}
