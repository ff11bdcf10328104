package no.scorebake.status;

import no.scorebake.model.Period;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The value of the same period one year earlier ({@code 2006-03} → {@code 2005-03},
 * {@code 2006-Q1} → {@code 2005-Q1}), for the period the shown value belongs to. Only made when
 * that period has a value, reported or computed.
 *
 * @param period the period a year before the shown one
 * @param value its value, never null
 */
public record LastYear(Period period, BigFraction value) {
}
