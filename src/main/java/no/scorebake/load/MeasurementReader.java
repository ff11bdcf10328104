package no.scorebake.load;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import no.scorebake.model.Frequency;
import no.scorebake.model.InitiativeReport;
import no.scorebake.model.InitiativeStatus;
import no.scorebake.model.Kpi;
import no.scorebake.model.KpiKey;
import no.scorebake.model.Measurement;
import no.scorebake.model.Organisation;
import no.scorebake.model.Period;
import no.scorebake.model.Pos;
import no.scorebake.model.Scorecard;
import no.scorebake.problem.Problems;

/**
 * Reads the measurement uploads under {@code model/data/}: any number of CSV files with a
 * header row, {@code ;} or {@code ,} as delimiter, columns in any order and case. Every value
 * keeps its file and line. A second row for the same scorecard, KPI and period is an error
 * naming both places, across files too, so no row silently wins.
 */
final class MeasurementReader {

    static final List<String> COLUMNS = List.of("scorecard", "kpi", "initiative", "period", "value", "target", "status", "comment", "forecast");

    private final Organisation organisation;
    private final Map<String, Scorecard> scorecards;
    private final Set<String> unreadable;
    private final Problems problems;
    private final List<Measurement> measurements = new ArrayList<>();
    private final List<InitiativeReport> reports = new ArrayList<>();
    private final Map<Key, Pos> seen = new HashMap<>();

    /** {@code unreadable}: units whose scorecard file has errors; their rows are checked once it can be read. */
    MeasurementReader(Organisation organisation, Map<String, Scorecard> scorecards, Set<String> unreadable, Problems problems) {
        this.organisation = organisation;
        this.scorecards = scorecards;
        this.unreadable = unreadable;
        this.problems = problems;
    }

    List<Measurement> measurements() {
        return measurements;
    }

    List<InitiativeReport> initiativeReports() {
        return reports;
    }

    /**
     * A CSV upload split into its rows, ahead of {@link #check(Upload)}: splitting and checking
     * are safe on any thread, so the loader does both for many files at once, and then takes
     * them in order.
     */
    record Upload(String path, char separator, CsvRows.Split rows) {

        /** Splits the upload at {@code path} (relative to the project) with the text {@code text}. */
        static Upload of(String path, String text) {
            char separator = MeasurementReader.separator(text);
            return new Upload(path, separator, CsvRows.split(path, text, separator));
        }
    }

    /** Reads one upload; {@code path} is relative to the project. */
    void read(String path, String text) {
        read(Upload.of(path, text));
    }

    /** Checks and takes the rows of one upload split before. */
    void read(Upload upload) {
        take(check(upload));
    }

    /**
     * Checks the rows of one upload split before, without taking them: safe on any thread, as
     * it only reads the model. {@link #take} then takes the result, in the order of the files.
     */
    Checked check(Upload upload) {
        Checked c = new Checked();
        String path = upload.path();
        char separator = upload.separator();
        List<List<String>> header = new ArrayList<>(1);
        Map<String, Integer> columns = new HashMap<>();
        boolean readable = upload.rows().hand(c.problems, (cells, cellPos) -> {
            Pos rowPos = Pos.line(path, cellPos.get(0).line());
            if (header.isEmpty()) {
                header.add(List.copyOf(cells));
                return header(c, header.get(0), cellPos, rowPos, columns);
            }
            row(c, cells, cellPos, rowPos, columns, header.get(0).size());
            return true;
        });
        if (readable && header.isEmpty()) {
            c.problems.error(Pos.line(path, 1), "file is empty; a data file needs a header row (scorecard" + separator
                    + "kpi" + separator + "period" + separator + "value) and rows below it");
        }
        return c;
    }

    /**
     * The rows of one upload, checked but not yet taken: the problems found, recorded in order,
     * and the figures the rows give, each with how many of those problems came before it.
     * Whether a figure is a second row for the same KPI and month depends on the files before
     * it, so that is decided when it is taken; the project's problems and figures are then
     * exactly those of checking the files one after another.
     */
    static final class Checked {
        private final Problems problems = Problems.recording();
        private final List<Candidate> candidates = new ArrayList<>();

        private void add(Key key, Pos pos, Supplier<String> what, Measurement measurement, InitiativeReport report) {
            candidates.add(new Candidate(key, pos, what, problems.recorded(), measurement, report));
        }
    }

