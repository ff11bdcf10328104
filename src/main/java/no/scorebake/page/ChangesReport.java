package no.scorebake.page;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.scorebake.address.Addresses;
import no.scorebake.compare.Change;
import no.scorebake.compare.StatusChanges;
import no.scorebake.model.Kpi;
import no.scorebake.model.KpiKey;
import no.scorebake.model.Scorecard;
import no.scorebake.model.Unit;
import no.scorebake.status.KpiStatus;
import no.scorebake.status.ScorecardStatus;
import no.scorebake.text.Labels;

/**
 * What changed since the previous period ({@code reports/changes.html}, and
 * {@code <unit>/changes.html} for a unit and every unit under it): the KPIs whose status differs
 * from the month before, grouped by unit, under a summary of the units one level down; also the
 * same section of a scorecard and the one-line count per unit on the entry page. Counts agree
 * with their noun ("1 ny rød, 3 nye røde"). A report with more than {@value ReportSummary#LISTED}
 * changes lists its own unit's and leaves the rest to the units' own reports, which the summary links.
 */
public final class ChangesReport implements PageType {

    /**
     * @param heading the page's title: the site's report, or a unit's
     * @param firstPeriod whether the current month is the site's first, with nothing before it
     * @param intro the lead sentence: which months, how many changes
     * @param none what to say when nothing changed
     * @param summary the units one level down with their counts; empty for a report of one unit's KPIs
     * @param partial when only the own unit's changes are listed, the sentence that says so; else null
     */
    public record Model(Frame frame, String heading, boolean firstPeriod, String intro, String none, List<Group> groups,
                        List<ReportSummary.Row> summary, String partial) implements PageModel {
    }

    /** A changed KPI: its row as the month shows it, its status the month before, and the kind of change. */
    public record ChangeRow(KpiRow row, StatusView before, String kind) {
    }

    /**
     * One unit's changes.
     *
     * @param counts the counts by kind in words, non-zero kinds only ("2 nye røde, 1 tilbake til grønn")
     */
    public record Group(String unitId, String unitName, String unitHref, String counts, List<ChangeRow> changes) {
    }

    /**
     * A scorecard's section.
     *
     * @param heading "Endret siden juli 2005"; null when the month is the site's first
     */
    public record Section(String heading, String none, String counts, List<ChangeRow> changes) {
    }

    @Override
    public List<Job> jobs(PageContext ctx) {
        List<Job> jobs = new ArrayList<>();
        jobs.add(Job.of(Addresses.CHANGES, out -> out.page("changes.ftlh", Addresses.CHANGES, model(ctx, Subtree.site(ctx.project().organisation())))));
        for (Unit unit : Subtree.withReports(ctx.project())) {
            jobs.add(Job.of(Addresses.changes(unit.id()), out -> out.page("changes.ftlh", Addresses.changes(unit.id()), model(ctx, Subtree.of(unit)))));
        }
        return jobs;
    }

    static Model model(PageContext ctx) {
        return model(ctx, Subtree.site(ctx.project().organisation()));
    }

    static Model model(PageContext ctx, Subtree tree) {
        String page = tree.top() == null ? Addresses.CHANGES : Addresses.changes(tree.id());
        String root = Addresses.rootOf(page);
        YearMonth month = ctx.current();
        YearMonth first = ctx.months().get(0);
        int total = ReportSummary.listed(ctx, tree, ReportSummary.Tally::changed);
        boolean whole = total <= ReportSummary.LISTED;
        List<Unit> listed = whole ? tree.units() : tree.top() != null ? List.of(tree.top()) : tree.children();
        List<Group> groups = new ArrayList<>();
        for (Unit unit : listed) {
            Scorecard card = ctx.project().scorecards().get(unit.id());
            if (card == null) {
                continue;
            }
            List<Change> changes = ctx.changes(own(card), month);
            if (!changes.isEmpty()) {
                groups.add(new Group(unit.id(), unit.name(), Addresses.link(page, Addresses.scorecard(unit.id())),
                        counts(ctx.labels(), changes),
                        rows(ctx, changes, s -> Rows.linkedTo(Rows.current(ctx, s.key()), root + Addresses.kpi(s.key())))));
            }
        }
        String monthText = ctx.format().month(month);
        String before = ctx.format().month(month.minusMonths(1));
        String title = ctx.labels().get("changes.title");
        String heading = tree.top() == null ? title : title + " – " + tree.top().name();
        Frame frame = tree.top() == null ? ctx.siteFrame(page, heading) : ctx.unitFrame(page, heading, tree.id());
        String partial = whole ? null : ctx.labels().format("report.partial", ReportSummary.LISTED,
                tree.top() == null ? ctx.labels().get("report.partial.top") : tree.top().name());
        return new Model(frame, heading, !month.isAfter(first),
                ctx.labels().format("changes.intro", monthText, before, ctx.labels().format("changes.total", total)),
                ctx.labels().format("changes.none", before), groups,
                tree.units().size() > 1 ? ReportSummary.of(ctx, tree, page, Addresses::changes) : List.of(), partial);
    }

