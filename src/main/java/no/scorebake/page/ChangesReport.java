package no.scorebake.page;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import no.scorebake.compare.Change;
import no.scorebake.compare.StatusChanges;
import no.scorebake.model.Kpi;
import no.scorebake.model.KpiKey;
import no.scorebake.model.Scorecard;
import no.scorebake.model.Unit;
import no.scorebake.status.KpiStatus;
import no.scorebake.text.Labels;

/**
 * What changed since the previous period ({@code reports/changes.html}): every unit's KPIs whose
 * status differs from the month before, grouped by unit; also the same section of a scorecard
 * and the one-line count per unit on the entry page. Counts agree with their noun ("1 ny rød,
 * 3 nye røde").
 */
public final class ChangesReport implements PageType {

    static final String PATH = "reports/changes.html";

    /**
     * @param firstPeriod whether the current month is the site's first, with nothing before it
     * @param intro the lead sentence: which months, how many changes
     * @param none what to say when nothing changed
     */
    public record Model(Frame frame, boolean firstPeriod, String intro, String none, List<Group> groups) implements PageModel {
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
        return List.of(out -> out.page("changes.ftlh", PATH, model(ctx)));
    }

    static Model model(PageContext ctx) {
        String root = PageContext.rootOf(PATH);
        YearMonth month = ctx.current();
        YearMonth first = ctx.months().get(0);
        List<Group> groups = new ArrayList<>();
        Rows rows = new Rows(ctx);
        int total = 0;
        for (Unit unit : ctx.project().organisation().all()) {
            Scorecard card = ctx.project().scorecards().get(unit.id());
            if (card == null) {
                continue;
            }
            List<Change> changes = StatusChanges.of(ctx.engine(), own(card), month, first);
            if (!changes.isEmpty()) {
                total += changes.size();
                groups.add(new Group(unit.id(), unit.name(), root + ScorecardPage.currentPath(unit.id()), counts(ctx.labels(), changes),
                        rows(ctx, changes, s -> rows.row(s, unit.id(), month, root))));
            }
        }
        String monthText = ctx.format().month(month);
        String before = ctx.format().month(month.minusMonths(1));
        return new Model(ctx.frame(PATH, ctx.labels().get("changes.title")), !month.isAfter(first),
                ctx.labels().format("changes.intro", monthText, before, ctx.labels().format("changes.total", total)),
                ctx.labels().format("changes.none", before), groups);
    }

    /**
     * The changes among the KPIs a scorecard shows (its own and those it refers to) in its month,
     * linked from the scorecard's page at site-relative {@code page}.
     */
    static Section section(PageContext ctx, List<KpiKey> shown, String unit, YearMonth month, String page) {
        YearMonth first = ctx.months().get(0);
        if (!month.isAfter(first)) {
            return new Section(null, "", "", List.of());
        }
        String before = ctx.format().month(month.minusMonths(1));
        List<Change> changes = StatusChanges.of(ctx.engine(), shown, month, first);
        Rows rows = new Rows(ctx);
        return new Section(ctx.labels().format("changes.section", before), ctx.labels().format("changes.none", before),
                counts(ctx.labels(), changes), rows(ctx, changes, s -> rows.rowOn(s, unit, month, page)));
    }

    /** The entry page's line for a unit: its own KPIs' changes counted by kind, or empty when none changed. */
    static String countLine(PageContext ctx, Scorecard card) {
        return counts(ctx.labels(), StatusChanges.of(ctx.engine(), own(card), ctx.current(), ctx.months().get(0)));
    }

    private static List<KpiKey> own(Scorecard card) {
        List<KpiKey> keys = new ArrayList<>();
        for (Kpi k : card.kpis().values()) {
            keys.add(new KpiKey(card.unit(), k.id()));
        }
        return keys;
    }

    /** "3 nye røde, 1 tilbake til grønn": the non-zero kinds, red first. */
    private static String counts(Labels labels, List<Change> changes) {
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
