package no.scorebake.status;

import java.util.List;
import no.scorebake.model.Kpi;
import no.scorebake.model.KpiKey;
import no.scorebake.model.Measurement;
import no.scorebake.model.Note;
import no.scorebake.model.Period;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Everything computed for one KPI in one reporting month.
 *
 * @param valuePeriod the period of the KPI's frequency the value belongs to (for a quarterly KPI
 *     in August: the second quarter)
 * @param row the data row of that period, or null (it carries the comment and the source line)
 * @param ytd year to date, for monthly KPIs with at least one value this year; else null
 * @param trend change from the previous period, or null when either value is missing
 * @param rollupReported for a roll-up KPI, how many sub-units reported; else 0
 * @param rollupOf for a roll-up KPI, how many sub-units have the KPI; else 0
 * @param inputs the KPIs a formula or roll-up was computed from
 * @param notes the long notes written for this KPI and period
 * @param lastYear the value of the same period a year earlier, or null when that period has none
 * @param outlook the year outlook, for monthly KPIs with a year to date and a year target; else null
 */
public record KpiStatus(KpiKey key, Kpi kpi, Period valuePeriod, BigFraction value, BigFraction target,
                        TargetSource targetSource, BigFraction performance, Status status, boolean missing,
                        Ytd ytd, Trend trend, Measurement row, int rollupReported, int rollupOf,
                        List<KpiKey> inputs, List<Note> notes, LastYear lastYear, Outlook outlook) {

    public String comment() {
        return row == null ? null : row.comment();
    }
}
