package no.scorebake.status;

import java.math.BigDecimal;
import java.time.YearMonth;
import no.scorebake.model.KpiKey;
import org.apache.commons.numbers.fraction.BigFraction;

/** Small helpers shared by the status tests: exact numbers in and out, keys and months. */
final class Fx {

    static final YearMonth JAN = YearMonth.of(2005, 1);
    static final YearMonth MAR = YearMonth.of(2005, 3);
    static final YearMonth FEB = YearMonth.of(2005, 2);
    static final YearMonth APR = YearMonth.of(2005, 4);
    static final YearMonth MAY = YearMonth.of(2005, 5);
    static final YearMonth JUN = YearMonth.of(2005, 6);
    static final YearMonth JUL = YearMonth.of(2005, 7);
    static final YearMonth AUG = YearMonth.of(2005, 8);
    static final YearMonth SEP = YearMonth.of(2005, 9);
    static final YearMonth DEC = YearMonth.of(2005, 12);

    private Fx() {
    }

    /** The exact fraction of a decimal written as text, e.g. "15.4". */
    static BigFraction f(String decimal) {
        return Exact.of(new BigDecimal(decimal));
    }

    static BigFraction f(long numerator, long denominator) {
        return BigFraction.of(numerator, denominator);
    }

    /** A fraction as a plain decimal with up to 10 decimals (half-up), or null. */
    static String d(BigFraction fraction) {
        BigDecimal d = Exact.decimal(fraction, 10);
        return d == null ? null : d.toPlainString();
    }

    /** Fails unless {@code actual} is exactly {@code expected} (compared as fractions, never as doubles). */
    static void assertExact(BigFraction expected, BigFraction actual) {
        org.junit.jupiter.api.Assertions.assertNotNull(actual, "expected " + expected + " but was null");
        org.junit.jupiter.api.Assertions.assertEquals(0, expected.compareTo(actual), "expected " + expected + " but was " + actual);
    }

    static KpiKey key(String unit, String kpi) {
        return new KpiKey(unit, kpi);
    }

    static KpiKey a(String kpi) {
        return new KpiKey("A", kpi);
    }
}