    /**
     * The changes among the KPIs a scorecard shows (its own and those it refers to) in its month,
     * each with its row from {@code rows}, which link the KPIs' pages by site-relative addresses
     * ({@link #linked} links them from the page). A KPI's status the month before is all a
     * change needs of that month; the current month's changes are found once for every page
     * that shows them.
     */
    static Section section(PageContext ctx, ScorecardStatus card, Map<KpiKey, KpiRow> rows) {
        YearMonth month = card.period();
        YearMonth first = ctx.months().get(0);
        if (!month.isAfter(first)) {
            return new Section(null, "", "", List.of());
        }
        String before = ctx.format().month(month.minusMonths(1));
        List<Change> changes;
        if (month.equals(ctx.current())) {
            changes = ctx.changes(card.kpis().stream().map(KpiStatus::key).toList(), month);
        } else {
            changes = new ArrayList<>();
            for (KpiStatus s : card.kpis()) {
                Change c = StatusChanges.of(ctx.engine(), s, month);
                if (c != null) {
                    changes.add(c);
                }
            }
        }
        return new Section(ctx.labels().format("changes.section", before), ctx.labels().format("changes.none", before),
                counts(ctx.labels(), changes), rows(ctx, changes, s -> rows.get(s.key())));
    }

    /** A section whose rows link site-relative addresses, its rows linked from the page at site-relative {@code page}. */
    static Section linked(Section section, String page) {
        List<ChangeRow> list = new ArrayList<>(section.changes().size());
        for (ChangeRow c : section.changes()) {
            list.add(new ChangeRow(Rows.linkedTo(c.row(), Addresses.link(page, c.row().href())), c.before(), c.kind()));
        }
        return new Section(section.heading(), section.none(), section.counts(), list);
    }

    /** The entry page's line for a unit: its own KPIs' changes counted by kind, or empty when none changed. */
    static String countLine(PageContext ctx, Scorecard card) {
        return counts(ctx.labels(), ctx.changes(own(card), ctx.current()));
    }

    private static List<KpiKey> own(Scorecard card) {
        List<KpiKey> keys = new ArrayList<>();
        for (Kpi k : card.kpis().values()) {
            keys.add(new KpiKey(card.unit(), k.id()));
        }
        return keys;
    }

    /** "3 nye røde, 1 tilbake til grønn": the non-zero kinds, red first. */
    static String counts(Labels labels, List<Change> changes) {
        List<String> parts = new ArrayList<>();
        StatusChanges.count(changes).forEach((kind, n) -> {
            if (n > 0) {
                parts.add(labels.format("changes.kind." + kind.key(), n));
            }
        });
        return String.join(", ", parts);
    }

    private static List<ChangeRow> rows(PageContext ctx, List<Change> changes, Function<KpiStatus, KpiRow> row) {
        List<ChangeRow> list = new ArrayList<>();
        for (Change c : changes) {
            list.add(new ChangeRow(row.apply(c.now()), StatusView.of(c.before(), ctx.labels()), c.kind().key()));
        }
        return list;
    }
}
