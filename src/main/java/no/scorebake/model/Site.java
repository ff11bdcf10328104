package no.scorebake.model;

import java.time.YearMonth;

/**
 * The settings of {@code model/site.yaml}.
 *
 * @param period the current period as written, or null to use the latest period with any value
 * @param theme the theme folder name under {@code themes/} (an addition to the spec; default "default")
 * @param pdfReports whether a build also writes each unit's monthly report as PDF ({@code reports: pdf},
 *                   an addition to the spec; off by default)
 */
public record Site(String title, Language language, YearMonth period, Thresholds thresholds, String theme, boolean pdfReports) {
}
