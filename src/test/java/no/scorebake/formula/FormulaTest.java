package no.scorebake.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The formula language of model-format.md: numbers, {@code + - * /}, parentheses and references
 * {@code {kpi}} / {@code {unit/kpi}}, evaluated in exact fractions.
 */
class FormulaTest {

    private static final Function<String, BigFraction> NO_REFS = ref -> {
        throw new AssertionError("unexpected lookup of " + ref);
    };

    private static BigFraction eval(String text) throws FormulaException {
        return eval(text, NO_REFS);
    }

    private static BigFraction eval(String text, Function<String, BigFraction> lookup) throws FormulaException {
        Formula.Result r = Formula.parse(text).evaluate(lookup);
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        assertFalse(r.divisionByZero(), shown + " divided by zero");
        assertNotNull(r.value(), shown + " has no value");
        return r.value();
    }

    private static void assertExact(BigFraction expected, BigFraction actual) {
        assertNotNull(actual);
        assertEquals(0, expected.compareTo(actual), "expected " + expected + " but was " + actual);
    }

    private static FormulaException error(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "… (" + text.length() + " characters)" : text;
        return assertThrows(FormulaException.class, () -> Formula.parse(text), shown);
    }

    // ---- precedence and associativity ----------------------------------------------------------

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '=', value = {
        "2 + 3 * 4      = 14",   // * before +: 2 + 12
        "2 * 3 + 4      = 10",   // 6 + 4
        "8 - 2 * 3      = 2",    // 8 - 6
        "20 / 4 + 1     = 6",    // 5 + 1
        "1 + 20 / 4     = 6",    // 1 + 5
        "10 - 4 - 3     = 3",    // left to right: (10 - 4) - 3, not 10 - (4 - 3) = 9
        "100 / 10 / 5   = 2",    // (100 / 10) / 5, not 100 / (10 / 5) = 50
        "2 * 3 / 4 * 2  = 3",    // ((2 * 3) / 4) * 2 = 6/4*2 = 3
        "1 - 2 + 3      = 2",    // (1 - 2) + 3, not 1 - (2 + 3) = -4
        "2*3+4*5        = 26",   // no spaces needed: 6 + 20
    })
    void precedenceAndLeftToRight(String text, String expected) throws FormulaException {
        assertExact(BigFraction.of(Integer.parseInt(expected.strip())), eval(text.strip()));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '=', value = {
        "(2 + 3) * 4         = 20",   // 5 * 4
        "2 * (3 + 4)         = 14",   // 2 * 7
        "10 - (4 - 3)        = 9",    // 10 - 1
        "100 / (10 / 5)      = 50",   // 100 / 2
        "((1))               = 1",
        "( ( 2 + 2 ) * ( 3 - 1 ) ) / 4 = 2",  // 4 * 2 / 4
    })
    void parenthesesGroup(String text, String expected) throws FormulaException {
        assertExact(BigFraction.of(Integer.parseInt(expected.strip())), eval(text.strip()));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '=', value = {
        "-3 + 5        = 2",    // (-3) + 5
        "2 * -3        = -6",
        "-(2 + 3)      = -5",
        "--4           = 4",    // -(-4)
        "3 - -2        = 5",    // 3 - (-2)
        "-2 * -3       = 6",
        "- 4 / 2       = -2",   // (-4) / 2
        "-(-(1))       = 1",
        "6 / -(1 + 2)  = -2",   // 6 / -3
    })
    void unaryMinus(String text, String expected) throws FormulaException {
        assertExact(BigFraction.of(Integer.parseInt(expected.strip())), eval(text.strip()));
    }

    @Test
    void decimalsAreExactFractions() throws FormulaException {
        // 0.1 + 0.2 is 3/10 exactly (0.30000000000000004 in doubles)
        assertExact(BigFraction.of(3, 10), eval("0.1 + 0.2"));
        // 1 / 3 * 3 is exactly 1 (no rounding of the third)
        assertExact(BigFraction.ONE, eval("1 / 3 * 3"));
        // 1 / 3 stays a third
        assertExact(BigFraction.of(1, 3), eval("1/3"));
        // .5 is a half; 12.50 is 25/2
        assertExact(BigFraction.of(1, 2), eval(".5"));
        assertExact(BigFraction.of(25, 2), eval("12.50"));
    }

    // ---- references ----------------------------------------------------------------------------

    @Test
    void referencesAreLookedUpAndListedOnceInOrder() throws FormulaException {
        Formula f = Formula.parse("100 * {closed} / {faults} + {closed} - { A1/x }");
        assertEquals(List.of("closed", "faults", "A1/x"), f.references());
        List<String> asked = new ArrayList<>();
        Map<String, BigFraction> values = Map.of("closed", BigFraction.of(45), "faults", BigFraction.of(50), "A1/x", BigFraction.of(5));
        // 100 * 45 / 50 + 45 - 5 = 90 + 45 - 5 = 130
        assertExact(BigFraction.of(130), eval(f.text(), ref -> {
            asked.add(ref);
            return values.get(ref);
        }));
        assertTrue(asked.containsAll(List.of("closed", "faults", "A1/x")), asked.toString());
    }

    @Test
    void crossUnitReferenceKeepsUnitAndKpi() throws FormulaException {
        // {A1/x} + {A2/x} = 3 + 4
        Formula f = Formula.parse("{A1/x} + {A2/x}");
        assertEquals(List.of("A1/x", "A2/x"), f.references());
        assertExact(BigFraction.of(7), eval(f.text(), Map.of("A1/x", BigFraction.of(3), "A2/x", BigFraction.of(4))::get));
    }

    @Test
    void aMissingInputGivesNoValueAndNoDivisionByZero() throws FormulaException {
        Formula f = Formula.parse("{a} / {b}");
        // b has no value; even with a zero it would divide by, the answer is "no value", not an error
        Formula.Result r = f.evaluate(ref -> ref.equals("a") ? BigFraction.ZERO : null);
        assertNull(r.value());
        assertFalse(r.divisionByZero());
        Formula.Result r2 = Formula.parse("{a} / ({b} - {b}) + {c}").evaluate(ref -> ref.equals("c") ? null : BigFraction.ONE);
        assertNull(r2.value());
        assertFalse(r2.divisionByZero());
    }

    @Test
    void divisionByZeroGivesNoValueAndSaysSo() throws FormulaException {
        // 5 / (3 - 3) = 5 / 0
        Formula.Result r = Formula.parse("{a} / ({b} - {b})").evaluate(ref -> ref.equals("a") ? BigFraction.of(5) : BigFraction.of(3));
        assertNull(r.value());
        assertTrue(r.divisionByZero());
        Formula.Result literal = Formula.parse("1 / 0").evaluate(NO_REFS);
        assertNull(literal.value());
        assertTrue(literal.divisionByZero());
        // 0 / 0 as well
        assertTrue(Formula.parse("{a} / {a}").evaluate(ref -> BigFraction.ZERO).divisionByZero());
        // 0 divided by something is fine: 0 / 4 = 0
        Formula.Result zero = Formula.parse("{a} / 4").evaluate(ref -> BigFraction.ZERO);
        assertFalse(zero.divisionByZero());
        assertExact(BigFraction.ZERO, zero.value());
    }

    // ---- syntax errors and their 0-based offsets ----------------------------------------------

    @ParameterizedTest(name = "[{0}] fails at {1}")
    @CsvSource(delimiter = '|', value = {
        "''           | 0",    // nothing at all: a number was expected at 0
        "'1 +'        | 3",    // ends after '+' (length 3)
        "'1 + * 2'    | 4",    // '*' at 4 where an operand was expected
        "'(1 + 2'     | 6",    // ')' expected at the end, offset 6
        "'1 2'        | 2",    // second number at 2 where an operator was expected
        "'1 + 2)'     | 5",    // stray ')' at 5
        "'2 * {a'     | 4",    // '{' at 4 is never closed
        "'{a b}'      | 0",    // not an id: points at the '{'
        "'1 + {}'     | 4",    // empty reference at 4
        "'{a/b/c}'    | 0",    // a reference has at most one '/'
        "'{-a}'       | 0",    // an id starts with a letter or digit
        "'3 + 1..2'   | 4",    // not a number, starting at 4
        "'abc'        | 0",    // bare word
        "'2 ^ 3'      | 2",    // no such operator
        "'{a} {b}'    | 4",    // two references with no operator between
        "'()'         | 1",    // empty parentheses: operand expected at 1
    })
    void syntaxErrorsPointAtTheRightCharacter(String text, int offset) {
        FormulaException e = error(text);
        assertEquals(offset, e.offset(), e.getMessage());
        assertNotNull(e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }

    // ---- nesting depth ---------------------------------------------------------------------------

    @Test
    void nestingUpToTheLimitIsFine() throws FormulaException {
        int n = Formula.MAX_DEPTH;
        // 64 levels of parentheses around 1 is still 1
        assertExact(BigFraction.ONE, eval("(".repeat(n) + "1" + ")".repeat(n)));
        // 64 minus signs: an even count, so -(-(...1)) = 1
        assertExact(BigFraction.ONE, eval("-".repeat(n) + "1"));
    }

    @Test
    void parenthesesDeeperThanTheLimitAreRefused() {
        int n = Formula.MAX_DEPTH + 1;
        FormulaException e = error("(".repeat(n) + "1" + ")".repeat(n));
        assertTrue(e.getMessage().contains("nested deeper"), e.getMessage());
        // the 65th level begins just after the 65th '(' (offsets 0..64)
        assertEquals(n, e.offset());
    }

    @Test
    void minusSignsDeeperThanTheLimitAreRefused() {
        int n = Formula.MAX_DEPTH + 1;
        FormulaException e = error("-".repeat(n) + "1");
        assertTrue(e.getMessage().contains("nested deeper"), e.getMessage());
        assertEquals(n, e.offset());
    }

    @Test
    void junkNestingCannotExhaustTheStack() {
        // A huge run of openers is a syntax error like any other, never a StackOverflowError.
        assertTrue(error("(".repeat(200_000) + "1").getMessage().contains("nested deeper"));
        assertTrue(error("-".repeat(200_000) + "1").getMessage().contains("nested deeper"));
        assertTrue(error("-(".repeat(100_000) + "1").getMessage().contains("nested deeper"));
    }

    @Test
    void aLongFlatFormulaParsesAndEvaluates() throws FormulaException {
        // {a} + {a} + ... (20 000 times) with a = 1/2 is 10 000: long, but not nested
        String text = String.join(" + ", java.util.Collections.nCopies(20_000, "{a}"));
        assertExact(BigFraction.of(10_000), eval(text, ref -> BigFraction.of(1, 2)));
    }
}
