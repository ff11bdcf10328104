package no.scorebake.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Random;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** Rounding in longs gives the very decimal BigDecimal's division gives: value and scale. */
class ExactTest {

    private static void same(BigFraction f, int scale) {
        BigDecimal expected = f.bigDecimalValue(scale, RoundingMode.HALF_UP);
        BigDecimal actual = Exact.rounded(f, scale);
        assertEquals(expected, actual, f + " to " + scale + " decimals"); // BigDecimal.equals compares the scale too
    }

    @Test
    void halvesRoundAwayFromZeroOnBothSides() {
        assertEquals(new BigDecimal("0.3"), Exact.rounded(BigFraction.of(1, 4), 1));
        assertEquals(new BigDecimal("-0.3"), Exact.rounded(BigFraction.of(-1, 4), 1));
        assertEquals(new BigDecimal("0.2"), Exact.rounded(BigFraction.of(24, 100), 1));
        assertEquals(new BigDecimal("-2.67"), Exact.rounded(BigFraction.of(-8, 3), 2));
        assertEquals(new BigDecimal("0.0"), Exact.rounded(BigFraction.of(-1, 100), 1));
        assertEquals(new BigDecimal("12"), Exact.rounded(BigFraction.of(23, 2), 0));
        assertEquals(new BigDecimal("7"), Exact.decimal(BigFraction.of(700, 100), 2));
    }

    @Test
    void agreesWithBigDecimalDivisionOnSmallAndHugeFractions() {
        Random r = new Random(26);
        for (int i = 0; i < 200_000; i++) {
            long n = switch (i % 4) {
                case 0 -> r.nextInt(2001) - 1000;
                case 1 -> r.nextLong() >> r.nextInt(63);
                case 2 -> (r.nextInt(200) - 100) * 5L;
                default -> r.nextLong();
            };
            long d = 1 + (i % 3 == 0 ? r.nextInt(40) : Math.abs(r.nextLong() >> (1 + r.nextInt(62))));
            same(BigFraction.of(n, d), r.nextInt(13));
        }
        BigInteger big = BigInteger.TEN.pow(30).add(BigInteger.ONE);
        same(BigFraction.of(big, BigInteger.valueOf(7)), 2);
        same(BigFraction.of(BigInteger.valueOf(5), big), 12);
        same(BigFraction.of(Long.MIN_VALUE, 3), 0);
        same(BigFraction.of(Long.MAX_VALUE, 2), 3);
        same(BigFraction.of(-3, 7), 20);
    }
}
