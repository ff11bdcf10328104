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

/** The deviations report, {@code reports/deviations.html}: every red KPI this period with what explains it. */
public final class DeviationsReport implements PageType {

    static final String PATH = "reports/deviations.html";

    /**
     * @param unexplained how many deviations have no comment, no note and no initiative
     * @param period the current period in words
     */
    public record Model(Frame frame, List<Deviation> deviations, long unexplained, String period) implements PageModel {
    }

    /** A red KPI with what explains it; {@code unexplained} when it has no comment, no note and no initiative. */
    public record Deviation(KpiRow row, String unitId, String unitName, String unitHref, List<Link> initiatives, boolean unexplained) {
    }

    @Override
    public List<Job> jobs(PageContext ctx) {
        return List.of(out -> out.page("deviations.ftlh", PATH, model(ctx)));
    }

    static Model model(PageContext ctx) {
        String root = PageContext.rootOf(PATH);
        Rows rows = new Rows(ctx);
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
        return new Model(ctx.frame(PATH, ctx.labels().get("report.deviations.title")), list,
                list.stream().filter(Deviation::unexplained).count(), ctx.format().month(ctx.current()));
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
