package no.scorebake.page;

import java.util.ArrayList;
import java.util.List;
import no.scorebake.address.Addresses;
import no.scorebake.model.Kpi;
import no.scorebake.model.KpiKey;
import no.scorebake.model.Scorecard;
import no.scorebake.model.Unit;
import no.scorebake.status.KpiStatus;

/** The missing-figures report, {@code reports/missing.html}: every KPI due this period without a value, by unit. */
public final class MissingReport implements PageType {

    /**
     * @param total how many KPIs lack a figure
     * @param period the current period in words
     */
    public record Model(Frame frame, List<MissingGroup> groups, int total, String period) implements PageModel {
    }

    /** The KPIs of one unit that lack a figure this period. */
    public record MissingGroup(String unitId, String unitName, String unitHref, String coordinator, List<KpiRow> kpis) {
    }

    @Override
    public List<Job> jobs(PageContext ctx) {
        return List.of(Job.of(Addresses.MISSING, out -> out.page("missing.ftlh", Addresses.MISSING, model(ctx))));
    }

    static Model model(PageContext ctx) {
        String root = Addresses.rootOf(Addresses.MISSING);
        List<MissingGroup> groups = new ArrayList<>();
        int total = 0;
        for (Scorecard card : ctx.project().scorecards().values()) {
            Unit unit = ctx.project().organisation().unit(card.unit());
            List<KpiRow> missing = new ArrayList<>();
            for (Kpi k : card.kpis().values()) {
                KpiKey key = new KpiKey(card.unit(), k.id());
                KpiStatus s = ctx.kpi(key, ctx.current());
                if (s.missing()) {
                    missing.add(Rows.linkedTo(Rows.current(ctx, key), root + Addresses.kpi(key)));
                }
            }
            if (!missing.isEmpty()) {
                total += missing.size();
                groups.add(new MissingGroup(card.unit(), unit.name(), root + Addresses.scorecard(card.unit()),
                        Rows.text(unit.coordinator()), missing));
            }
        }
        return new Model(ctx.siteFrame(Addresses.MISSING, ctx.labels().get("report.missing.title")), groups, total,
                ctx.format().month(ctx.current()));
    }
}
