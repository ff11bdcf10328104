package no.scorebake.text;

import java.util.Locale;
import java.util.ResourceBundle;

/** The words of the site's language ({@code nb} or {@code en}) from the {@code labels} resource bundles. */
public final class Labels {

    private final ResourceBundle bundle;
    private final String language;

    public Labels(String language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("no.scorebake.labels", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** Every label, for templates ({@code ${t["status.green"]}}). */
    public java.util.Map<String, String> all() {
        java.util.Map<String, String> map = new java.util.TreeMap<>();
        for (String key : bundle.keySet()) {
            map.put(key, bundle.getString(key));
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** A label with {@code {0}}-style arguments filled in (MessageFormat rules). */
    public String format(String key, Object... args) {
        return new java.text.MessageFormat(bundle.getString(key), java.util.Locale.ROOT).format(args);
    }

    public String language() {
        return language;
    }

    /** Decimal separator of the language: a comma in Norwegian, a point in English. */
    public char decimalSeparator() {
        return "nb".equals(language) ? ',' : '.';
    }
}
