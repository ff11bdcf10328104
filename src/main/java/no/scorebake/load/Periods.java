package no.scorebake.load;

import java.time.YearMonth;
import no.scorebake.model.Frequency;
import no.scorebake.model.Period;

/** Checks written periods against a KPI's frequency, with messages that show what would be valid. */
final class Periods {

    static final String FORMS = "2005-08, 2005-Q3, 2005-H2 or 2005";

    private Periods() {
    }

    /** The years a period may lie in: a typo such as 0205 or 2500 would otherwise bake a page for every month between. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;

    /** Why a period lies outside the years scorebake accepts, or null when it is inside them. */
    static String outsideYears(Period period) {
        int year = period.end().getYear();
        if (year >= FIRST_YEAR && year <= LAST_YEAR) {
            return null;
        }
        return "period " + period.label() + " lies outside the years " + FIRST_YEAR + "-" + LAST_YEAR + "; is the year mistyped?";
    }

    /** Reads a month such as {@code 2005-08}; null when the text is anything else. */
    static YearMonth month(String text) {
        Period p = Period.parse(text);
        return p != null && p.frequency() == Frequency.MONTHLY ? p.end() : null;
    }

    /**
     * Why a period cannot hold a value of a KPI with this frequency, or null when it can. A KPI
     * takes a period of its own frequency, or the month that ends one ({@code 2005-09} for a
     * quarterly KPI's third quarter).
     */
    static String mismatch(Period period, Frequency frequency) {
        if (period.frequency() == frequency) {
            return null;
        }
        if (period.frequency() == Frequency.MONTHLY) {
            if (Period.isDue(frequency, period.end())) {
                return null;
            }
            Period example = Period.latestEndingBy(frequency, period.end()).next();
            return "a " + frequency.key() + " KPI is not due in " + period.label()
                    + "; its periods end in " + dueMonths(frequency) + " (e.g. " + example.label() + " or " + example.end() + ")";
        }
        Period example = Period.containing(frequency, period.end());
        return "period " + period.label() + " is " + article(period.frequency()) + " but the KPI is " + frequency.key()
                + "; write " + example.label() + (frequency == Frequency.MONTHLY ? "" : " or " + example.end());
    }

    private static String article(Frequency f) {
        return switch (f) {
            case MONTHLY -> "a month";
            case QUARTERLY -> "a quarter";
            case HALF_YEARLY -> "a half-year";
            case YEARLY -> "a year";
        };
    }

    static String dueMonths(Frequency f) {
        return switch (f) {
            case MONTHLY -> "every month";
            case QUARTERLY -> "March, June, September and December";
            case HALF_YEARLY -> "June and December";
            case YEARLY -> "December";
        };
    }
}
