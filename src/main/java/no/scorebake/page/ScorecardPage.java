package no.scorebake.page;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.scorebake.address.Addresses;
import no.scorebake.compare.Comparison;
import no.scorebake.export.ScorecardCsv;
import no.scorebake.export.ScorecardJson;
import no.scorebake.model.KpiKey;
import no.scorebake.model.Period;
import no.scorebake.model.Scorecard;
import no.scorebake.model.Unit;
import no.scorebake.status.KpiStatus;
import no.scorebake.status.Score;
import no.scorebake.status.ScorecardStatus;
import no.scorebake.status.Status;
import no.scorebake.status.ScorecardStatus.FactorScore;
import no.scorebake.status.ScorecardStatus.ObjectiveScore;
import no.scorebake.status.ScorecardStatus.PerspectiveScore;

/**
 * A unit's scorecard for each month ({@code <unit>/<month>/index.html}, and for the current
 * month also {@code <unit>/index.html}), with its JSON and CSV exports: perspective → objective
 * → factor → KPI rows, with initiatives beside what they support. An earlier month whose
 * figures have not changed since the last build keeps its files.
 *
 * <p>A month's page is the same bytes whether or not its month is the current one: it links
 * the parent's, sub-units' and comparison's pages of its own month, offers the previous month,
 * the unit's period overview and the current page, and holds nothing of later months. The link
 * to the next month and the note that the month is an earlier one are added in the browser by
 * the theme's {@code assets/periods.js} from {@link PeriodsScript}'s list of the site's months.
 * So when next month arrives, the month that was current keeps its page.
 */
public final class ScorecardPage implements PageType {

    /**
     * @param unitFolder the unit's folder relative to the page: empty on {@code <unit>/index.html},
     *                   {@code ../} on a month's page, so the unit's own pages are linked without the root
     * @param periodKey the month as in addresses ({@code 2005-06})
     * @param current whether this is the unit's current page ({@code <unit>/index.html}), which links the
     *                other current pages; false on every month's page, the current month's included
     * @param other KPIs the scorecard lists outside any objective
     * @param initiatives every initiative of the scorecard
     * @param previous the previous month's page, or null for the first month
     * @param allPeriods the unit's period overview
     * @param currentLink the unit's scorecard for the current month
     * @param parent the unit above, or null for a top unit
     * @param json the month's JSON export
     * @param csv the month's CSV export
     * @param compareHref the month's comparison of the unit's sub-units, or null when it has none
     * @param changes the KPIs shown whose status changed since the month before
     * @param reports the unit's own deviations and changes reports (for it and every unit under it), or empty when it has no sub-units
     * @param report the month's report as PDF, on the current page of a site with {@code reports: pdf}; else null
     */
    public record Model(Frame frame, Unit unit, String unitFolder, String vision, String period, String periodKey, boolean current, String score,
                        StatusView status, List<PerspectiveView> perspectives, List<KpiRow> other,
                        List<InitiativeRow> initiatives, Link previous, String allPeriods, String currentLink,
                        UnitLink parent, List<UnitLink> subunits, String json, String csv, String compareHref,
                        ChangesReport.Section changes, List<Link> reports, String report) implements PageModel {
    }

    public record PerspectiveView(String id, String name, String score, StatusView status, List<ObjectiveView> objectives) {
    }

    public record ObjectiveView(String id, String anchor, String name, String description, String score, StatusView status,
                                List<KpiRow> kpis, List<FactorView> factors, List<InitiativeRow> initiatives) {
    }

    public record FactorView(String id, String anchor, String name, String score, StatusView status, List<KpiRow> kpis) {
    }

    public record UnitLink(String href, String id, String name, String score, StatusView status) {
    }

    @Override
    public List<Job> jobs(PageContext ctx) {
        List<Job> jobs = new ArrayList<>();
        for (Scorecard card : ctx.project().scorecards().values()) {
            for (YearMonth month : ctx.months()) {
                jobs.add(Job.of(paths(ctx, card.unit(), month), out -> bake(ctx, card.unit(), month, out)));
            }
        }
        return jobs;
    }

