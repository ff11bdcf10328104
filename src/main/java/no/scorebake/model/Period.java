package no.scorebake.model;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;

/**
 * A reporting period: a month, quarter, half-year or year. It is dated by its last month
 * ({@code 2005-Q3} ends in {@code 2005-09}), which is how periods of different frequencies
 * are compared and stored.
 */
public record Period(Frequency frequency, int year, int index) implements Comparable<Period> {

    public Period {
        Objects.requireNonNull(frequency);
        int count = 12 / frequency.months();
        if (index < 1 || index > count || year < 1 || year > 9999) {
            throw new IllegalArgumentException("no such period: " + year + "/" + index);
        }
    }

    /**
     * Reads {@code 2005-08}, {@code 2005-Q3}, {@code 2005-H2} or {@code 2005}; returns null for
     * anything else (including month 13), so callers can report the text with its place.
     */
    public static Period parse(String text) {
        if (text == null) {
            return null;
        }
        // Read by hand rather than with a regular expression: every row of every upload has a period.
        String t = text.strip();
        int n = t.length();
        if (n != 4 && n != 7 || !digits(t, 0, 4)) {
            return null;
        }
        int year = Integer.parseInt(t, 0, 4, 10);
        if (year < 1) {
            return null;
        }
        if (n == 4) {
            return new Period(Frequency.YEARLY, year, 1);
        }
        if (t.charAt(4) != '-') {
            return null;
        }
        char c = t.charAt(5);
        char d = t.charAt(6);
        if (digits(t, 5, 7)) {
            int month = (c - '0') * 10 + (d - '0');
            return month >= 1 && month <= 12 ? new Period(Frequency.MONTHLY, year, month) : null;
        }
        if (c == 'Q' && d >= '1' && d <= '4') {
            return new Period(Frequency.QUARTERLY, year, d - '0');
        }
        if (c == 'H' && (d == '1' || d == '2')) {
            return new Period(Frequency.HALF_YEARLY, year, d - '0');
        }
        return null;
    }

    /** Whether the characters from {@code from} to {@code to} are all ASCII digits. */
    private static boolean digits(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    public static Period month(YearMonth month) {
        return new Period(Frequency.MONTHLY, month.getYear(), month.getMonthValue());
    }

    /** The period of the given frequency that contains the month. */
    public static Period containing(Frequency frequency, YearMonth month) {
        int index = (month.getMonthValue() - 1) / frequency.months() + 1;
        return new Period(frequency, month.getYear(), index);
    }

    /** The latest period of the given frequency that ends in or before the month. */
    public static Period latestEndingBy(Frequency frequency, YearMonth month) {
        Period p = containing(frequency, month);
        return p.end().equals(month) ? p : p.previous();
    }

    /** The last month of the period, by which it is dated. */
    public YearMonth end() {
        return YearMonth.of(year, index * frequency.months());
    }

    /** The first month of the period. */
    public YearMonth start() {
        return end().minusMonths(frequency.months() - 1L);
    }

    public Period previous() {
        return index > 1 ? new Period(frequency, year, index - 1)
                : new Period(frequency, year - 1, 12 / frequency.months());
    }

    /** The same period one year earlier ({@code 2006-Q1} → {@code 2005-Q1}): what "last year" compares with. */
    public Period yearEarlier() {
        return new Period(frequency, year - 1, index);
    }

    public Period next() {
        return index < 12 / frequency.months() ? new Period(frequency, year, index + 1)
                : new Period(frequency, year + 1, 1);
    }

    /** Whether a KPI of the given frequency is due in this month (the month ends one of its periods). */
    public static boolean isDue(Frequency frequency, YearMonth month) {
        return month.getMonthValue() % frequency.months() == 0;
    }

    /** The written form: {@code 2005-08}, {@code 2005-Q3}, {@code 2005-H2}, {@code 2005}. */
    public String label() {
        // Plain concatenation: String.format showed up in the profile of a Bergen-sized bake.
        String y = year >= 1000 ? Integer.toString(year) : String.format(Locale.ROOT, "%04d", year);
        return switch (frequency) {
            case MONTHLY -> y + (index < 10 ? "-0" : "-") + index;
            case QUARTERLY -> y + "-Q" + index;
            case HALF_YEARLY -> y + "-H" + index;
            case YEARLY -> y;
        };
    }

    @Override
    public int compareTo(Period o) {
        int c = end().compareTo(o.end());
        return c != 0 ? c : Integer.compare(o.frequency.months(), frequency.months());
    }

    @Override
    public String toString() {
        return label();
    }
}
