package no.scorebake.status;

import no.scorebake.model.Aggregation;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Year to date of a monthly KPI over the months of the year up to the period that have a value.
 *
 * @param target for sum and average: over the same months, null when one of them has no target;
 *     for last: the latest month's target
 * @param months how many months it covers
 */
public record Ytd(BigFraction value, BigFraction target, int months, Aggregation aggregation) {
}