    /** A figure of a checked row, taken unless an earlier row had its key; {@code after}: how many of its file's problems came before it. */
    private record Candidate(Key key, Pos pos, Supplier<String> what, int after, Measurement measurement, InitiativeReport report) {
    }

    /** Takes the rows of one checked upload: its problems and, where it is the first row for its key, its figures. */
    void take(Checked c) {
        int passed = 0;
        for (Candidate x : c.candidates) {
            c.problems.passOn(problems, passed, x.after());
            passed = x.after();
            if (unique(x.key(), x.pos(), x.what())) {
                if (x.measurement() != null) {
                    measurements.add(x.measurement());
                } else {
                    reports.add(x.report());
                }
            }
        }
        c.problems.passOn(problems, passed, c.problems.recorded());
    }

    /** One row of a spreadsheet upload: the cells as text, each with its cell reference, and the row's place. */
    record TableRow(List<String> cells, List<Pos> cellPos, Pos pos) {
    }

    /**
     * Reads one worksheet of an upload, already turned into text cells, through the same checks
     * as a CSV file. Blank rows are left out by the caller; the first row is the header. A cell
     * right of the table (its column has no header) is ignored with a warning: unlike in CSV it
     * cannot come from a misplaced delimiter.
     */
    void read(String path, Pos sheetStart, List<TableRow> rows) {
        if (rows.isEmpty()) {
            problems.error(sheetStart, "sheet is empty; a data sheet needs a header row (scorecard, kpi, period, value) and rows below it");
            return;
        }
        TableRow head = rows.get(0);
        Map<String, Integer> columns = new HashMap<>();
        Checked c = new Checked();
        if (!header(c, head.cells(), head.cellPos(), head.pos(), columns)) {
            take(c);
            return;
        }
        int width = head.cells().size();
        for (TableRow r : rows.subList(1, rows.size())) {
            for (int i = width; i < r.cells().size(); i++) {
                if (!r.cells().get(i).isBlank()) {
                    c.problems.warning(r.cellPos().get(i), "cell right of the table (its column has no name in the header row) is ignored");
                }
            }
            int n = Math.min(width, r.cells().size());
            row(c, r.cells().subList(0, n), r.cellPos().subList(0, n), r.pos(), columns, width);
        }
        take(c);
    }



    /** The delimiter is {@code ;} when the header line has one, else {@code ,}. */
    static char separator(String text) {
        int nl = text.indexOf('\n');
        String first = nl < 0 ? text : text.substring(0, nl);
        return first.indexOf(';') >= 0 ? ';' : ',';
    }

    private boolean header(Checked c, List<String> cells, List<Pos> cellPos, Pos rowPos, Map<String, Integer> columns) {
        boolean ok = true;
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (UploadColumns.INFORMATION.contains(name)) {
                continue;
            }
            if (!COLUMNS.contains(name)) {
                c.problems.warning(cellPos.get(i), "column '" + cells.get(i).strip() + "' is not one scorebake reads and is ignored — known: "
                        + String.join(", ", COLUMNS));
                continue;
            }
            Integer earlier = columns.putIfAbsent(name, i);
            if (earlier != null) {
                c.problems.error(cellPos.get(i), "column '" + name + "' appears twice in the header (also column " + (earlier + 1) + ")");
                ok = false;
            }
        }
        List<String> missing = new ArrayList<>();
        for (String required : List.of("scorecard", "period", "value")) {
            if (!columns.containsKey(required)) {
                missing.add(required);
            }
        }
        if (!columns.containsKey("kpi") && !columns.containsKey("initiative")) {
            missing.add("kpi or initiative");
        }
        if (!missing.isEmpty()) {
            c.problems.error(rowPos, "header lacks the column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                    + "; the first row names the columns: scorecard, kpi or initiative, period, value, and optionally target, status, comment, forecast");
            ok = false;
        }
        return ok;
    }

