package no.scorebake.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import no.scorebake.model.KpiUnit;
import no.scorebake.model.Period;
import no.scorebake.status.Exact;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Numbers, percentages and periods written the way a reader of the site's language expects:
 * {@code 1 234,5}, {@code 95 %} and {@code august 2005} in Norwegian, {@code 1,234.5},
 * {@code 95%} and {@code August 2005} in English. Spaces inside a number are no-break spaces
 * so a figure never wraps across lines. Formatting never depends on the machine's locale.
 */
public final class Format {

    /** No-break space: between thousands and before a unit, so "1 234 %" stays on one line. */
    public static final char NBSP = '\u00A0';

    private static final String[] MONTHS_NB = {"januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
        "september", "oktober", "november", "desember"};
    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    private final boolean nb;

    public Format(String language) {
        this.nb = !"en".equals(language);
    }

    /** A number rounded half-up to at most {@code decimals} decimals, trailing zeros dropped. */
    public String number(BigFraction f, int decimals) {
        return f == null ? "" : number(Exact.decimal(f, decimals));
    }

    /** A number with exactly {@code decimals} decimals, rounded half-up. */
    public String fixed(BigFraction f, int decimals) {
        return f == null ? "" : number(f.bigDecimalValue(decimals, RoundingMode.HALF_UP));
    }

    /** A decimal as written, with grouping of thousands. */
    public String number(BigDecimal d) {
        if (d == null) {
            return "";
        }
        String plain = d.toPlainString();
        boolean negative = plain.startsWith("-");
        if (negative) {
            plain = plain.substring(1);
        }
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder s = new StringBuilder();
        char group = nb ? NBSP : ',';
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                s.append(group);
            }
            s.append(whole.charAt(i));
        }
        if (!fraction.isEmpty()) {
            s.append(nb ? ',' : '.').append(fraction);
        }
        return (negative ? "\u2212" : "") + s;
    }

    /**
     * A number as a spreadsheet cell of a language with this decimal mark takes it: no grouping,
     * a plain minus, trailing zeros dropped ({@code 1234,5}); null is empty. For the CSV files,
     * which readers open in Excel rather than read.
     */
    public static String spreadsheet(BigDecimal d, char decimalSeparator) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString().replace('.', decimalSeparator);
    }

    /** A percentage with one decimal: {@code 110,7 %}. */
    public String percent(BigFraction f) {
        return f == null ? "" : fixed(f, 1) + (nb ? NBSP + "%" : "%");
    }

    /** A value in its KPI unit: {@code 4,5 %}, {@code 120 000 kr}, {@code 12 t}. */
    public String value(BigFraction f, KpiUnit unit) {
        if (f == null) {
            return "";
        }
        return switch (unit) {
            case PERCENT -> number(f, 1) + (nb ? NBSP + "%" : "%");
            case NOK -> number(f, 0) + NBSP + (nb ? "kr" : "NOK");
            case HOURS -> number(f, 1) + NBSP + (nb ? "t" : "h");
            case DAYS -> number(f, 1) + NBSP + "d";
            case SCORE -> number(f, 2);
            case COUNT -> number(f, 1);
        };
    }

    /** A month: {@code august 2005} / {@code August 2005}. */
    public String month(YearMonth m) {
        return (nb ? MONTHS_NB : MONTHS_EN)[m.getMonthValue() - 1] + " " + m.getYear();
    }

    /** A period in words: {@code august 2005}, {@code 2. kvartal 2005}, {@code 1. halvår 2005}, {@code 2005}. */
    public String period(Period p) {
        return switch (p.frequency()) {
            case MONTHLY -> month(p.end());
            case QUARTERLY -> nb ? p.index() + ". kvartal " + p.year() : "Q" + p.index() + " " + p.year();
            case HALF_YEARLY -> nb ? p.index() + ". halvår " + p.year() : "H" + p.index() + " " + p.year();
            case YEARLY -> Integer.toString(p.year());
        };
    }
}
