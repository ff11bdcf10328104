package no.scorebake.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.scorebake.model.Factor;
import no.scorebake.model.Initiative;
import no.scorebake.model.Kpi;
import no.scorebake.model.KpiKey;
import no.scorebake.model.Objective;
import no.scorebake.model.Ref;
import no.scorebake.model.Scorecard;
import no.scorebake.model.Unit;
import no.scorebake.status.KpiStatus;
import no.scorebake.status.Status;

/** The models of the two reports: every red KPI this period, and every KPI due this period without a value. */
public final class ReportPages {

    /** A red KPI with what explains it; {@code unexplained} when it has no comment, no note and no initiative. */
    public record Deviation(KpiRow row, String unitId, String unitName, String unitHref, List<Link> initiatives, boolean unexplained) {
    }

    /** The KPIs of one unit that lack a figure this period. */
    public record MissingGroup(String unitId, String unitName, String unitHref, String coordinator, List<KpiRow> kpis) {
    }

    private ReportPages() {
    }

    public static Map<String, Object> deviations(PageContext ctx) {
        String root = "../";
        Rows rows = new Rows(ctx);
        Map<String, Object> m = ctx.base(root, ctx.labels().get("report.deviations.title"));
        List<Deviation> list = new ArrayList<>();
        for (Scorecard card : ctx.project().scorecards().values()) {
            Unit unit = ctx.project().organisation().unit(card.unit());
            for (Kpi k : card.kpis().values()) {
                KpiKey key = new KpiKey(card.unit(), k.id());
                KpiStatus s = ctx.engine().kpi(key, ctx.current());
                if (s.status() != Status.RED) {
                    continue;
                }
                List<Link> initiatives = initiatives(ctx, key, root);
                boolean unexplained = s.comment() == null && s.notes().isEmpty() && initiatives.isEmpty();
                list.add(new Deviation(rows.row(s, card.unit(), ctx.current(), root), card.unit(), unit.name(),
                        root + card.unit() + "/index.html", initiatives, unexplained));
            }
        }
        m.put("deviations", list);
        m.put("unexplained", list.stream().filter(Deviation::unexplained).count());
        m.put("period", ctx.format().month(ctx.current()));
        return m;
    }

    public static Map<String, Object> missing(PageContext ctx) {
        String root = "../";
        Rows rows = new Rows(ctx);
        Map<String, Object> m = ctx.base(root, ctx.labels().get("report.missing.title"));
        List<MissingGroup> groups = new ArrayList<>();
        int total = 0;
        for (Scorecard card : ctx.project().scorecards().values()) {
            Unit unit = ctx.project().organisation().unit(card.unit());
            List<KpiRow> missing = new ArrayList<>();
            for (Kpi k : card.kpis().values()) {
                KpiStatus s = ctx.engine().kpi(new KpiKey(card.unit(), k.id()), ctx.current());
                if (s.missing()) {
                    missing.add(rows.row(s, card.unit(), ctx.current(), root));
                }
            }
            if (!missing.isEmpty()) {
                total += missing.size();
                groups.add(new MissingGroup(card.unit(), unit.name(), root + card.unit() + "/index.html",
                        Rows.text(unit.coordinator()), missing));
            }
        }
        m.put("groups", groups);
        m.put("total", total);
        m.put("period", ctx.format().month(ctx.current()));
        return m;
    }

    /**
     * The initiatives, in any scorecard, that support an objective or factor listing this KPI
     * (a department's initiative may support a section's KPI through a reference).
     */
    static List<Link> initiatives(PageContext ctx, KpiKey key, String root) {
        Map<String, Link> found = new LinkedHashMap<>();
        for (Scorecard card : ctx.project().scorecards().values()) {
            List<String> listing = new ArrayList<>();
            for (Objective o : card.objectives()) {
                if (lists(card.unit(), o.kpis(), key)) {
                    listing.add(o.id());
                }
                for (Factor f : o.factors()) {
                    if (lists(card.unit(), f.kpis(), key)) {
                        listing.add(f.id());
                        listing.add(o.id());
                    }
                }
            }
            for (Initiative i : card.initiatives()) {
                if (i.supports().stream().anyMatch(r -> listing.contains(r.text()))) {
                    found.putIfAbsent(card.unit() + "/" + i.id(), new Link(root + card.unit() + "/initiatives.html#init-" + i.id(), i.name()));
                }
            }
        }
        return List.copyOf(found.values());
    }

    private static boolean lists(String unit, List<Ref> refs, KpiKey key) {
        return refs.stream().anyMatch(r -> KpiKey.resolve(unit, r.text()).equals(key));
    }
}
