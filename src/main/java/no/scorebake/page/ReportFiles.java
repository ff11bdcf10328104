package no.scorebake.page;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import no.scorebake.model.Scorecard;

/**
 * Each unit's monthly report as PDF in the site, {@code <unit>/report-<period>.pdf}, when
 * site.yaml says {@code reports: pdf}: the current month's is printed (unless nothing it shows
 * changed since the last build, which kept it), and the earlier months' files are kept as the
 * builds of their months left them, never printed again. So a monthly publish prints one report
 * per unit, and a report once published stays the one that was sent, even after a late
 * correction of its month.
 */
public final class ReportFiles implements PageType {

    @Override
    public List<Job> jobs(PageContext ctx) {
        if (!ctx.project().site().pdfReports()) {
            return List.of();
        }
        List<Job> jobs = new ArrayList<>();
        YearMonth current = ctx.current();
        for (Scorecard card : ctx.project().scorecards().values()) {
            String unit = card.unit();
            jobs.add(out -> {
                for (YearMonth month : ctx.months()) {
                    if (!month.equals(current)) {
                        out.carry(MonthReport.path(unit, month));
                    }
                }
                String path = MonthReport.path(unit, current);
                if (!out.keep(current, path)) {
                    out.pdf(MonthReport.TEMPLATE, path, MonthReport.model(ctx, unit, false), current);
                }
            });
        }
        return jobs;
    }
}
