package no.scorebake.model;

import java.time.YearMonth;
import java.util.Map;

/**
 * The settings of {@code model/site.yaml}.
 *
 * @param period the current period as written, or null to use the latest period with any value
 * @param theme the theme folder name under {@code themes/} (an addition to the spec; default "default")
 * @param themeParams the theme's free settings ({@code theme-params:}), by key, sorted; empty when none
 * @param accessibilityStatement the address of the accessibility statement, an http(s) address or a path
 *                               relative to the site's top, or null when there is none
 * @param baseUrl the address the site is published at, ending in a slash ({@code base-url:}), which makes the
 *     feeds' links absolute; null when not given, and the feeds' links are relative to the feed
 * @param pdfReports whether a build also writes each unit's monthly report as PDF ({@code reports: pdf},
 *                   an addition to the spec; off by default)
 */
public record Site(String title, Language language, YearMonth period, Thresholds thresholds, String theme,
                   Map<String, String> themeParams, String accessibilityStatement, String baseUrl,
                   boolean pdfReports) {

    public Site(String title, Language language, YearMonth period, Thresholds thresholds, String theme) {
        this(title, language, period, thresholds, theme, Map.of(), null, null, false);
    }

    public Site(String title, Language language, YearMonth period, Thresholds thresholds, String theme,
                Map<String, String> themeParams, String accessibilityStatement) {
        this(title, language, period, thresholds, theme, themeParams, accessibilityStatement, null, false);
    }

    public Site(String title, Language language, YearMonth period, Thresholds thresholds, String theme, boolean pdfReports) {
        this(title, language, period, thresholds, theme, Map.of(), null, null, pdfReports);
    }
}
