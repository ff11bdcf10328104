package no.scorebake.formula;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A composite KPI's formula: numbers, {@code + - * /}, parentheses and references in braces
 * ({@code {kpi}} or {@code {unit/kpi}}). It is evaluated in exact fractions, so a share computed
 * from two counts lands exactly on a threshold when it should.
 */
public final class Formula {

    /** Deeper nesting than this is refused, so a junk formula cannot exhaust the stack. */
    public static final int MAX_DEPTH = 64;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private final String text;
    private final Node root;
    private final List<String> references;

    private Formula(String text, Node root, List<String> references) {
        this.text = text;
        this.root = root;
        this.references = references;
    }

    /** Reads a formula, or explains at which character it stops making sense. */
    public static Formula parse(String text) throws FormulaException {
        Parser p = new Parser(text);
        Node root = p.expression(0);
        p.skipSpace();
        if (p.pos < text.length()) {
            throw new FormulaException("unexpected '" + text.charAt(p.pos) + "' in formula; expected an operator + - * / or the end", p.pos);
        }
        return new Formula(text, root, List.copyOf(p.references));
    }

    public String text() {
        return text;
    }

    /** The references as written between braces, each once, in order of appearance. */
    public List<String> references() {
        return references;
    }

    /**
     * Computes the formula. {@code lookup} gives the value of a reference, or null when it has none
     * for the period; then the formula has no value either.
     */
    public Result evaluate(Function<String, BigFraction> lookup) {
        for (String r : references) {
            if (lookup.apply(r) == null) {
                return Result.NONE;
            }
        }
        try {
            return new Result(root.eval(lookup), false);
        } catch (ArithmeticException divisionByZero) {
            return Result.DIVISION_BY_ZERO;
        }
    }

    /** A formula's value, or none; {@code divisionByZero} says why there is none when it is a division. */
    public record Result(BigFraction value, boolean divisionByZero) {
        static final Result NONE = new Result(null, false);
        static final Result DIVISION_BY_ZERO = new Result(null, true);
    }

    @Override
    public String toString() {
        return text;
    }

    private interface Node {
        BigFraction eval(Function<String, BigFraction> lookup);
    }

    private record Number(BigFraction value) implements Node {
        public BigFraction eval(Function<String, BigFraction> lookup) {
            return value;
        }
    }

    private record Reference(String id) implements Node {
        public BigFraction eval(Function<String, BigFraction> lookup) {
            return lookup.apply(id);
        }
    }

    private record Negate(Node operand) implements Node {
        public BigFraction eval(Function<String, BigFraction> lookup) {
            return operand.eval(lookup).negate();
        }
    }

    /**
     * A left-to-right chain of one precedence level, {@code a op b op c …}, evaluated in a loop
     * so a long flat formula cannot exhaust the stack the way a left-deep tree of pairs would.
     */
    private record Chain(Node first, List<Character> ops, List<Node> rest) implements Node {
        public BigFraction eval(Function<String, BigFraction> lookup) {
            BigFraction l = first.eval(lookup);
            for (int i = 0; i < ops.size(); i++) {
                BigFraction r = rest.get(i).eval(lookup);
                l = switch (ops.get(i)) {
                    case '+' -> l.add(r);
                    case '-' -> l.subtract(r);
                    case '*' -> l.multiply(r);
                    default -> {
                        if (r.isZero()) {
                            throw new ArithmeticException("division by zero");
                        }
                        yield l.divide(r);
                    }
                };
            }
            return l;
        }
    }

    /** Recursive descent: expression = term (('+'|'-') term)*, term = factor (('*'|'/') factor)*. */
    private static final class Parser {
        private final String s;
        private int pos;
        private final Set<String> references = new LinkedHashSet<>();

        Parser(String s) {
            this.s = s;
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        Node expression(int depth) throws FormulaException {
            if (depth > MAX_DEPTH) {
                throw new FormulaException("formula nested deeper than " + MAX_DEPTH + " levels", pos);
            }
            Node left = term(depth);
            List<Character> ops = new ArrayList<>();
            List<Node> rest = new ArrayList<>();
            while (true) {
                skipSpace();
                if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                    ops.add(s.charAt(pos++));
                    rest.add(term(depth));
                } else {
                    return ops.isEmpty() ? left : new Chain(left, ops, rest);
                }
            }
        }

        Node term(int depth) throws FormulaException {
            Node left = factor(depth);
            List<Character> ops = new ArrayList<>();
            List<Node> rest = new ArrayList<>();
            while (true) {
                skipSpace();
                if (pos < s.length() && (s.charAt(pos) == '*' || s.charAt(pos) == '/')) {
                    ops.add(s.charAt(pos++));
                    rest.add(factor(depth));
                } else {
                    return ops.isEmpty() ? left : new Chain(left, ops, rest);
                }
            }
        }

        Node factor(int depth) throws FormulaException {
            // Unary minus nests without parentheses ("---1"), so the limit is checked here too.
            if (depth > MAX_DEPTH) {
                throw new FormulaException("formula nested deeper than " + MAX_DEPTH + " levels", pos);
            }
            skipSpace();
            if (pos >= s.length()) {
                throw new FormulaException("formula ends where a number, {kpi} or '(' was expected", pos);
            }
            char c = s.charAt(pos);
            if (c == '-') {
                pos++;
                return new Negate(factor(depth + 1));
            }
            if (c == '(') {
                int open = pos++;
                Node inner = expression(depth + 1);
                skipSpace();
                if (pos >= s.length() || s.charAt(pos) != ')') {
                    throw new FormulaException("'(' at character " + (open + 1) + " is never closed", pos);
                }
                pos++;
                return inner;
            }
            if (c == '{') {
                int close = s.indexOf('}', pos);
                if (close < 0) {
                    throw new FormulaException("'{' is never closed; write a reference as {kpi} or {unit/kpi}", pos);
                }
                String ref = s.substring(pos + 1, close).strip();
                if (!validReference(ref)) {
                    throw new FormulaException("'{" + ref + "}' is not a KPI reference; write {kpi} or {unit/kpi} with ids of letters, digits, '-' and '_'", pos);
                }
                references.add(ref);
                pos = close + 1;
                return new Reference(ref);
            }
            if (Character.isDigit(c) || c == '.') {
                int start = pos;
                while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
                    pos++;
                }
                String digits = s.substring(start, pos);
                try {
                    BigDecimal d = new BigDecimal(digits);
                    return new Number(fraction(d));
                } catch (NumberFormatException e) {
                    throw new FormulaException("'" + digits + "' is not a number", start);
                }
            }
            throw new FormulaException("unexpected '" + c + "' in formula; expected a number, {kpi} or '('", pos);
        }

        private static boolean validReference(String ref) {
            int slash = ref.indexOf('/');
            if (slash < 0) {
                return ID.matcher(ref).matches();
            }
            return ID.matcher(ref.substring(0, slash)).matches() && ID.matcher(ref.substring(slash + 1)).matches();
        }
    }

    /** The exact fraction of a decimal number. */
    public static BigFraction fraction(BigDecimal d) {
        if (d.scale() <= 0) {
            return BigFraction.of(d.toBigIntegerExact());
        }
        return BigFraction.of(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }
}