    /** The files of one unit's month: its page and exports, and the current page when it is the current month. */
    private static List<String> paths(PageContext ctx, String unitId, YearMonth month) {
        List<String> paths = new ArrayList<>(List.of(Addresses.scorecard(unitId, month), Addresses.json(unitId, month), Addresses.csv(unitId, month)));
        if (month.equals(ctx.current())) {
            paths.add(Addresses.scorecard(unitId));
        }
        return paths;
    }

    private static void bake(PageContext ctx, String unitId, YearMonth month, Output out) throws IOException {
        String path = Addresses.scorecard(unitId, month);
        String json = Addresses.json(unitId, month);
        String csv = Addresses.csv(unitId, month);
        boolean current = month.equals(ctx.current());
        if (!current && out.keepUnitMonth(month, unitId, shownOfOthers(ctx, unitId, month), path, json, csv)) {
            return;
        }
        ScorecardStatus status = ctx.scorecard(unitId, month);
        out.file(json, ScorecardJson.write(status, ctx.project().organisation().unit(unitId), k -> {
            var fed = ctx.engine().fed(k.key(), k.valuePeriod().end());
            return fed == null ? null : fed.wave().path();
        }));
        out.file(csv, ScorecardCsv.write(status, ctx.labels()));
        // The month's page and the current page show the same rows, linked from different folders.
        Content content = current ? currentContent(ctx, unitId) : content(ctx, status);
        out.page("scorecard.ftlh", path, model(ctx, content, path));
        if (current) {
            out.page("scorecard.ftlh", Addresses.scorecard(unitId), model(ctx, content, Addresses.scorecard(unitId)));
        }
    }

    /**
     * What a month's scorecard shows wherever its page is: the tree of scores with the KPI rows,
     * the KPIs no objective lists, the initiatives and the changes since the month before, the
     * rows linked to the KPIs' pages by site-relative addresses. The current month has two
     * pages of it ({@code <unit>/<month>/index.html} and {@code <unit>/index.html}) and the unit's
     * hierarchy view shows its tree too; the rows, their sparklines and the changes are built once
     * for all three, and each page only links them from its own folder ({@link #model}).
     */
    record Content(ScorecardStatus card, List<PerspectiveView> perspectives, List<KpiRow> other,
                   List<InitiativeRow> initiatives, ChangesReport.Section changes) {
    }

    /** What a unit's scorecard shows in the current month, built once in a bake for its two pages and its hierarchy view. */
    static Content currentContent(PageContext ctx, String unit) {
        return ctx.shared(Content.class, unit, u -> content(ctx, ctx.scorecard(u, ctx.current())));
    }

    /** The content of a month's scorecard; in the current month a unit's own KPIs take the rows every page of the month shares. */
    static Content content(PageContext ctx, ScorecardStatus card) {
        Rows rows = new Rows(ctx);
        String unitId = card.scorecard().unit();
        YearMonth month = card.period();
        boolean current = month.equals(ctx.current());
        Map<KpiKey, KpiRow> byKey = new HashMap<>();
        for (KpiStatus s : card.kpis()) {
            byKey.put(s.key(), current && s.key().unit().equals(unitId) ? Rows.current(ctx, s.key()) : rows.row(s, unitId, month, ""));
        }
        List<InitiativeRow> initiatives = card.initiatives().stream().map(rows::initiative).toList();
        return new Content(card, perspectives(ctx, card, byKey, initiatives), card.other().stream().map(byKey::get).toList(),
                initiatives, ChangesReport.section(ctx, card, byKey));
    }

