package no.scorebake.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The data reference of the theming guide, written from the records the page types really pass
 * to their templates: for each template the components of its record (name, type, an example
 * from a page of the example project, and the record's own javadoc {@code @param} text), then
 * the same for every record those components hold. Since it is made from the code, the guide
 * can be compared with it and cannot drift.
 *
 * <p>Records of the page package are described with everything they hold; a record from
 * elsewhere that a page record holds (a {@code Unit}, a {@code Kpi}) is described one level
 * deep, its own records named but not opened, so the reference stays readable.
 */
final class TemplateDataReference {

    /** The name under which every page record holds what the layout reads. */
    static final String FRAME = "frame";

    /** One page as baked: the template, the page's address and the record the template read. */
    record Sample(String template, String path, Record model) {
    }

    private static final Path SOURCES = Path.of("src/main/java");
    private static final int EXAMPLE_WIDTH = 48;

    /** Record type → component → the first example value worth showing, in the order met. */
    private final Map<Class<?>, Map<String, Object>> examples = new LinkedHashMap<>();
    /** Record type → components that were null on some page (a template must test them with {@code ??}). */
    private final Map<Class<?>, Set<String>> absent = new LinkedHashMap<>();

    private TemplateDataReference() {
    }

    /** The reference as Markdown, for pages baked in this order (the first example of each value is shown). */
    static String markdown(List<Sample> samples) {
        TemplateDataReference ref = new TemplateDataReference();
        Map<String, Class<?>> templates = new TreeMap<>();
        Class<?> frame = null;
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        for (Sample s : samples) {
            templates.putIfAbsent(s.template(), s.model().getClass());
            ref.walk(s.model(), true, seen);
            for (RecordComponent c : s.model().getClass().getRecordComponents()) {
                if (c.getName().equals(FRAME)) {
                    frame = c.getType();
                }
            }
        }
        StringBuilder md = new StringBuilder();
        if (frame != null) {
            md.append("### Every page (`layout.ftlh` and every template)\n\n");
            md.append("Every template also reads these names at its top level; they are `").append(frame.getSimpleName())
                    .append("`'s components, which each page record holds as `").append(FRAME).append("`.\n\n");
            ref.table(md, frame);
        }
        for (Map.Entry<String, Class<?>> t : templates.entrySet()) {
            md.append("### `").append(t.getKey()).append("`\n\n");
            md.append("Record `").append(name(t.getValue())).append("`.\n\n");
            ref.table(md, t.getValue());
        }
        md.append("### Records inside the pages' data\n\n");
        for (Class<?> type : ref.examples.keySet()) {
            if (templates.containsValue(type) || type == frame) {
                continue;
            }
            md.append("#### `").append(name(type)).append("`\n\n");
            ref.table(md, type);
        }
        return md.toString();
    }

    /** Collects example values from a record and every record it holds that the reference opens. */
    private void walk(Object value, boolean open, IdentityHashMap<Object, Boolean> seen) {
        if (!open || value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            items.forEach(i -> walk(i, true, seen));
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> walk(v, true, seen));
            return;
        }
        Class<?> type = value.getClass();
        if (!type.isRecord()) {
            return;
        }
        Map<String, Object> ex = examples.computeIfAbsent(type, k -> new LinkedHashMap<>());
        for (RecordComponent c : type.getRecordComponents()) {
            Object v = read(c, value);
            if (v == null) {
                absent.computeIfAbsent(type, k -> new java.util.TreeSet<>()).add(c.getName());
            } else if (!ex.containsKey(c.getName()) || empty(ex.get(c.getName())) && !empty(v)) {
                ex.put(c.getName(), v);
            }
            walk(v, inPagePackage(type), seen);
        }
    }

    private void table(StringBuilder md, Class<?> type) {
        Map<String, String> params = params(type);
        if (java.util.Arrays.stream(type.getRecordComponents()).allMatch(c -> c.getName().equals(FRAME))) {
            md.append("Only the names every page has.\n\n");
            return;
        }
        md.append("| name | type | example | meaning |\n|---|---|---|---|\n");
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(FRAME)) {
                continue;
            }
            Map<String, Object> ex = examples.getOrDefault(type, Map.of());
            boolean mayBeAbsent = absent.getOrDefault(type, Set.of()).contains(c.getName());
            md.append("| `").append(c.getName()).append("` | ").append(typeName(c.getGenericType()))
                    .append(mayBeAbsent ? " or absent" : "").append(" | ")
                    .append(ex.containsKey(c.getName()) ? example(ex.get(c.getName())) : "")
                    .append(" | ").append(cell(params.getOrDefault(c.getName(), ""))).append(" |\n");
        }
        md.append('\n');
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            c.getAccessor().setAccessible(true);
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(c + ": " + e, e);
        }
    }

    private static boolean inPagePackage(Class<?> type) {
        return type.getPackageName().equals(TemplateDataReference.class.getPackageName());
    }

    private static boolean empty(Object v) {
        return v == null || v instanceof String s && s.isEmpty() || v instanceof Collection<?> c && c.isEmpty()
                || v instanceof Map<?, ?> m && m.isEmpty();
    }

    /** The type as a template author needs it: text, number, true/false, a list of …, a record by name. */
    static String typeName(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = p.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return "list of " + typeName(args[0]);
            }
            if (Map.class.isAssignableFrom(raw)) {
                return "map of " + typeName(args[0]) + " → " + typeName(args[1]);
            }
            return "`" + raw.getSimpleName() + "`";
        }
        if (type instanceof Class<?> c) {
            if (c == String.class) {
                return "text";
            }
            if (c == boolean.class || c == Boolean.class) {
                return "true/false";
            }
            if (c.isPrimitive() || Number.class.isAssignableFrom(c)) {
                return "number";
            }
            if (c.isEnum()) {
                return "one of " + String.join(", ", java.util.Arrays.stream(c.getEnumConstants()).map(Object::toString).toList());
            }
            return "`" + name(c) + "`";
        }
        return type.getTypeName();
    }

    /** A nested record by its outer class too ({@code ScorecardPage.Model}), so the name says where it is built. */
    static String name(Class<?> c) {
        return c.getEnclosingClass() == null ? c.getSimpleName() : name(c.getEnclosingClass()) + "." + c.getSimpleName();
    }

    /** An example value as a short cell: text quoted and cut, a list by its size and first item, a record by its type. */
    private String example(Object v) {
        if (v instanceof String s) {
            String one = s.replaceAll("\\s+", " ");
            return cell("\"" + (one.length() > EXAMPLE_WIDTH ? one.substring(0, EXAMPLE_WIDTH) + "…" : one) + "\"");
        }
        if (v instanceof Collection<?> items) {
            if (items.isEmpty()) {
                return "(empty)";
            }
            Object first = items.iterator().next();
            return items.size() + (items.size() == 1 ? " item" : " items") + (first instanceof String || first instanceof Number
                    ? ", first " + example(first) : first != null && first.getClass().isRecord() ? " (`" + name(first.getClass()) + "`)" : "");
        }
        if (v instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                return "(empty)";
            }
            Map.Entry<?, ?> first = new TreeMap<>(map).firstEntry();
            return map.size() + (map.size() == 1 ? " entry" : " entries") + ", e.g. `" + first.getKey() + "` → " + example(first.getValue());
        }
        if (v.getClass().isRecord()) {
            return (examples.containsKey(v.getClass()) ? "see `" : "a `") + name(v.getClass()) + "`";
        }
        if (!(v instanceof Number || v instanceof Boolean || v instanceof Enum<?>)) {
            return "a `" + v.getClass().getSimpleName() + "`"; // an object to call, e.g. the labels: no value to show
        }
        String s = String.valueOf(v);
        return cell(s.length() > EXAMPLE_WIDTH ? s.substring(0, EXAMPLE_WIDTH) + "…" : s);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replaceAll("\\s+", " ").trim();
    }

    private static final Pattern PARAM = Pattern.compile("@param\\s+(\\w+)\\s+(.*?)(?=@\\w+|$)", Pattern.DOTALL);

    /**
     * The {@code @param} text of a record's javadoc in its source file, by component; empty when
     * the source is not there (the reference is then shorter, not wrong).
     */
    static Map<String, String> params(Class<?> type) {
        Class<?> top = type;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        Path file = SOURCES.resolve(top.getName().replace('.', '/') + ".java");
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        String source;
        try {
            source = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher decl = Pattern.compile("\\brecord\\s+" + type.getSimpleName() + "\\s*\\(").matcher(source);
        if (!decl.find()) {
            return Map.of();
        }
        String before = source.substring(0, decl.start());
        int end = before.lastIndexOf("*/");
        int start = before.lastIndexOf("/**");
        if (end < 0 || start < 0 || start > end || !before.substring(end + 2).strip().matches("((public|static|final|private|protected)\\s*)*")) {
            return Map.of();
        }
        String doc = javadocText(before.substring(start + 3, end).replaceAll("(?m)^\\s*\\*\\s?", " "));
        Map<String, String> params = new LinkedHashMap<>();
        Matcher m = PARAM.matcher(doc);
        while (m.find()) {
            params.put(m.group(1), m.group(2).strip());
        }
        return params;
    }

    /** Javadoc's inline code as Markdown code, the rest as it reads. */
    private static String javadocText(String text) {
        return text.replaceAll("\\{@(?:code|link|linkplain)\\s+([^{}]*(?:\\{[^{}]*}[^{}]*)*)}", "`$1`")
                .replaceAll("\\s+", " ").strip();
    }
}
