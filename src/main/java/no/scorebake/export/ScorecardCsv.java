package no.scorebake.export;

import java.util.ArrayList;
import java.util.List;
import no.scorebake.status.Exact;
import no.scorebake.status.KpiStatus;
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
            "csv.ytdValue", "csv.ytdTarget", "csv.ytdMonths", "csv.comment", "csv.source");

    private ScorecardCsv() {
    }

    public static String write(ScorecardStatus card, Labels labels) {
        char mark = labels.decimalSeparator();
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADERS.stream().map(labels::get).toList());
        for (KpiStatus k : card.kpis()) {
            rows.add(List.of(
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
        }
        return Csv.write(rows.stream().map(row -> row.stream().map(Csv::formulaSafe).toList()).toList(), mark);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
