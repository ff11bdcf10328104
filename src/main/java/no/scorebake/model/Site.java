package no.scorebake.model;

import java.time.YearMonth;

/**
 * The settings of {@code model/site.yaml}.
 *
 * @param period the current period as written, or null to use the latest period with any value
 * @param theme the theme folder name under {@code themes/} (an addition to the spec; default "default")
 * @param baseUrl the address the site is published at, ending in a slash ({@code base-url:}), which makes the
 *     feeds' links absolute; null when not given, and the feeds' links are relative to the feed
 */
public record Site(String title, Language language, YearMonth period, Thresholds thresholds, String theme, String baseUrl) {

    public Site(String title, Language language, YearMonth period, Thresholds thresholds, String theme) {
        this(title, language, period, thresholds, theme, null);
    }
}