    /** @param path the page's own site-relative address */
    static Model model(PageContext ctx, Content content, String path) {
        ScorecardStatus card = content.card();
        String unitId = card.scorecard().unit();
        Unit unit = ctx.project().organisation().unit(unitId);
        YearMonth month = card.period();
        String period = ctx.format().month(month);
        // The current page links the other current pages; a month's page, the current month's
        // too, links its month's pages, so it stays the same page when later months arrive.
        boolean currentPage = path.equals(Addresses.scorecard(unitId));
        Frame frame = ctx.unitFrame(path, unit.name() + " – " + period, unitId).showing(period);
        if (!currentPage) {
            frame = frame.loading(PeriodsScript.LOADS);
        }

        // No list of every period here: it would change every old page each month (and grow with
        // the months squared); the unit's period overview lists them all. No next month either:
        // assets/periods.js adds it in the browser.
        List<YearMonth> periods = ctx.months();
        int at = periods.indexOf(month);
        Link previous = at > 0 ? new Link(Addresses.link(path, Addresses.scorecard(unitId, periods.get(at - 1))), ctx.format().month(periods.get(at - 1))) : null;

        Unit parent = unit.parent() == null ? null : ctx.project().organisation().unit(unit.parent());
        List<UnitLink> subs = new ArrayList<>();
        for (Unit sub : unit.units()) {
            subs.add(unitLink(ctx, sub, month, path, currentPage));
        }
        return new Model(frame, unit, Addresses.link(path, Addresses.unitFolder(unitId)), Rows.text(card.scorecard().vision()), period, Period.month(month).label(),
                currentPage, score(ctx, card.score()), StatusView.of(card.score().status(), ctx.labels()),
                linked(content.perspectives(), path), linkedRows(content.other(), path), content.initiatives(),
                previous, Addresses.link(path, Addresses.periods(unitId)), Addresses.link(path, Addresses.scorecard(unitId)),
                parent == null ? null : unitLink(ctx, parent, month, path, currentPage), subs,
                Addresses.link(path, Addresses.json(unitId, month)), Addresses.link(path, Addresses.csv(unitId, month)),
                !Comparison.exists(ctx.project(), unitId) ? null
                        : Addresses.link(path, currentPage ? Addresses.compare(unitId) : Addresses.compare(unitId, month)),
                ChangesReport.linked(content.changes(), path), reports(ctx, unit, path),
                // Only the current page links the report: a month's page keeps its bytes, and an earlier month may have none.
                currentPage && ctx.project().site().pdfReports() ? Addresses.link(path, Addresses.monthReport(unitId, month)) : null);
    }

    /**
     * What a unit's page of {@code month} shows of units that are not among those it draws on
     * (itself, its sub-units and the units its scorecard names): its parent's score. It goes
     * into the page's key, so a change in a sibling's scorecard that moves the parent's score
     * renders the page again.
     */
    private static String shownOfOthers(PageContext ctx, String unitId, YearMonth month) {
        String parent = ctx.project().organisation().unit(unitId).parent();
        if (parent == null || !ctx.project().scorecards().containsKey(parent)) {
            return "";
        }
        Score score = ctx.score(parent, month);
        return parent + " " + (score.value() == null ? "-" : score.value().getNumerator() + "/" + score.value().getDenominator())
                + " " + score.status().name();
    }

    /** Links to a unit's own reports from the page at site-relative {@code path}; none when the unit has no sub-units. */
    static List<Link> reports(PageContext ctx, Unit unit, String path) {
        if (!Subtree.hasReports(ctx.project(), unit)) {
            return List.of();
        }
        return List.of(new Link(Addresses.link(path, Addresses.deviations(unit.id())), ctx.labels().get("report.unit.deviations")),
                new Link(Addresses.link(path, Addresses.changes(unit.id())), ctx.labels().get("report.unit.changes")));
    }

