package no.scorebake.page;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import no.scorebake.address.Addresses;
import no.scorebake.model.Kpi;
import no.scorebake.model.KpiKey;
import no.scorebake.model.Scorecard;
import no.scorebake.model.Unit;
import no.scorebake.status.KpiStatus;
import no.scorebake.status.Status;

/**
 * The table at the top of a report that covers several units: for the unit itself and each
 * unit one level down (each counted with every unit under it), its KPIs this period by status,
 * and how many changed status since the month before; each linked to that unit's own report, or
 * to its scorecard when it has no sub-units. A report too long to list on one page
 * ({@link #LISTED}) lists its unit's own KPIs and leaves the rest to these links.
 */
public final class ReportSummary {

    /** How many KPIs a report lists in full; past that it lists its own unit's and links down to the units' own reports. */
    static final int LISTED = 300;

    private ReportSummary() {
    }

    /**
     * One unit's line.
     *
     * @param own whether the line counts the report's own unit's KPIs alone
     * @param nested whether the unit is two levels down (the site's report lists its top units' sub-units too)
     */
    public record Row(String unitId, String name, String href, boolean own, boolean nested, int green, int yellow, int red, int grey,
                      int changed, int early) {
    }

    /**
     * A unit's own KPIs this period counted by status, how many of them changed status, and how
     * many give an early warning ({@link #earlyWarning}).
     */
    record Tally(int green, int yellow, int red, int grey, int changed, int early) {

        static final Tally NONE = new Tally(0, 0, 0, 0, 0, 0);

        Tally plus(Tally o) {
            return new Tally(green + o.green, yellow + o.yellow, red + o.red, grey + o.grey, changed + o.changed, early + o.early);
        }

        /** A unit's own KPIs in the current month counted by status and change, once in a bake for every report that counts them. */
        static Tally current(PageContext ctx, String unit) {
            return ctx.shared(Tally.class, unit, u -> of(ctx, u));
        }

        static Tally of(PageContext ctx, String unit) {
            Scorecard card = ctx.project().scorecards().get(unit);
            if (card == null) {
                return NONE;
            }
            int[] counts = new int[4];
            int early = 0;
            List<KpiKey> keys = new ArrayList<>();
            for (Kpi k : card.kpis().values()) {
                KpiKey key = new KpiKey(unit, k.id());
                keys.add(key);
                KpiStatus s = ctx.kpi(key, ctx.current());
                counts[s.status().ordinal()]++;
                if (earlyWarning(s)) {
                    early++;
                }
            }
            return new Tally(counts[0], counts[1], counts[2], counts[3], ctx.changes(keys, ctx.current()).size(), early);
        }
    }

    /**
     * Whether a KPI gives an early warning ("tidlig varsel"): it is not red this month, but its
     * year outlook is, so it will end the year red unless something changes.
     */
    public static boolean earlyWarning(KpiStatus s) {
        return s.status() != Status.RED && s.outlook() != null && s.outlook().status() == Status.RED;
    }

    /** The tally of {@code unit} and every unit under it. */
    static Tally tally(PageContext ctx, Unit unit) {
        Tally t = Tally.NONE;
        for (Unit u : Subtree.of(unit).units()) {
            t = t.plus(Tally.current(ctx, u.id()));
        }
        return t;
    }

    /**
     * The lines of a report ({@code report} gives a unit's own, e.g. {@link Addresses#deviations}) of {@code tree} at the
     * site-relative {@code page}: its own unit's KPIs, then each unit one level down; for the
     * whole site, each top unit and the units under it.
     */
    static List<Row> of(PageContext ctx, Subtree tree, String page, UnaryOperator<String> report) {
        List<Row> rows = new ArrayList<>();
        if (tree.top() != null && ctx.project().scorecards().containsKey(tree.id())) {
            rows.add(row(ctx, tree.top(), Tally.current(ctx, tree.id()), true, false, page, report));
        }
        for (Unit child : tree.children()) {
            rows.add(row(ctx, child, tally(ctx, child), false, false, page, report));
            if (tree.top() == null) {
                for (Unit grandchild : child.units()) {
                    rows.add(row(ctx, grandchild, tally(ctx, grandchild), false, true, page, report));
                }
            }
        }
        return rows;
    }

    private static Row row(PageContext ctx, Unit unit, Tally t, boolean own, boolean nested, String page, UnaryOperator<String> report) {
        String target = !own && Subtree.hasReports(ctx.project(), unit) ? report.apply(unit.id())
                : ctx.project().scorecards().containsKey(unit.id()) ? Addresses.scorecard(unit.id()) : null;
        String name = own ? ctx.labels().format("report.summary.own", unit.name()) : unit.name();
        return new Row(unit.id(), name, target == null ? null : Addresses.link(page, target), own, nested,
                t.green(), t.yellow(), t.red(), t.grey(), t.changed(), t.early());
    }

    /** How many KPIs of {@code tree}'s units a report would list, by {@code count} of each unit's tally. */
    static int listed(PageContext ctx, Subtree tree, java.util.function.ToIntFunction<Tally> count) {
        int n = 0;
        for (Unit u : tree.units()) {
            n += count.applyAsInt(Tally.current(ctx, u.id()));
        }
        return n;
    }
}
