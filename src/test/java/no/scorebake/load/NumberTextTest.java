package no.scorebake.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The number forms coordinators type, read exactly; everything else refused rather than guessed. */
class NumberTextTest {

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            12.5          | 12.5
            12,5          | 12.5
            -3            | -3
            +7            | 7
            0             | 0
            0,05          | 0.05
            1 234,5       | 1234.5
            1 234.5       | 1234.5
            1 234 567     | 1234567
            -1 234,5      | -1234.5
            5 %           | 5
            5%            | 5
            4,2 %         | 4.2
            100,0         | 100.0
            '  12,5  '    | 12.5
            """)
    void accepted(String text, String expected) {
        BigDecimal parsed = NumberText.parse(text);
        assertEquals(new BigDecimal(expected), parsed, text);
    }

    @ParameterizedTest(name = "no-break space between thousands: {0} reads as {1}")
    @CsvSource({
            "'1\u00A0234,5', 1234.5",
            "'1\u202F234,5', 1234.5",
            "'1\u00A0234\u00A0567,5', 1234567.5",
            "'4,2\u00A0%', 4.2",
    })
    void noBreakSpaceBetweenThousands(String text, String expected) {
        assertEquals(new BigDecimal(expected), NumberText.parse(text), text);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"1,234.5", "1.234,5", "12 5", "1 23", "12 345 67", "abc", "", " ", "%", "12,5,3", "1e3", "12.5.1", "5 % %",
            "- 3", "twelve", "12a", "0x10", "NaN", "Infinity"})
    void refused(String text) {
        assertNull(NumberText.parse(text), () -> "\"" + text + "\" should not be a number");
    }

    @ParameterizedTest(name = "exact: \"{0}\" keeps scale {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0,1      | 1
            12,50    | 2
            1 234,56 | 2
            """)
    void exactDecimalsWithoutRounding(String text, int scale) {
        assertEquals(scale, NumberText.parse(text).scale());
    }

    @org.junit.jupiter.api.Test
    void plainFormIsCheckedAsTheRegularExpressionWouldBe() {
        java.util.regex.Pattern plain = java.util.regex.Pattern.compile("[+-]?(\\d+([.,]\\d+)?|[.,]\\d+)");
        char[] alphabet = {'0', '1', '9', '+', '-', '.', ',', ' ', 'a', '\u0661'};
        java.util.Random random = new java.util.Random(14);
        for (int round = 0; round < 20000; round++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(7); i > 0; i--) {
                s.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertEquals(plain.matcher(s).matches(), NumberText.plain(s.toString()), s.toString());
        }
    }

    @org.junit.jupiter.api.Test
    void nullIsNoNumber() {
        assertNull(NumberText.parse(null));
    }
}
