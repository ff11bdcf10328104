package no.scorebake.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import no.scorebake.model.InitiativeStatus;
import no.scorebake.model.KpiUnit;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a reporting sheet as an Excel workbook a coordinator fills in and sends back as it is.
 * Its one sheet, {@code data}, is a valid upload: the header row names the upload's columns, the
 * informational columns are greyed and locked (the sheet is protected without a password, so
 * only value, forecast, status and comment take input; forecast only on a monthly KPI's row, status
 * only on an initiative's), the value and forecast cells carry a number format that fits
 * the KPI's unit, the header row stays in view when scrolling, and status offers the five words
 * it accepts. Numbers are written as numbers, ids and periods as text so Excel never turns
 * {@code 2006-05} into a date.
 */
public final class SheetXlsx {

    private static final int MAX_WIDTH = 50;

    private SheetXlsx() {
    }

    public static void write(ReportingSheet sheet, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            XSSFSheet data = wb.createSheet("data");
            Row header = data.createRow(0);
            List<String> columns = ReportingSheet.COLUMNS;
            int[] widths = new int[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c));
                cell.setCellStyle(styles.header);
                widths[c] = columns.get(c).length();
            }
            int r = 1;
            for (ReportingSheet.Line line : sheet.lines()) {
                Row row = data.createRow(r++);
                Object[] values = {sheet.unit().id(), line.kpi(), line.initiative(), line.period(), line.name(), line.definition(),
                    line.unitText(), line.modelTarget(), line.lastPeriod(), line.lastValue(), line.lastStatus()};
                for (int c = 0; c < values.length; c++) {
                    Cell cell = row.createCell(c);
                    boolean number = c == columns.indexOf("model target") || c == columns.indexOf("last value");
                    cell.setCellStyle(number ? styles.infoNumber(line.kpiUnit()) : c == columns.indexOf("definition") ? styles.wrapped : styles.info);
                    if (values[c] instanceof BigDecimal d) {
                        cell.setCellValue(d.doubleValue());
                    } else if (values[c] != null) {
                        cell.setCellValue(values[c].toString());
                    }
                    widths[c] = Math.max(widths[c], values[c] == null ? 0 : values[c].toString().length());
                }
                row.createCell(ReportingSheet.FIRST_INPUT).setCellStyle(styles.value(line.kpiUnit()));
                row.createCell(ReportingSheet.FORECAST).setCellStyle(line.takesForecast() ? styles.value(line.kpiUnit()) : styles.info);
                row.createCell(ReportingSheet.STATUS).setCellStyle(line.isInitiative() ? styles.input : styles.info);
                row.createCell(ReportingSheet.COMMENT).setCellStyle(styles.input);
            }
            widths[ReportingSheet.FIRST_INPUT] = Math.max(widths[ReportingSheet.FIRST_INPUT], 12);
            widths[ReportingSheet.FORECAST] = Math.max(widths[ReportingSheet.FORECAST], 12);
            widths[ReportingSheet.COMMENT] = Math.max(widths[ReportingSheet.COMMENT], 40);
            for (int c = 0; c < widths.length; c++) {
                data.setColumnWidth(c, Math.min(widths[c] + 2, MAX_WIDTH) * 256);
            }
            data.createFreezePane(0, 1);
            statusChoices(data, sheet);
            data.enableLocking();
            data.lockFormatColumns(false);
            data.lockFormatRows(false);
            wb.write(out);
        }
    }

    /** Status cells of initiative rows offer the five statuses the loader accepts, and refuse anything else. */
    private static void statusChoices(XSSFSheet data, ReportingSheet sheet) {
        CellRangeAddressList cells = new CellRangeAddressList();
        for (int i = 0; i < sheet.lines().size(); i++) {
            if (sheet.lines().get(i).isInitiative()) {
                cells.addCellRangeAddress(i + 1, ReportingSheet.STATUS, i + 1, ReportingSheet.STATUS);
            }
        }
        if (cells.countRanges() == 0) {
            return;
        }
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(data);
        DataValidationConstraint list = helper.createExplicitListConstraint(
                InitiativeStatus.keys().toArray(String[]::new));
        DataValidation validation = helper.createValidation(list, cells);
        validation.setShowErrorBox(true);
        validation.setSuppressDropDownArrow(true);
        data.addValidationData(validation);
    }

    /** The few cell styles of a sheet, made once per workbook (Excel limits how many a file may hold). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle info;
        final CellStyle wrapped;
        final CellStyle input;
        private final XSSFWorkbook wb;
        private final java.util.Map<String, CellStyle> byFormat = new java.util.HashMap<>();

        Styles(XSSFWorkbook wb) {
            this.wb = wb;
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_40_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            info = grey(wb.createCellStyle());
            info.setDataFormat(wb.createDataFormat().getFormat("@"));
            wrapped = grey(wb.createCellStyle());
            wrapped.setWrapText(true);
            input = wb.createCellStyle();
            input.setLocked(false);
            input.setDataFormat(wb.createDataFormat().getFormat("@"));
            input.setVerticalAlignment(VerticalAlignment.TOP);
        }

        private static CellStyle grey(CellStyle s) {
            s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        }

        CellStyle infoNumber(KpiUnit unit) {
            return byFormat.computeIfAbsent("info " + format(unit), f -> {
                CellStyle s = grey(wb.createCellStyle());
                s.setDataFormat(wb.createDataFormat().getFormat(format(unit)));
                return s;
            });
        }

        CellStyle value(KpiUnit unit) {
            return byFormat.computeIfAbsent("value " + format(unit), f -> {
                CellStyle s = wb.createCellStyle();
                s.setLocked(false);
                s.setVerticalAlignment(VerticalAlignment.TOP);
                s.setBorderBottom(BorderStyle.THIN);
                s.setBorderTop(BorderStyle.THIN);
                s.setBorderLeft(BorderStyle.THIN);
                s.setBorderRight(BorderStyle.THIN);
                s.setDataFormat(wb.createDataFormat().getFormat(format(unit)));
                return s;
            });
        }

        /**
         * A number format for the unit. A percent is written with a literal sign, not Excel's
         * percent format, so 87.5 typed stays 87.5 (a percent format would store 0.875 and
         * invite typing 0.875); the loader reads either way the same. Counts and kroner show whole
         * numbers with thousands grouped; a decimal typed there is still stored and read exactly.
         */
        static String format(KpiUnit unit) {
            if (unit == null || unit == KpiUnit.PERCENT) {
                return "0.0##\" %\"";
            }
            return switch (unit) {
                case COUNT, NOK -> "#,##0";
                default -> "0.0##";
            };
        }
    }
}
