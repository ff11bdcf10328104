package no.scorebake.text;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import no.scorebake.model.Language;

/** The words of the site's language from the {@code labels} resource bundles: every word the site shows is there. */
public final class Labels {

    private final ResourceBundle bundle;
    private final Language language;
    /** Each label's pattern parsed once: parsing cost more than formatting on a page of many rows. */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();
    /**
     * Each thread's own copies of the parsed patterns: a MessageFormat is not safe to share
     * between threads, and copying one for every call cost more than the formatting.
     */
    private final ThreadLocal<Map<String, MessageFormat>> own = ThreadLocal.withInitial(HashMap::new);

    /** One per language, shared by every page and chart of a bake: a new one parsed its patterns again, per chart. */
    private static final Map<Language, Labels> SHARED = Language.each(Labels::new);

    /** The words of {@code language}. */
    public static Labels of(Language language) {
        return SHARED.get(language);
    }

    private Labels(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("no.scorebake.labels", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** Every label, for templates ({@code ${t["status.green"]}}). */
    public Map<String, String> all() {
        Map<String, String> map = new TreeMap<>();
        for (String key : bundle.keySet()) {
            map.put(key, bundle.getString(key));
        }
        return Collections.unmodifiableMap(map);
    }

    /** A label with {@code {0}}-style arguments filled in (MessageFormat rules). */
    public String format(String key, Object... args) {
        return own.get().computeIfAbsent(key, k -> (MessageFormat) formats
                .computeIfAbsent(k, p -> new MessageFormat(bundle.getString(p), Locale.ROOT)).clone()).format(args);
    }

    public Language language() {
        return language;
    }

    /** Decimal separator of the language: a comma in Norwegian, a point in English. */
    public char decimalSeparator() {
        return language.decimalSeparator();
    }
}
