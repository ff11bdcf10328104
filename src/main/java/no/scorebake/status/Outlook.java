package no.scorebake.status;

import no.scorebake.model.Measurement;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The year outlook (prognose) of a monthly KPI: where the year will end, against the year target.
 * Made only when the KPI has a year to date and every month of the year has a target.
 *
 * @param year the year the outlook is for (the shown month's)
 * @param value the forecast that counts: the owner's when there is one, else the computed one
 * @param target the year target: the twelve months' targets summed (sum), averaged (average), or
 *     December's (last)
 * @param performance {@code value} against {@code target} by the KPI's direction
 * @param status the traffic light of {@code performance} by the KPI's thresholds; grey for a planned KPI
 * @param months the months of the year to date the computed forecast rests on (k)
 * @param by whether {@code value} is computed or the owner's
 * @param computed the computed forecast, shown beside an owner's
 * @param ownerRow the upload row the owner's forecast came from (its month and source line); null when computed
 */
public record Outlook(int year, BigFraction value, BigFraction target, BigFraction performance, Status status, int months,
                      By by, BigFraction computed, Measurement ownerRow) {

    /** Where the forecast that counts came from. */
    public enum By {
        /** Worked out from the year to date. */
        COMPUTED("computed"),
        /** The {@code forecast} cell of an upload row. */
        OWNER("owner");

        private final String key;

        By(String key) {
            this.key = key;
        }

        /** The word the JSON export and the labels use: {@code computed} or {@code owner}. */
        public String key() {
            return key;
        }
    }
}
