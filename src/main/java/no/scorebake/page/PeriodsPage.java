package no.scorebake.page;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import no.scorebake.model.Scorecard;
import no.scorebake.model.Unit;
import no.scorebake.status.Score;

/**
 * A unit's period overview, {@code <unit>/periods.html}: every month the site has, newest first,
 * with the score of each; and the same months for the browser, {@code data/periods.js}.
 */
public final class PeriodsPage implements PageType {

    public record Model(Frame frame, Unit unit, List<PeriodRow> periods) implements PageModel {
    }

    /** A period in the overview: the month, its page, and the unit's overall score then. */
    public record PeriodRow(String label, String href, String score, StatusView status, boolean current) {
    }

    @Override
    public List<Job> jobs(PageContext ctx) {
        List<Job> jobs = new ArrayList<>();
        jobs.add(Job.of(PeriodsScript.PATH, out -> out.file(PeriodsScript.PATH, PeriodsScript.script(ctx))));
        for (Scorecard card : ctx.project().scorecards().values()) {
            jobs.add(Job.of(path(card.unit()), out -> out.page("periods.ftlh", path(card.unit()), model(ctx, card.unit()))));
        }
        return jobs;
    }

    /** The site-relative address of a unit's period overview. */
    static String path(String unit) {
        return unit + "/periods.html";
    }

    static Model model(PageContext ctx, String unitId) {
        String path = path(unitId);
        Unit unit = ctx.project().organisation().unit(unitId);
        List<YearMonth> periods = ctx.months();
        List<PeriodRow> rows = new ArrayList<>();
        for (int i = periods.size() - 1; i >= 0; i--) {
            YearMonth p = periods.get(i);
            Score score = ctx.score(unitId, p);
            boolean current = p.equals(ctx.current());
            rows.add(new PeriodRow(ctx.format().month(p),
                    PageContext.link(path, current ? ScorecardPage.currentPath(unitId) : ScorecardPage.periodPath(unitId, p)),
                    ScorecardPage.score(ctx, score), StatusView.of(score.status(), ctx.labels()), current));
        }
        return new Model(ctx.unitFrame(path, ctx.labels().get("periods.title") + " – " + unit.name(), unitId), unit, rows);
    }
}
