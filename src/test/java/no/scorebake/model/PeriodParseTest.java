package no.scorebake.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Period#parse} reads by hand exactly the texts its written forms allow, and nothing else. */
class PeriodParseTest {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(?:(\\d{2})|Q([1-4])|H([12])))?");

    /** The reading by regular expression that the hand-written one replaces. */
    private static Period reference(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1) {
            return null;
        }
        if (m.group(2) != null) {
            int month = Integer.parseInt(m.group(2));
            return month >= 1 && month <= 12 ? new Period(Frequency.MONTHLY, year, month) : null;
        }
        if (m.group(3) != null) {
            return new Period(Frequency.QUARTERLY, year, Integer.parseInt(m.group(3)));
        }
        if (m.group(4) != null) {
            return new Period(Frequency.HALF_YEARLY, year, Integer.parseInt(m.group(4)));
        }
        return new Period(Frequency.YEARLY, year, 1);
    }

    @Test
    void writtenForms() {
        assertEquals(new Period(Frequency.MONTHLY, 2005, 8), Period.parse(" 2005-08 "));
        assertEquals(new Period(Frequency.QUARTERLY, 2005, 3), Period.parse("2005-Q3"));
        assertEquals(new Period(Frequency.HALF_YEARLY, 2006, 2), Period.parse("2006-H2"));
        assertEquals(new Period(Frequency.YEARLY, 2005, 1), Period.parse("2005"));
        for (String refused : new String[] {"2005-13", "2005-00", "0000", "0000-01", "2005-Q5", "2005-H3", "2005-8", "05-08",
                "2005/08", "2005-q3", "", " ", "20050", "2005-Q", "\u0662\u0660\u0660\u0665"}) {
            assertEquals(null, Period.parse(refused), refused);
        }
    }

    @Test
    void sameAsTheRegularExpressionForRandomTexts() {
        char[] alphabet = {'0', '1', '2', '5', '9', '-', 'Q', 'H', 'q', ' ', '4', '3', '\u0661'};
        Random random = new Random(14);
        for (int round = 0; round < 50000; round++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(9); i > 0; i--) {
                s.append(alphabet[random.nextInt(alphabet.length)]);
            }
            if (random.nextInt(3) == 0) {
                s.replace(0, Math.min(4, s.length()), "2005");
            }
            assertEquals(reference(s.toString()), Period.parse(s.toString()), s.toString());
        }
    }
}
