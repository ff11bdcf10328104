package no.scorebake.text;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import no.scorebake.model.Language;
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

    private final Language language;
    private final String[] months = new String[12];
    private final String[] shortMonths = new String[12];
    private final String quarter;
    private final String half;
    private final String shortQuarter;
    private final String shortHalf;
    private final Map<KpiUnit, String> symbols = new EnumMap<>(KpiUnit.class);
    private final String percent;
    private final String nok;
    private final String hours;
    private final String days;

    /** One per language, shared: it holds only the words it read, and every chart made its own twice. */
    private static final Map<Language, Format> SHARED = Language.each(Format::new);

    /** The formats of {@code language}. */
    public static Format of(Language language) {
        return SHARED.get(language);
    }

    /** Reads the words it writes (months, periods, unit symbols) from the language's {@link Labels}. */
    private Format(Language language) {
        this.language = language;
        Labels labels = Labels.of(language);
        for (int m = 1; m <= 12; m++) {
            months[m - 1] = labels.get("month." + m);
            shortMonths[m - 1] = labels.get("month.short." + m);
        }
        quarter = labels.get("period.quarter");
        half = labels.get("period.half");
        shortQuarter = labels.get("period.quarter.short");
        shortHalf = labels.get("period.half.short");
        for (KpiUnit unit : KpiUnit.values()) {
            symbols.put(unit, labels.get("symbol." + unit.key()));
        }
        percent = (language.spaceBeforePercent() ? NBSP : "") + symbols.get(KpiUnit.PERCENT);
        nok = NBSP + symbols.get(KpiUnit.NOK);
        hours = NBSP + symbols.get(KpiUnit.HOURS);
        days = NBSP + symbols.get(KpiUnit.DAYS);
    }

    /** A number rounded half-up to at most {@code decimals} decimals, trailing zeros dropped. */
    public String number(BigFraction f, int decimals) {
        return f == null ? "" : number(Exact.decimal(f, decimals));
    }

    /** A number with exactly {@code decimals} decimals, rounded half-up. */
    public String fixed(BigFraction f, int decimals) {
        return f == null ? "" : number(Exact.rounded(f, decimals));
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
        char group = language.groupSeparator();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                s.append(group);
            }
            s.append(whole.charAt(i));
        }
        if (!fraction.isEmpty()) {
            s.append(language.decimalSeparator()).append(fraction);
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
        return f == null ? "" : fixed(f, 1) + percent;
    }

    /** A number as written, then the percent sign as the language writes it: {@code 40 %}, {@code 40%}. */
    public String percent(BigDecimal d) {
        return number(d) + percent;
    }

    /** A value in its KPI unit: {@code 4,5 %}, {@code 120 000 kr}, {@code 12 t}. */
    public String value(BigFraction f, KpiUnit unit) {
        if (f == null) {
            return "";
        }
        return switch (unit) {
            case PERCENT -> number(f, 1) + percent;
            case NOK -> number(f, 0) + nok;
            case HOURS -> number(f, 1) + hours;
            case DAYS -> number(f, 1) + days;
            case SCORE -> number(f, 2);
            case COUNT -> number(f, 1);
        };
    }

    /**
     * A value in its KPI unit with at most {@code decimals} decimals whatever the unit, as the
     * year outlook is shown (one decimal when not whole): {@code 1 518}, {@code 93,7 %}.
     */
    public String value(BigFraction f, KpiUnit unit, int decimals) {
        if (f == null) {
            return "";
        }
        String n = number(f, decimals);
        return switch (unit) {
            case PERCENT -> n + percent;
            case NOK -> n + nok;
            case HOURS -> n + hours;
            case DAYS -> n + days;
            case SCORE, COUNT -> n;
        };
    }

    /** A month: {@code august 2005} / {@code August 2005}. */
    public String month(YearMonth m) {
        return months[m.getMonthValue() - 1] + " " + m.getYear();
    }

    /** A period in words: {@code august 2005}, {@code 2. kvartal 2005}, {@code 1. halvår 2005}, {@code 2005}. */
    public String period(Period p) {
        return switch (p.frequency()) {
            case MONTHLY -> month(p.end());
            case QUARTERLY -> fill(quarter, p.index(), Integer.toString(p.year()));
            case HALF_YEARLY -> fill(half, p.index(), Integer.toString(p.year()));
            case YEARLY -> Integer.toString(p.year());
        };
    }

    /** A period as briefly as under a chart's axis: {@code jan 05}, {@code K2 05}, {@code H1 05}, {@code 2005}. */
    public String shortPeriod(Period p) {
        int y = p.year() % 100;
        String yy = (y < 10 ? "0" : "") + y; // not String.format: this runs for every point of every chart
        return switch (p.frequency()) {
            case MONTHLY -> shortMonths[p.end().getMonthValue() - 1] + " " + yy;
            case QUARTERLY -> fill(shortQuarter, p.index(), yy);
            case HALF_YEARLY -> fill(shortHalf, p.index(), yy);
            case YEARLY -> Integer.toString(p.year());
        };
    }

    /** The symbol written after a value of this unit, without the space: {@code %}, {@code kr}, {@code t}; empty for counts and scores. */
    public String symbol(KpiUnit unit) {
        return symbols.get(unit);
    }

    /** A pattern's {@code {0}} replaced by the index and {@code {1}} by the year (no MessageFormat: this runs for every row). */
    private static String fill(String pattern, int index, String year) {
        return pattern.replace("{0}", Integer.toString(index)).replace("{1}", year);
    }
}
