package no.scorebake.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import no.scorebake.model.Language;
import no.scorebake.text.Format;

/**
 * The chart's numbers: {@link Format}'s digits (no-break-space thousands, U+2212 minus, the
 * language's decimal mark, as in the rest of the site) with the chart's unit after them
 * ({@code 1 234,5 %}, {@code 1,234.5%}), and for the y axis doubles rounded to a number of
 * decimals or, from a million million on, in powers of ten.
 */
final class Numbers {

    private final Format format;
    private final String suffix;

    Numbers(Language language, String unit) {
        this.format = Format.of(language);
        if (unit == null || unit.isEmpty()) {
            suffix = "";
        } else if (unit.equals("%")) {
            suffix = language.spaceBeforePercent() ? Format.NBSP + "%" : "%";
        } else {
            suffix = Format.NBSP + unit;
        }
    }

    /** A decimal as written, grouped in thousands, with the unit: {@code 1 234,5 kr}. */
    String value(BigDecimal d) {
        return number(d) + suffix;
    }

    /**
     * A double rounded half-up to at most {@code decimals} decimals, with the unit. From a
     * million million on, three significant digits and a power of ten: {@code 1,23E15 kr}.
     */
    String value(double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        if (Math.abs(v) >= 1e12) {
            BigDecimal d = new BigDecimal(v).round(new java.math.MathContext(3, RoundingMode.HALF_UP));
            int exponent = d.precision() - d.scale() - 1;
            return number(d.movePointLeft(exponent)) + "E" + exponent + suffix;
        }
        BigDecimal d = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_UP);
        return value(d);
    }

    /** A decimal as written (trailing zeros dropped), grouped in thousands, without a unit. */
    String number(BigDecimal d) {
        if (d.signum() == 0) {
            return "0";
        }
        return format.number(d.stripTrailingZeros());
    }

    /**
     * How many decimals the y-axis labels need for data spanning {@code range}: about two
     * significant digits of the span (range 100 → 0, 10 → 1, 1 → 2, 0.01 → 4), at most 10.
     */
    static int decimalsFor(double range) {
        if (!(range > 0) || Double.isInfinite(range)) {
            return 2;
        }
        int d = 2 - (int) Math.floor(Math.log10(range));
        return Math.max(0, Math.min(10, d));
    }
}
