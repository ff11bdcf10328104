package no.scorebake.export;

import java.math.BigDecimal;
import java.util.List;
import no.scorebake.text.Labels;
import no.scorebake.status.Exact;
import no.scorebake.status.KpiStatus;
import no.scorebake.status.ScorecardStatus;

/**
 * Writes {@code data/<unit>/<period>.csv}: the scorecard's KPIs as a table for a spreadsheet.
 * It follows the site's language as a spreadsheet there expects it: in Norwegian {@code ;}
 * between fields and a decimal comma, in English {@code ,} and a point; headers and status words
 * in the language; a byte-order mark so Excel reads æøå as UTF-8.
 */
public final class ScorecardCsv {

    private static final List<String> HEADERS = List.of("csv.unit", "csv.kpi", "csv.name", "csv.owner", "csv.kpiUnit",
            "csv.frequency", "csv.valuePeriod", "csv.target", "csv.value", "csv.performance", "csv.status", "csv.missing",
            "csv.ytdValue", "csv.ytdTarget", "csv.ytdMonths", "csv.comment", "csv.source");

    private ScorecardCsv() {
    }

    public static String write(ScorecardStatus card, Labels labels) {
        char sep = labels.decimalSeparator() == ',' ? ';' : ',';
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, sep, HEADERS.stream().map(labels::get).toList());
        for (KpiStatus k : card.kpis()) {
            line(out, sep, List.of(
                    k.key().unit(),
                    k.key().kpi(),
                    k.kpi().name(),
                    text(k.kpi().owner()),
                    k.kpi().unit().key(),
                    k.kpi().frequency().key(),
                    k.valuePeriod().label(),
                    number(Exact.decimal(k.target(), ScorecardJson.VALUE_SCALE), labels),
                    number(Exact.decimal(k.value(), ScorecardJson.VALUE_SCALE), labels),
                    number(Exact.decimal(k.performance(), ScorecardJson.SCORE_SCALE), labels),
                    labels.get("status." + k.status().key()),
                    k.missing() ? labels.get("yes") : "",
                    k.ytd() == null ? "" : number(Exact.decimal(k.ytd().value(), ScorecardJson.VALUE_SCALE), labels),
                    k.ytd() == null ? "" : number(Exact.decimal(k.ytd().target(), ScorecardJson.VALUE_SCALE), labels),
                    k.ytd() == null ? "" : Integer.toString(k.ytd().months()),
                    text(k.comment()),
                    k.row() == null || k.row().value() == null ? "" : k.row().pos().toString()));
        }
        return out.toString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String number(BigDecimal d, Labels labels) {
        return d == null ? "" : d.toPlainString().replace('.', labels.decimalSeparator());
    }

    private static void line(StringBuilder out, char sep, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(sep);
            }
            out.append(quote(fields.get(i), sep));
        }
        out.append("\r\n");
    }

    /**
     * Quotes a field that holds the delimiter, a quote or a line break; a field starting with
     * {@code = + - @} is prefixed with an apostrophe so a spreadsheet never runs it as a formula.
     */
    static String quote(String field, char sep) {
        String f = field;
        if (!f.isEmpty() && "=+-@".indexOf(f.charAt(0)) >= 0 && !isNumber(f)) {
            f = "'" + f;
        }
        if (f.indexOf(sep) >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
            return '"' + f.replace("\"", "\"\"") + '"';
        }
        return f;
    }

    private static boolean isNumber(String f) {
        return f.matches("-?\\d+([.,]\\d+)?");
    }
}
