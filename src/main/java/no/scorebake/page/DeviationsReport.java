package no.scorebake.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        List<Deviation> list = new ArrayList<>();
        Map<KpiKey, List<Link>> supporting = initiatives(ctx, root);
        for (Scorecard card : ctx.project().scorecards().values()) {
            Unit unit = ctx.project().organisation().unit(card.unit());
            for (Kpi k : card.kpis().values()) {
                KpiKey key = new KpiKey(card.unit(), k.id());
                KpiStatus s = ctx.kpi(key, ctx.current());
                if (s.status() != Status.RED) {
                    continue;
                }
                List<Link> initiatives = supporting.getOrDefault(key, List.of());
                boolean unexplained = s.comment() == null && s.notes().isEmpty() && initiatives.isEmpty();
                list.add(new Deviation(Rows.linkedTo(ctx.row(key), root + Rows.kpiPath(key)), card.unit(), unit.name(),
                        root + card.unit() + "/index.html", initiatives, unexplained));
            }
        }
        return new Model(ctx.frame(PATH, ctx.labels().get("report.deviations.title")), list,
                list.stream().filter(Deviation::unexplained).count(), ctx.format().month(ctx.current()));
    }

    /**
     * For every KPI, the initiatives, in any scorecard, that support an objective or factor
     * listing it (a department's initiative may support a section's KPI through a reference):
     * in the order of the scorecards and of their initiatives. One pass over the model, so the
     * report costs the same for one red KPI as for thousands.
     */
    static Map<KpiKey, List<Link>> initiatives(PageContext ctx, String root) {
        Map<KpiKey, Map<String, Link>> found = new LinkedHashMap<>();
        for (Scorecard card : ctx.project().scorecards().values()) {
            // What each objective and factor lists; an objective also takes its factors' KPIs.
            Map<String, Set<KpiKey>> listed = new HashMap<>();
            for (Objective o : card.objectives()) {
                Set<KpiKey> ofObjective = listed.computeIfAbsent(o.id(), x -> new LinkedHashSet<>());
                ofObjective.addAll(keys(card.unit(), o.kpis()));
                for (Factor f : o.factors()) {
                    List<KpiKey> ofFactor = keys(card.unit(), f.kpis());
                    listed.computeIfAbsent(f.id(), x -> new LinkedHashSet<>()).addAll(ofFactor);
                    ofObjective.addAll(ofFactor);
                }
            }
            for (Initiative i : card.initiatives()) {
                Link link = new Link(root + card.unit() + "/initiatives.html#init-" + i.id(), i.name());
                for (Ref r : i.supports()) {
                    for (KpiKey key : listed.getOrDefault(r.text(), Set.of())) {
                        found.computeIfAbsent(key, x -> new LinkedHashMap<>()).putIfAbsent(card.unit() + "/" + i.id(), link);
                    }
                }
            }
        }
        Map<KpiKey, List<Link>> links = new HashMap<>();
        found.forEach((key, byId) -> links.put(key, List.copyOf(byId.values())));
        return links;
    }

    private static List<KpiKey> keys(String unit, List<Ref> refs) {
        return refs.stream().map(r -> KpiKey.resolve(unit, r.text())).toList();
    }
}
