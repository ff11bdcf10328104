package no.scorebake.status;

import no.scorebake.model.Aggregation;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Year to date of a monthly KPI over the months of the year up to the period that have a value.
 *
 * @param target null when a month it covers has no target
 * @param months how many months it covers
 */
public record Ytd(BigFraction value, BigFraction target, int months, Aggregation aggregation) {
}
