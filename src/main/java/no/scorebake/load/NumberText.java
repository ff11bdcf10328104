package no.scorebake.load;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads numbers the way coordinators type them: {@code 12.5}, {@code 12,5}, {@code 1 234,5}
 * (a space, no-break space or narrow no-break space between thousands), a leading sign, and a
 * trailing {@code %}. The result is exact: no binary floating point anywhere.
 */
public final class NumberText {

    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}( \\d{3})+([.,]\\d+)?");

    /** More digits than this are refused: no measurement has them, and a junk number could make arithmetic crawl. */
    public static final int MAX_DIGITS = 30;

    /** What valid numbers look like, for messages. */
    public static final String VALID = "a number such as 12.5, 12,5 or 1 234,5 (an optional % at the end)";

    private NumberText() {
    }

    /** The number, or null when the text is not one of the accepted forms. */
    public static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip().replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2009', ' ')
                .replace('\u2212', '-');
        if (digits(s) > MAX_DIGITS) {
            return null;
        }
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        if (plain(s)) {
            return decimal(s);
        }
        if (GROUPED.matcher(s).matches()) {
            return decimal(s.replace(" ", ""));
        }
        return null;
    }

    /** How many digits a text holds. */
    public static long digits(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether {@code s} is a plain number, {@code [+-]?(\d+([.,]\d+)?|[.,]\d+)} with ASCII
     * digits: checked by hand, as every value of every upload goes through here.
     */
    static boolean plain(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int whole = digitsFrom(s, i);
        i += whole;
        if (i == n) {
            return whole > 0;
        }
        char c = s.charAt(i);
        if (c != '.' && c != ',') {
            return false;
        }
        int fraction = digitsFrom(s, i + 1);
        return fraction > 0 && i + 1 + fraction == n;
    }

    /** How many ASCII digits stand in a row from {@code from}. */
    private static int digitsFrom(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    private static BigDecimal decimal(String s) {
        String t = s.replace(',', '.');
        if (t.startsWith("+")) {
            t = t.substring(1);
        }
        if (t.startsWith(".") || t.startsWith("-.")) {
            t = t.replace(".", "0.");
        }
        return new BigDecimal(t);
    }
}