    private void row(Checked c, List<String> cells, List<Pos> cellPos, Pos rowPos, Map<String, Integer> columns, int width) {
        if (cells.size() > width) {
            c.problems.error(cellPos.get(width), "row has " + cells.size() + " fields but the header has " + width
                    + "; put quotes around a text that holds the delimiter");
            return;
        }
        Cell scorecard = cell("scorecard", cells, cellPos, rowPos, columns);
        Cell kpi = cell("kpi", cells, cellPos, rowPos, columns);
        Cell initiative = cell("initiative", cells, cellPos, rowPos, columns);
        Cell period = cell("period", cells, cellPos, rowPos, columns);
        Cell value = cell("value", cells, cellPos, rowPos, columns);
        Cell target = cell("target", cells, cellPos, rowPos, columns);
        Cell status = cell("status", cells, cellPos, rowPos, columns);
        Cell comment = cell("comment", cells, cellPos, rowPos, columns);
        Cell forecast = cell("forecast", cells, cellPos, rowPos, columns);

        if (scorecard.blank()) {
            c.problems.error(scorecard.pos, "scorecard is empty; write the unit id whose scorecard the row belongs to");
            return;
        }
        Scorecard card = scorecards.get(scorecard.text);
        if (card == null && unreadable.contains(scorecard.text)) {
            return;
        }
        if (card == null) {
            c.problems.error(scorecard.pos, organisation.unit(scorecard.text) != null
                    ? "unit '" + scorecard.text + "' has no scorecard (no model/scorecards/" + scorecard.text + ".yaml)"
                    : "unknown scorecard '" + scorecard.text + "' — " + Choices.known(scorecards.keySet(), scorecard.text));
            return;
        }
        if (kpi.blank() == initiative.blank()) {
            c.problems.error(kpi.blank() ? rowPos : kpi.pos, kpi.blank()
                    ? "row names neither a kpi nor an initiative; fill in one of them"
                    : "row names both kpi '" + kpi.text + "' and initiative '" + initiative.text + "'; a row is for one of them");
            return;
        }
        if (period.blank()) {
            c.problems.error(period.pos, "period is empty; write it as " + Periods.FORMS);
            return;
        }
        Period parsed = Period.parse(period.text);
        if (parsed == null) {
            c.problems.error(period.pos, "period '" + period.text + "' is not a period; write it as " + Periods.FORMS);
            return;
        }
        String outside = Periods.outsideYears(parsed);
        if (outside != null) {
            c.problems.error(period.pos, outside);
            return;
        }
        BigDecimal number = value.blank() ? null : NumberText.parse(value.text);
        if (!value.blank() && number == null && NumberText.digits(value.text) > NumberText.MAX_DIGITS) {
            c.problems.error(value.pos, "value has " + NumberText.digits(value.text) + " digits; numbers are limited to " + NumberText.MAX_DIGITS);
        } else if (!value.blank() && number == null) {
            c.problems.error(value.pos, "value '" + value.text + "' is not a number; expected " + NumberText.VALID + ", or empty when not reported");
        }
        BigDecimal targetNumber = target.blank() ? null : NumberText.parse(target.text);
        if (!target.blank() && targetNumber == null) {
            c.problems.error(target.pos, "target '" + target.text + "' is not a number; expected " + NumberText.VALID);
        }
        BigDecimal forecastNumber = forecast.blank() ? null : NumberText.parse(forecast.text);
        if (!forecast.blank() && forecastNumber == null && NumberText.digits(forecast.text) > NumberText.MAX_DIGITS) {
            c.problems.error(forecast.pos, "forecast has " + NumberText.digits(forecast.text) + " digits; numbers are limited to " + NumberText.MAX_DIGITS);
        } else if (!forecast.blank() && forecastNumber == null) {
            c.problems.error(forecast.pos, "forecast '" + forecast.text + "' is not a number; expected " + NumberText.VALID
                    + ", or empty when the owner gives none");
        }
        // A quoted comment may span lines; CRLF and LF files give the same text.
        String note = comment.blank() ? null : comment.text.replace("\r\n", "\n").replace('\r', '\n');
        if (!initiative.blank()) {
            if (!forecast.blank()) {
                c.problems.error(forecast.pos, "forecast is for KPIs only; an initiative's value is percent complete");
            }
            initiativeRow(c, card, initiative, parsed, value, number, target, status, note, rowPos);
            return;
        }
        if (!status.blank()) {
            c.problems.error(status.pos, "status is for initiatives only; a KPI's status is computed from its value and target");
        }
        Kpi k = card.kpis().get(kpi.text);
        if (k == null) {
            c.problems.error(kpi.pos, "unknown KPI '" + kpi.text + "' in scorecard " + card.unit() + " — " + Choices.known(card.kpis().keySet(), kpi.text));
            return;
        }
        String mismatch = Periods.mismatch(parsed, k.frequency());
        if (mismatch != null) {
            c.problems.error(period.pos, "KPI '" + k.id() + "': " + mismatch);
            return;
        }
        if (number != null && k.formula() != null) {
            c.problems.error(value.pos, "KPI '" + k.id() + "' is computed by its formula " + k.formula().text() + "; it takes no value from data (report its inputs instead)");
            return;
        }
        if (number != null && k.rollup() != null) {
            c.problems.error(value.pos, "KPI '" + k.id() + "' is rolled up from the sub-units' scorecards; it takes no value from data (report it in the sub-units)");
            return;
        }
        if (forecastNumber != null && k.formula() != null) {
            c.problems.error(forecast.pos, "KPI '" + k.id() + "' is computed by its formula " + k.formula().text()
                    + "; it takes no forecast from data (its year outlook is computed)");
            return;
        }
        if (forecastNumber != null && k.rollup() != null) {
            c.problems.error(forecast.pos, "KPI '" + k.id() + "' is rolled up from the sub-units' scorecards; it takes no forecast from data"
                    + " (its year outlook is computed)");
            return;
        }
        if (forecastNumber != null && k.frequency() != Frequency.MONTHLY) {
            c.problems.error(forecast.pos, "forecast is for monthly KPIs; KPI '" + k.id() + "' is " + k.frequency().key()
                    + " and has no year outlook — leave the cell empty");
            return;
        }
        if (!value.blank() && number == null || !target.blank() && targetNumber == null || !forecast.blank() && forecastNumber == null) {
            return;
        }
        Period own = Period.containing(k.frequency(), parsed.end());
        c.add(new Key(card.unit(), true, k.id(), own.end()), rowPos, () -> card.unit() + "/" + k.id() + " " + own.label(),
                new Measurement(new KpiKey(card.unit(), k.id()), own, number, targetNumber, forecastNumber, note, rowPos), null);
    }

