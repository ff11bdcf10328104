package no.scorebake.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.scorebake.status.Exact;
import no.scorebake.status.KpiStatus;
import no.scorebake.status.LastYear;
import no.scorebake.status.Outlook;
import no.scorebake.status.ScorecardStatus;
import no.scorebake.text.Csv;
import no.scorebake.text.Format;
import no.scorebake.text.Labels;

/**
 * Writes {@code data/<unit>/<period>.csv}: the scorecard's KPIs as a table for a spreadsheet.
 * It follows the site's language as a spreadsheet there expects it: in Norwegian {@code ;}
 * between fields and a decimal comma, in English {@code ,} and a point; headers and status words
 * in the language ({@link Csv}). A text starting like a formula gets an apostrophe
 * ({@link Csv#formulaSafe}).
 */
public final class ScorecardCsv {

    private static final List<String> HEADERS = List.of("csv.unit", "csv.kpi", "csv.name", "csv.owner", "csv.kpiUnit",
            "csv.frequency", "csv.valuePeriod", "csv.target", "csv.value", "csv.performance", "csv.status", "csv.missing",
            "csv.ytdValue", "csv.ytdTarget", "csv.ytdMonths", "csv.comment", "csv.source",
            // Added later, at the end, so that a spreadsheet reading columns by place still works.
            "csv.lastYearPeriod", "csv.lastYearValue", "csv.outlookYear", "csv.outlookValue", "csv.outlookTarget",
            "csv.outlookPerformance", "csv.outlookStatus", "csv.outlookBy", "csv.outlookComputed", "csv.outlookMonths");

    private ScorecardCsv() {
    }

    public static String write(ScorecardStatus card, Labels labels) {
        char mark = labels.decimalSeparator();
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADERS.stream().map(labels::get).toList());
        for (KpiStatus k : card.kpis()) {
            List<String> row = new ArrayList<>(List.of(
                    k.key().unit(),
                    k.key().kpi(),
                    k.kpi().name(),
                    text(k.kpi().owner()),
                    k.kpi().unit().key(),
                    k.kpi().frequency().key(),
                    k.valuePeriod().label(),
                    Format.spreadsheet(Exact.decimal(k.target(), ScorecardJson.VALUE_SCALE), mark),
                    Format.spreadsheet(Exact.decimal(k.value(), ScorecardJson.VALUE_SCALE), mark),
                    Format.spreadsheet(Exact.decimal(k.performance(), ScorecardJson.SCORE_SCALE), mark),
                    labels.get("status." + k.status().key()),
                    k.missing() ? labels.get("yes") : "",
                    k.ytd() == null ? "" : Format.spreadsheet(Exact.decimal(k.ytd().value(), ScorecardJson.VALUE_SCALE), mark),
                    k.ytd() == null ? "" : Format.spreadsheet(Exact.decimal(k.ytd().target(), ScorecardJson.VALUE_SCALE), mark),
                    k.ytd() == null ? "" : Integer.toString(k.ytd().months()),
                    text(k.comment()),
                    k.row() == null || k.row().value() == null ? "" : k.row().pos().toString()));
            row.addAll(lastYear(k.lastYear(), mark));
            row.addAll(outlook(k.outlook(), labels, mark));
            rows.add(row);
        }
        return Csv.write(rows.stream().map(row -> row.stream().map(Csv::formulaSafe).toList()).toList(), mark);
    }

    private static List<String> lastYear(LastYear l, char mark) {
        return l == null ? List.of("", "")
                : List.of(l.period().label(), Format.spreadsheet(Exact.decimal(l.value(), ScorecardJson.VALUE_SCALE), mark));
    }

    private static List<String> outlook(Outlook o, Labels labels, char mark) {
        if (o == null) {
            return Collections.nCopies(8, "");
        }
        return List.of(
                Integer.toString(o.year()),
                Format.spreadsheet(Exact.decimal(o.value(), ScorecardJson.OUTLOOK_SCALE), mark),
                Format.spreadsheet(Exact.decimal(o.target(), ScorecardJson.OUTLOOK_SCALE), mark),
                Format.spreadsheet(Exact.decimal(o.performance(), ScorecardJson.SCORE_SCALE), mark),
                labels.get("status." + o.status().key()),
                labels.get("outlook.by." + o.by().key()),
                Format.spreadsheet(Exact.decimal(o.computed(), ScorecardJson.OUTLOOK_SCALE), mark),
                Integer.toString(o.months()));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
