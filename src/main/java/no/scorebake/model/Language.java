package no.scorebake.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The language of a site, as {@code site.yaml} names it: Norwegian bokmål, Norwegian nynorsk
 * or English. Its words, month names included, are in the {@code labels} resource bundles
 * (not the JDK's locale data, which differs between JDKs); what is not a word — how numbers
 * are written — is here. Nynorsk writes numbers as bokmål does.
 */
public enum Language {

    NB("nb", ',', '\u00A0', true),
    NN("nn", ',', '\u00A0', true),
    EN("en", '.', ',', false);

    private final String tag;
    private final char decimalSeparator;
    private final char groupSeparator;
    private final boolean spaceBeforePercent;

    Language(String tag, char decimalSeparator, char groupSeparator, boolean spaceBeforePercent) {
        this.tag = tag;
        this.decimalSeparator = decimalSeparator;
        this.groupSeparator = groupSeparator;
        this.spaceBeforePercent = spaceBeforePercent;
    }

    /** The language with this tag ({@code nb}, {@code nn}, {@code en}), or null for any other. */
    public static Language byTag(String tag) {
        for (Language l : values()) {
            if (l.tag.equals(tag)) {
                return l;
            }
        }
        return null;
    }

    /** One {@code T} made for each language, for what is made once per language and shared (words, formats). */
    public static <T> Map<Language, T> each(Function<Language, T> make) {
        Map<Language, T> each = new EnumMap<>(Language.class);
        for (Language l : values()) {
            each.put(l, make.apply(l));
        }
        return Collections.unmodifiableMap(each);
    }

    /** Every tag there is, in the order of the languages: "nb, nn, en", for a message that lists them. */
    public static String tags() {
        StringBuilder s = new StringBuilder();
        for (Language l : values()) {
            s.append(s.length() == 0 ? "" : ", ").append(l.tag);
        }
        return s.toString();
    }

    /** The BCP 47 tag, as in {@code site.yaml} and {@code <html lang>}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** A comma in Norwegian, a point in English. */
    public char decimalSeparator() {
        return decimalSeparator;
    }

    /** Between thousands: a no-break space in Norwegian, a comma in English. */
    public char groupSeparator() {
        return groupSeparator;
    }

    /** Whether a no-break space goes between a number and {@code %} ({@code 95 %} in Norwegian, {@code 95%} in English). */
    public boolean spaceBeforePercent() {
        return spaceBeforePercent;
    }
}
