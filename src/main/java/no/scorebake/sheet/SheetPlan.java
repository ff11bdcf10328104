package no.scorebake.sheet;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.scorebake.model.Frequency;
import no.scorebake.model.Initiative;
import no.scorebake.model.InitiativeReport;
import no.scorebake.model.InitiativeStatus;
import no.scorebake.model.Kpi;
import no.scorebake.model.KpiKey;
import no.scorebake.model.Measurement;
import no.scorebake.model.Period;
import no.scorebake.model.Project;
import no.scorebake.model.Scorecard;
import no.scorebake.model.Unit;
import no.scorebake.status.Exact;
import no.scorebake.status.InitiativeProgress;
import no.scorebake.status.StatusEngine;
import no.scorebake.text.Labels;

/**
 * Decides what each coordinator is asked for in a month. A KPI is asked for when its values
 * come from uploads (no formula, no roll-up), it is active, it is due that month by its
 * frequency, and no upload has a row for it yet: a returned sheet must never collide with a row
 * already loaded, so what a helpdesk export already delivers is left out. An initiative is asked
 * for from its start month to its end month, and after its end only while a status other than
 * done was reported; never once it is reported done.
 */
public final class SheetPlan {

    /** The sheets to write, and how many due items were left out because a row for them is already loaded. */
    public record Result(List<ReportingSheet> sheets, List<Unit> nothingDue, int alreadyReported) {
    }

    private SheetPlan() {
    }

    public static Result plan(StatusEngine engine, YearMonth month, Labels labels) {
        Project project = engine.project();
        Set<String> rows = new HashSet<>();
        for (Measurement m : project.measurements()) {
            rows.add(m.kpi().unit() + "/kpi/" + m.kpi().kpi() + "/" + m.period().end());
        }
        for (InitiativeReport r : project.initiativeReports()) {
            rows.add(r.unit() + "/initiative/" + r.initiative() + "/" + r.month());
        }
        List<ReportingSheet> sheets = new ArrayList<>();
        List<Unit> nothingDue = new ArrayList<>();
        int skipped = 0;
        for (Unit unit : project.organisation().all()) {
            Scorecard card = project.scorecards().get(unit.id());
            if (unit.coordinator() == null || card == null) {
                continue;
            }
            List<ReportingSheet.Line> lines = new ArrayList<>();
            for (Kpi k : card.kpis().values()) {
                if (!k.reported() || k.planned() || !Period.isDue(k.frequency(), month)
                        || no.scorebake.survey.SurveyData.feeding(project, new no.scorebake.model.KpiKey(unit.id(), k.id())) != null) {
                    continue; // computed, planned, not due, or fed by a survey: nothing to fill in
                }
                if (rows.contains(unit.id() + "/kpi/" + k.id() + "/" + month)) {
                    skipped++;
                    continue;
                }
                lines.add(kpiLine(engine, unit, k, Period.containing(k.frequency(), month), labels));
            }
            for (Initiative i : card.initiatives()) {
                InitiativeProgress before = engine.initiative(unit.id(), i, month.minusMonths(1));
                if (!due(i, before, month)) {
                    continue;
                }
                if (rows.contains(unit.id() + "/initiative/" + i.id() + "/" + month)) {
                    skipped++;
                    continue;
                }
                lines.add(new ReportingSheet.Line(null, i.id(), Period.month(month).label(), i.name(), i.description(), null,
                        labels.get("unit.percent"), null, before.reported() == null ? null : Period.month(before.reported()).label(),
                        before.complete(), before.status() == null ? null : before.status().key(), false));
            }
            if (lines.isEmpty()) {
                nothingDue.add(unit);
            } else {
                sheets.add(new ReportingSheet(unit, month, List.copyOf(lines)));
            }
        }
        return new Result(List.copyOf(sheets), List.copyOf(nothingDue), skipped);
    }

    private static boolean due(Initiative i, InitiativeProgress before, YearMonth month) {
        if (i.start() != null && month.isBefore(i.start()) || before.status() == InitiativeStatus.DONE) {
            return false;
        }
        return i.end() == null || !month.isAfter(i.end()) || before.status() != null;
    }

    private static ReportingSheet.Line kpiLine(StatusEngine engine, Unit unit, Kpi k, Period own, Labels labels) {
        KpiKey key = new KpiKey(unit.id(), k.id());
        Measurement last = null;
        for (Measurement m : engine.project().measurements()) {
            if (m.kpi().equals(key) && m.value() != null && m.period().end().isBefore(own.end())
                    && (last == null || m.period().end().isAfter(last.period().end()))) {
                last = m;
            }
        }
        BigDecimal target = Exact.decimal(engine.target(key, own), 4);
        return new ReportingSheet.Line(k.id(), null, own.label(), k.name(), k.definition(), k.unit(),
                labels.get("unit." + k.unit().key()), target, last == null ? null : last.period().label(),
                last == null ? null : last.value(), null, k.frequency() == Frequency.MONTHLY);
    }
}