    private void initiativeRow(Checked c, Scorecard card, Cell initiative, Period period, Cell value, BigDecimal number, Cell target,
                               Cell status, String note, Pos rowPos) {
        boolean known = card.initiatives().stream().anyMatch(i -> i.id().equals(initiative.text));
        if (!known) {
            c.problems.error(initiative.pos, "unknown initiative '" + initiative.text + "' in scorecard " + card.unit() + " — "
                    + Choices.known(card.initiatives().stream().map(i -> i.id()).toList(), initiative.text));
            return;
        }
        if (!target.blank()) {
            c.problems.error(target.pos, "an initiative has no target; its value is percent complete");
        }
        if (number != null && (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(100)) > 0)) {
            c.problems.error(value.pos, "percent complete " + value.text + " is outside 0-100");
            return;
        }
        InitiativeStatus s = status.blank() ? null : InitiativeStatus.of(status.text.toLowerCase(Locale.ROOT));
        if (!status.blank() && s == null) {
            c.problems.error(status.pos, "unknown initiative status '" + status.text + "' — valid: " + String.join(", ", InitiativeStatus.keys()));
            return;
        }
        if (!value.blank() && number == null) {
            return;
        }
        var month = period.end();
        c.add(new Key(card.unit(), false, initiative.text, month), rowPos, () -> card.unit() + "/" + initiative.text + " " + Period.month(month).label(),
                null, new InitiativeReport(card.unit(), initiative.text, month, number, s, note, rowPos));
    }

    /** What a row is for: a KPI's or an initiative's figure of one month. */
    private record Key(String unit, boolean kpi, String id, YearMonth month) {
    }

    /** Whether this is the first row for {@code key}; {@code what} names it in the message, made only when it is not. */
    private boolean unique(Key key, Pos pos, Supplier<String> what) {
        Pos earlier = seen.putIfAbsent(key, pos);
        if (earlier != null) {
            problems.error(pos, "second row for " + what.get() + " (first at " + earlier + "); correct the first row instead of adding another");
            return false;
        }
        return true;
    }

    private record Cell(String text, Pos pos) {
        boolean blank() {
            return text == null || text.isBlank();
        }
    }

    private static Cell cell(String column, List<String> cells, List<Pos> cellPos, Pos rowPos, Map<String, Integer> columns) {
        Integer i = columns.get(column);
        if (i == null || i >= cells.size()) {
            return new Cell(null, rowPos);
        }
        return new Cell(cells.get(i).strip(), cellPos.get(i));
    }
}
