package no.scorebake.page;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import no.scorebake.address.Addresses;
import no.scorebake.model.Kpi;
import no.scorebake.model.Period;
import no.scorebake.model.Survey;
import no.scorebake.model.SurveyFeed;
import no.scorebake.model.SurveyQuestion;
import no.scorebake.model.SurveyTheme;
import no.scorebake.model.Unit;
import no.scorebake.survey.Figure;
import no.scorebake.survey.WaveResult;
import no.scorebake.text.Format;
import no.scorebake.text.Labels;

/**
 * A survey's page, {@code surveys/<survey>/index.html}: each wave's results by theme, unit and
 * question, newest wave first. The charts are bars drawn with HTML and CSS inside the table
 * that holds their numbers as text, so the figures are readable without the picture. Only
 * figures the anonymity rule lets through carry numbers; the rest read "too few answers".
 */
public final class SurveyPage implements PageType {

    /**
     * @param intro the lead: who answered and the anonymity rule
     * @param scale the answer scale in words
     * @param feeds the KPIs the survey feeds
     * @param waves every wave, newest first
     */
    public record Model(Frame frame, Survey survey, String intro, String scale, List<FeedView> feeds, List<WaveView> waves)
            implements PageModel {
    }

    /** One line of a theme's table: a unit's theme index, or one question's result for that unit. */
    public record Line(String unitId, String unitName, int depth, boolean theme, String label, boolean shown,
                       String respondents, String mean, String favourable, String width) {
    }

    /** One theme of a wave. */
    public record ThemeView(String id, String name, String anchor, List<Line> lines) {
    }

    /** One wave: the month it was held and its themes. */
    public record WaveView(String anchor, String month, String source, List<ThemeView> themes) {
    }

    /** A KPI the survey feeds, linked to its page. */
    public record FeedView(String href, String kpi, String unit, String what) {
    }

    @Override
    public List<Job> jobs(PageContext ctx) {
        List<Job> jobs = new ArrayList<>();
        for (Survey survey : ctx.project().surveys()) {
            jobs.add(Job.of(Addresses.survey(survey.id()), out -> out.page("survey.ftlh", Addresses.survey(survey.id()), model(ctx, survey))));
        }
        return jobs;
    }

    static Model model(PageContext ctx, Survey survey) {
        String root = Addresses.rootOf(Addresses.survey(survey.id()));
        Labels labels = ctx.labels();
        List<FeedView> feeds = new ArrayList<>();
        for (SurveyFeed f : survey.feeds()) {
            Kpi kpi = ctx.project().kpi(f.kpi());
            String item = f.theme() != null ? survey.theme(f.theme()).name()
                    : survey.questions().stream().filter(q -> q.id().equals(f.question())).findFirst().orElseThrow().text();
            feeds.add(new FeedView(root + Addresses.kpi(f.kpi()), kpi.name(), ctx.project().organisation().unit(f.kpi().unit()).name(),
                    labels.format("survey.feed", labels.get("survey.measure." + f.measure().key()), item,
                            ctx.project().organisation().unit(f.unit()).name())));
        }
        List<WaveView> waves = new ArrayList<>();
        List<WaveResult> results = ctx.engine().surveys().results(survey);
        for (int i = results.size() - 1; i >= 0; i--) {
            waves.add(wave(ctx, results.get(i)));
        }
        return new Model(ctx.frame(Addresses.survey(survey.id()), survey.name()), survey, labels.format("survey.intro", survey.minGroup()),
                labels.format("survey.scale", survey.scale().min(), survey.scale().max(), survey.scale().favourable()),
                feeds, waves);
    }

    private static WaveView wave(PageContext ctx, WaveResult r) {
        Survey survey = r.survey();
        List<Unit> units = r.units();
        List<ThemeView> themes = new ArrayList<>();
        String label = Period.month(r.wave().month()).label();
        for (SurveyTheme t : survey.themes()) {
            List<Line> lines = new ArrayList<>();
            for (Unit u : units) {
                int depth = ctx.project().organisation().lineage(u.id()).size() - 1;
                lines.add(line(ctx, u, depth, true, t.name(), r.theme(u.id(), t.id())));
                for (SurveyQuestion q : t.questions()) {
                    lines.add(line(ctx, u, depth, false, q.text(), r.question(u.id(), q.id())));
                }
            }
            themes.add(new ThemeView(t.id(), t.name(), label + "-" + t.id(), lines));
        }
        return new WaveView(label, ctx.format().month(r.wave().month()), r.wave().path(), themes);
    }

    private static Line line(PageContext ctx, Unit u, int depth, boolean theme, String label, Figure f) {
        Format format = ctx.format();
        if (!f.shown()) {
            return new Line(u.id(), u.name(), depth, theme, label, false, "", "", "", "0");
        }
        String width = f.favourable().bigDecimalValue(1, RoundingMode.HALF_UP).toPlainString();
        return new Line(u.id(), u.name(), depth, theme, label, true, Integer.toString(f.respondents()),
                format.fixed(f.mean(), 2), format.percent(f.favourable()), width);
    }
}
