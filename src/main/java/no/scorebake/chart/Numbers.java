package no.scorebake.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import no.scorebake.model.Language;
import no.scorebake.text.Format;

/**
 * Numbers as a reader of the chart's language writes them, never depending on the machine's
 * locale or the JDK's locale data: {@code 1 234,5 %} in Norwegian, {@code 1,234.5%} in English.
 * Spaces are no-break spaces; the minus is U+2212 (as in the rest of the site).
 */
final class Numbers {

    static final char NBSP = '\u00A0';

    private final Format format;
    private final String suffix;

    Numbers(Language language, String unit) {
        this.format = new Format(language);
        if (unit == null || unit.isEmpty()) {
            suffix = "";
        } else if (unit.equals("%")) {
            suffix = language.spaceBeforePercent() ? NBSP + "%" : "%";
        } else {
            suffix = NBSP + unit;
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
