package no.scorebake.page;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import no.scorebake.compare.Change;
import no.scorebake.compare.StatusChanges;
import no.scorebake.model.Kpi;
import no.scorebake.model.KpiKey;
import no.scorebake.model.Scorecard;
import no.scorebake.status.KpiStatus;
import no.scorebake.status.Status;
import no.scorebake.status.StatusEngine;

/**
 * What is new about a unit's own KPIs in one month, as its feed tells it: the KPIs whose status
 * changed since the month before, the red figures of the month that have no explanation (no
 * comment and no note), and the KPIs with a note written for the month. Made from the KPIs'
 * figures of that month and the one before only, so a month's news is the same whichever
 * month is the current one: a feed's entry for a month keeps its content when later months arrive.
 *
 * @param unexplained red figures of the month itself (a quarterly KPI's only in the month its quarter ends)
 * @param noted the KPIs with new notes, each once
 * @param notes how many new notes they have
 */
record UnitNews(String unit, YearMonth month, List<Change> changes, List<KpiStatus> unexplained, List<KpiStatus> noted, int notes) {

    /** The news of {@code card}'s own KPIs in {@code month}; no changes in {@code first}, the site's first month. */
    static UnitNews of(StatusEngine engine, Scorecard card, YearMonth month, YearMonth first) {
        List<Change> changes = new ArrayList<>();
        List<KpiStatus> unexplained = new ArrayList<>();
        List<KpiStatus> noted = new ArrayList<>();
        int notes = 0;
        for (Kpi k : card.kpis().values()) {
            KpiStatus s = engine.figures(new KpiKey(card.unit(), k.id()), month);
            if (month.isAfter(first)) {
                Change c = StatusChanges.of(engine, s, month);
                if (c != null) {
                    changes.add(c);
                }
            }
            boolean ofMonth = s.valuePeriod().end().equals(month);
            if (ofMonth && s.status() == Status.RED && (s.comment() == null || s.comment().isBlank()) && s.notes().isEmpty()) {
                unexplained.add(s);
            }
            long fresh = ofMonth ? s.notes().stream().filter(n -> n.month().equals(month)).count() : 0;
            if (fresh > 0) {
                noted.add(s);
                notes += (int) fresh;
            }
        }
        return new UnitNews(card.unit(), month, List.copyOf(changes), List.copyOf(unexplained), List.copyOf(noted), notes);
    }

    /** How many items the news lists: changes, unexplained red figures and noted KPIs. */
    int size() {
        return changes.size() + unexplained.size() + noted.size();
    }

    /** The news of several units (a subtree) added up, for counting: the unit and month of the first. */
    static UnitNews sum(List<UnitNews> all) {
        List<Change> changes = new ArrayList<>();
        List<KpiStatus> unexplained = new ArrayList<>();
        List<KpiStatus> noted = new ArrayList<>();
        int notes = 0;
        for (UnitNews n : all) {
            changes.addAll(n.changes());
            unexplained.addAll(n.unexplained());
            noted.addAll(n.noted());
            notes += n.notes();
        }
        return new UnitNews(all.isEmpty() ? null : all.get(0).unit(), all.isEmpty() ? null : all.get(0).month(), changes, unexplained,
                noted, notes);
    }
}
