package no.scorebake.status;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Conversions between the exact fractions the engine computes in and the decimals people read.
 * Rounding happens only here, at the very end, and is always half-up.
 */
public final class Exact {

    public static final BigFraction HUNDRED = BigFraction.of(100);
    public static final BigFraction TWO = BigFraction.of(2);

    private Exact() {
    }

    public static BigFraction of(BigDecimal d) {
        if (d == null) {
            return null;
        }
        if (d.scale() <= 0) {
            return BigFraction.of(d.toBigIntegerExact());
        }
        return BigFraction.of(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    /**
     * The fraction as a decimal: exact when it has at most {@code scale} decimals, else rounded
     * half-up to {@code scale} decimals; trailing zeros removed.
     */
    public static BigDecimal decimal(BigFraction f, int scale) {
        if (f == null) {
            return null;
        }
        BigDecimal d = f.bigDecimalValue(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    public static BigFraction min(BigFraction a, BigFraction b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static BigFraction max(BigFraction a, BigFraction b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
