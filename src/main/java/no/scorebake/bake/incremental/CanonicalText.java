package no.scorebake.bake.incremental;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;

/**
 * A complete text of a page's model, for the page's key ({@link no.scorebake.page.Output#keep(String, String, String)}):
 * records component by component, lists and maps item by item, and of plain values only those
 * whose text is all they hold (strings, numbers, booleans, enums, months). A value of any other
 * type fails loudly rather than print something that might not change when the value does (an
 * object's identity, say), which would keep a page that changed.
 *
 * <p>Not a record's own {@code toString}: on Java 17 that formats each record with
 * {@code String.format}, and the text of a KPI page's model cost as much as rendering the page.
 * Each string is written with its length first, so no two different models give the same text.
 */
public final class CanonicalText {

    /** Each record class's accessors, in the order of its components. */
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
            }
            return accessors;
        }
    };

    private CanonicalText() {
    }

    /** The text of {@code value}. */
    public static String of(Object value) {
        StringBuilder text = new StringBuilder(8192);
        append(text, value);
        return text.toString();
    }

    /** Appends the text of {@code value} to {@code text}. */
    public static void append(StringBuilder text, Object value) {
        if (value == null) {
            text.append('~');
        } else if (value instanceof String s) {
            text.append('"').append(s.length()).append(':').append(s);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long || value instanceof BigDecimal
                || value instanceof YearMonth) {
            text.append(value).append(';');
        } else if (value instanceof Enum<?> e) {
            text.append(e.name()).append(';');
        } else if (value instanceof Record r) {
            text.append(r.getClass().getSimpleName()).append('(');
            for (Method accessor : ACCESSORS.get(r.getClass())) {
                try {
                    append(text, accessor.invoke(r));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + accessor + " for a page's key", e);
                }
            }
            text.append(')');
        } else if (value instanceof Collection<?> c) {
            text.append('[').append(c.size()).append(':');
            for (Object item : c) {
                append(text, item);
            }
            text.append(']');
        } else if (value instanceof Map<?, ?> m) {
            text.append('{').append(m.size()).append(':');
            for (Map.Entry<?, ?> e : m.entrySet()) {
                append(text, e.getKey());
                append(text, e.getValue());
            }
            text.append('}');
        } else {
            throw new IllegalStateException("a page's key cannot hold a " + value.getClass().getName()
                    + ": its text might not say all it holds; add the type to CanonicalText or leave it out of the key");
        }
    }
}
