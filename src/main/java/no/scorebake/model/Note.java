package no.scorebake.model;

import java.time.YearMonth;

/** A long Markdown note from {@code content/comments/<period>/<unit>/<kpi>.md}. */
public record Note(KpiKey kpi, YearMonth month, String markdown, Pos pos) {
}
