package no.scorebake.status;

import java.math.BigDecimal;
import java.time.YearMonth;
import no.scorebake.model.Initiative;
import no.scorebake.model.InitiativeReport;
import no.scorebake.model.InitiativeStatus;

/**
 * An initiative's progress as last reported at or before the period.
 *
 * @param complete percent complete from the latest row that gave one, or null
 * @param status the latest status given, or null
 * @param latest the latest row at or before the period (its comment and source), or null
 */
public record InitiativeProgress(Initiative initiative, BigDecimal complete, InitiativeStatus status, InitiativeReport latest) {

    public YearMonth reported() {
        return latest == null ? null : latest.month();
    }
}
