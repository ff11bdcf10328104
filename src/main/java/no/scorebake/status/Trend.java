package no.scorebake.status;

import no.scorebake.model.Period;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The change from the previous period of the KPI's frequency.
 *
 * @param better true when the change is an improvement given the KPI's direction, false when
 *     worse, null when unchanged
 */
public record Trend(Period previous, BigFraction previousValue, BigFraction change, Boolean better) {
}
