package no.scorebake.sheet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a reporting sheet as CSV, for coordinators who keep their figures elsewhere than
 * Excel. Like the site's CSV export it follows the site's language as a spreadsheet there
 * expects it ({@code ;} and a decimal comma in Norwegian, {@code ,} and a point in English) and
 * begins with a byte-order mark; filled in, it is a valid upload as it stands.
 */
public final class SheetCsv {

    /** Quotes only a field that needs it (the delimiter, a quote, a line break), as spreadsheets write CSV. */
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private SheetCsv() {
    }

    public static String write(ReportingSheet sheet, char decimalSeparator) {
        char sep = decimalSeparator == ',' ? ';' : ',';
        List<List<String>> rows = new ArrayList<>();
        rows.add(ReportingSheet.COLUMNS);
        for (ReportingSheet.Line l : sheet.lines()) {
            rows.add(List.of(sheet.unit().id(), text(l.kpi()), text(l.initiative()), l.period(), safe(l.name()), safe(l.definition()),
                    safe(l.unitText()), number(l.modelTarget(), decimalSeparator), text(l.lastPeriod()),
                    number(l.lastValue(), decimalSeparator), text(l.lastStatus()), "", "", ""));
        }
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(sep).withLineSeparator("\r\n");
        try {
            return "\uFEFF" + MAPPER.writer(schema).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** A text starting with {@code = + - @} gets a leading apostrophe, so no spreadsheet runs it as a formula. */
    private static String safe(String s) {
        String t = text(s);
        return !t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0 ? "'" + t : t;
    }

    private static String number(BigDecimal d, char decimalSeparator) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString().replace('.', decimalSeparator);
    }
}
