package no.scorebake.model;

import java.time.YearMonth;

/**
 * The settings of {@code model/site.yaml}.
 *
 * @param period the current period as written, or null to use the latest period with any value
 * @param theme the theme folder name under {@code themes/} (an addition to the spec; default "default")
 */
public record Site(String title, Language language, YearMonth period, Thresholds thresholds, String theme) {
}
