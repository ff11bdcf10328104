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
        BigDecimal d = rounded(f, scale).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** Powers of ten that fit in a long, for {@link #rounded}. */
    private static final long[] TENS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L,
            1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L};

    /**
     * The fraction rounded half-up to exactly {@code scale} decimals: the same decimal (value and
     * scale) as {@code f.bigDecimalValue(scale, HALF_UP)}. A figure's numerator and denominator
     * nearly always fit in a long, and then this divides in longs: every figure on every page is
     * rounded so, and BigDecimal's division was the largest part of that in a bake's profile.
     */
    public static BigDecimal rounded(BigFraction f, int scale) {
        BigInteger n = f.getNumerator();
        BigInteger d = f.getDenominator();
        // |n| * 10^scale < 2^(bits(n) + 4 * scale) <= 2^62: no overflow, and neither is Long.MIN_VALUE.
        if (scale >= 0 && scale < TENS.length && n.bitLength() + 4 * scale <= 62 && d.bitLength() <= 62) {
            long a = Math.abs(n.longValue()) * TENS[scale];
            long b = Math.abs(d.longValue());
            long q = a / b;
            long r = a % b;
            if (r >= b - r) { // half-up: at least half of b left over rounds away from zero
                q++;
            }
            return BigDecimal.valueOf(n.signum() * d.signum() < 0 ? -q : q, scale);
        }
        return f.bigDecimalValue(scale, RoundingMode.HALF_UP);
    }

    public static BigFraction min(BigFraction a, BigFraction b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static BigFraction max(BigFraction a, BigFraction b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
