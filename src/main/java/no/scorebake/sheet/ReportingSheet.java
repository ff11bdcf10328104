package no.scorebake.sheet;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import no.scorebake.model.KpiUnit;
import no.scorebake.model.Unit;

/**
 * What one coordinator is asked to fill in for one month: the unit's KPIs and initiatives that
 * are due and not yet reported. Written as .xlsx and .csv by {@link SheetXlsx} and {@link SheetCsv}.
 */
public record ReportingSheet(Unit unit, YearMonth month, List<Line> lines) {

    /** The columns in sheet order: the upload's own first, then what the coordinator reads, then what they fill in. */
    public static final List<String> COLUMNS = List.of("scorecard", "kpi", "initiative", "period", "name", "definition", "unit",
            "model target", "last period", "last value", "last status", "value", "forecast", "status", "comment");

    /** Index of the first column the coordinator fills in (value, forecast, status, comment). */
    public static final int FIRST_INPUT = COLUMNS.indexOf("value");
    /** Index of the owner's forecast for the year, open on monthly KPIs' rows only. */
    public static final int FORECAST = COLUMNS.indexOf("forecast");
    /** Index of an initiative's status, open on initiatives' rows only. */
    public static final int STATUS = COLUMNS.indexOf("status");
    /** Index of the comment, open on every row. */
    public static final int COMMENT = COLUMNS.indexOf("comment");

    /** The file name for this sheet, without extension: {@code 2006-05-820}, like the example's uploads. */
    public String baseName() {
        return month + "-" + unit.id();
    }

    /**
     * One row to fill in.
     *
     * @param kpi the KPI id, or null for an initiative row
     * @param initiative the initiative id, or null for a KPI row
     * @param period as written in the period column: the KPI's own period ({@code 2006-Q2}) or the month
     * @param kpiUnit the KPI's unit, or null for an initiative (percent complete)
     * @param unitText the unit as the reader reads it, in the site's language
     * @param takesForecast whether the row's forecast cell is open: a monthly KPI's, as the year outlook is for those only
     */
    public record Line(String kpi, String initiative, String period, String name, String definition, KpiUnit kpiUnit,
                       String unitText, BigDecimal modelTarget, String lastPeriod, BigDecimal lastValue, String lastStatus,
                       boolean takesForecast) {

        public boolean isInitiative() {
            return initiative != null;
        }
    }
}