    /**
     * The scorecard's tree, each objective with the initiatives that support it or one of its
     * factors, each KPI's row as {@code rows} has it.
     */
    static List<PerspectiveView> perspectives(PageContext ctx, ScorecardStatus card, Map<KpiKey, KpiRow> rows,
                                              List<InitiativeRow> allInitiatives) {
        List<PerspectiveView> perspectives = new ArrayList<>();
        for (PerspectiveScore ps : card.perspectives()) {
            List<ObjectiveView> objectives = new ArrayList<>();
            for (ObjectiveScore os : ps.objectives()) {
                List<FactorView> factors = new ArrayList<>();
                Set<String> supported = new LinkedHashSet<>();
                supported.add(os.objective().id());
                for (FactorScore fs : os.factors()) {
                    supported.add(fs.factor().id());
                    factors.add(new FactorView(fs.factor().id(), Addresses.factorAnchor(fs.factor().id()), fs.factor().name(), score(ctx, fs.score()),
                            StatusView.of(fs.score().status(), ctx.labels()), fs.kpis().stream().map(rows::get).toList()));
                }
                List<InitiativeRow> initiatives = allInitiatives.stream()
                        .filter(i -> i.supports().stream().anyMatch(supported::contains)).toList();
                objectives.add(new ObjectiveView(os.objective().id(), Addresses.objectiveAnchor(os.objective().id()), os.objective().name(),
                        Rows.text(os.objective().description()), score(ctx, os.score()), StatusView.of(os.score().status(), ctx.labels()),
                        os.kpis().stream().map(rows::get).toList(), factors, initiatives));
            }
            perspectives.add(new PerspectiveView(ps.perspective().id(), ps.perspective().name(), score(ctx, ps.score()),
                    StatusView.of(ps.score().status(), ctx.labels()), objectives));
        }
        return perspectives;
    }

    /** The tree with each row linked from the page at site-relative {@code path} by the shortest relative link. */
    static List<PerspectiveView> linked(List<PerspectiveView> perspectives, String path) {
        List<PerspectiveView> list = new ArrayList<>(perspectives.size());
        for (PerspectiveView p : perspectives) {
            List<ObjectiveView> objectives = new ArrayList<>(p.objectives().size());
            for (ObjectiveView o : p.objectives()) {
                List<FactorView> factors = new ArrayList<>(o.factors().size());
                for (FactorView f : o.factors()) {
                    factors.add(new FactorView(f.id(), f.anchor(), f.name(), f.score(), f.status(), linkedRows(f.kpis(), path)));
                }
                objectives.add(new ObjectiveView(o.id(), o.anchor(), o.name(), o.description(), o.score(), o.status(),
                        linkedRows(o.kpis(), path), factors, o.initiatives()));
            }
            list.add(new PerspectiveView(p.id(), p.name(), p.score(), p.status(), objectives));
        }
        return list;
    }

    /** Rows linked to site-relative addresses, linked from the page at {@code path} instead. */
    static List<KpiRow> linkedRows(List<KpiRow> rows, String path) {
        List<KpiRow> list = new ArrayList<>(rows.size());
        for (KpiRow r : rows) {
            list.add(Rows.linkedTo(r, Addresses.link(path, r.href())));
        }
        return list;
    }

    /**
     * A unit with its scorecard's score in a month, linked from the page at {@code path} to its
     * current page when {@code currentPage}, else to its page of that month; units without a
     * scorecard link to nothing.
     */
    static UnitLink unitLink(PageContext ctx, Unit unit, YearMonth month, String path, boolean currentPage) {
        if (!ctx.project().scorecards().containsKey(unit.id())) {
            return new UnitLink(null, unit.id(), unit.name(), "", StatusView.of(Status.GREY, ctx.labels()));
        }
        Score score = ctx.score(unit.id(), month);
        String href = Addresses.link(path, currentPage ? Addresses.scorecard(unit.id()) : Addresses.scorecard(unit.id(), month));
        return new UnitLink(href, unit.id(), unit.name(), score(ctx, score), StatusView.of(score.status(), ctx.labels()));
    }

    static String score(PageContext ctx, Score score) {
        return ctx.format().percent(score.value());
    }

}
