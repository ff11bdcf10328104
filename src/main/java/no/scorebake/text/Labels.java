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

    public String language() {
        return language;
    }

    /** Decimal separator of the language: a comma in Norwegian, a point in English. */
    public char decimalSeparator() {
        return "nb".equals(language) ? ',' : '.';
    }
}
