package no.scorebake.status;

import no.scorebake.model.Direction;
import no.scorebake.model.Thresholds;
import org.apache.commons.numbers.fraction.BigFraction;

/** The spec's rules for Ytelse (performance) and its traffic light, in exact fractions. */
public final class Performance {

    private Performance() {
    }

    /**
     * Performance in percent of target: {@code 100 × value / target} when higher is better,
     * {@code 100 × (2 − value / target)} (never below 0) when lower is better; with target 0,
     * 100 when the value meets it and 0 when it does not. Null when either is missing.
     */
    public static BigFraction of(BigFraction value, BigFraction target, Direction direction) {
        if (value == null || target == null) {
            return null;
        }
        if (target.isZero()) {
            boolean meets = direction == Direction.HIGHER ? value.signum() >= 0 : value.signum() <= 0;
            return meets ? Exact.HUNDRED : BigFraction.ZERO;
        }
        BigFraction ratio = value.divide(target);
        if (direction == Direction.HIGHER) {
            return Exact.HUNDRED.multiply(ratio);
        }
        return Exact.max(BigFraction.ZERO, Exact.HUNDRED.multiply(Exact.TWO.subtract(ratio)));
    }

    /** Green from the green threshold, yellow from the yellow one, else red; grey when there is no performance. */
    public static Status status(BigFraction performance, Thresholds thresholds) {
        if (performance == null) {
            return Status.GREY;
        }
        if (performance.compareTo(Exact.of(thresholds.green())) >= 0) {
            return Status.GREEN;
        }
        if (performance.compareTo(Exact.of(thresholds.yellow())) >= 0) {
            return Status.YELLOW;
        }
        return Status.RED;
    }
}
