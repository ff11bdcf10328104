package no.scorebake.page;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import no.scorebake.address.Addresses;
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
        jobs.add(Job.of(Addresses.PERIODS_SCRIPT, out -> out.file(Addresses.PERIODS_SCRIPT, PeriodsScript.script(ctx))));
        for (Scorecard card : ctx.project().scorecards().values()) {
            jobs.add(Job.of(Addresses.periods(card.unit()), out -> out.page("periods.ftlh", Addresses.periods(card.unit()), model(ctx, card.unit()))));
        }
        return jobs;
    }

    static Model model(PageContext ctx, String unitId) {
        String path = Addresses.periods(unitId);
        Unit unit = ctx.project().organisation().unit(unitId);
        List<YearMonth> periods = ctx.months();
        List<PeriodRow> rows = new ArrayList<>();
        for (int i = periods.size() - 1; i >= 0; i--) {
            YearMonth p = periods.get(i);
            Score score = ctx.score(unitId, p);
            boolean current = p.equals(ctx.current());
            rows.add(new PeriodRow(ctx.format().month(p),
                    Addresses.link(path, current ? Addresses.scorecard(unitId) : Addresses.scorecard(unitId, p)),
                    ScorecardPage.score(ctx, score), StatusView.of(score.status(), ctx.labels()), current));
        }
        return new Model(ctx.unitFrame(path, ctx.labels().get("periods.title") + " – " + unit.name(), unitId), unit, rows);
    }
}
