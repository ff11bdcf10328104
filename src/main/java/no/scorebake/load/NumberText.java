package no.scorebake.load;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads numbers the way coordinators type them: {@code 12.5}, {@code 12,5}, {@code 1 234,5}
 * (a space, no-break space or narrow no-break space between thousands), a leading sign, and a
 * trailing {@code %}. The result is exact: no binary floating point anywhere.
 */
public final class NumberText {

    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+([.,]\\d+)?|[.,]\\d+)");
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
        if (PLAIN.matcher(s).matches()) {
            return decimal(s);
        }
        if (GROUPED.matcher(s).matches()) {
            return decimal(s.replace(" ", ""));
        }
        return null;
    }

    /** How many digits a text holds. */
    public static long digits(String text) {
        return text.chars().filter(Character::isDigit).count();
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
