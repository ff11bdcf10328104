package no.scorebake.sheet;

import java.util.ArrayList;
import java.util.List;
import no.scorebake.text.Csv;
import no.scorebake.text.Format;

/**
 * Writes a reporting sheet as CSV, for coordinators who keep their figures elsewhere than
 * Excel. Like the site's CSV export it follows the site's language as a spreadsheet there
 * expects it ({@code ;} and a decimal comma in Norwegian, {@code ,} and a point in English) and
 * begins with a byte-order mark; filled in, it is a valid upload as it stands.
 */
public final class SheetCsv {

    private SheetCsv() {
    }

    public static String write(ReportingSheet sheet, char decimalSeparator) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(ReportingSheet.COLUMNS);
        for (ReportingSheet.Line l : sheet.lines()) {
            rows.add(List.of(sheet.unit().id(), text(l.kpi()), text(l.initiative()), l.period(),
                    Csv.formulaSafe(l.name()), Csv.formulaSafe(l.definition()), Csv.formulaSafe(l.unitText()),
                    Format.spreadsheet(l.modelTarget(), decimalSeparator), text(l.lastPeriod()),
                    Format.spreadsheet(l.lastValue(), decimalSeparator), text(l.lastStatus()), "", "", "", ""));
        }
        return Csv.write(rows, decimalSeparator);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
