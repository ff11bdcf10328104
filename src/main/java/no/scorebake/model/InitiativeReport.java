package no.scorebake.model;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One data row for an initiative: percent complete and status as reported for a month; either may be null. */
public record InitiativeReport(String unit, String initiative, YearMonth month, BigDecimal complete,
                               InitiativeStatus status, String comment, Pos pos) {
}
