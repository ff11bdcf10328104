package no.scorebake.compare;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.scorebake.model.KpiKey;
import no.scorebake.status.KpiStatus;
import no.scorebake.status.Status;
import no.scorebake.status.StatusEngine;

/**
 * The KPIs whose status changed since the month before: newly red, back to green, newly
 * missing and the rest. A KPI shown in a month carries the status of the latest period of its
 * frequency ending by then, so comparing with the month before compares a KPI due this month
 * with the previous period of its frequency, and finds no change for a KPI that is not due.
 * That is also exactly where two consecutive JSON exports differ in a KPI's status.
 */
public final class StatusChanges {

    private StatusChanges() {
    }

    /**
     * The changes among {@code keys} in {@code month}, in the order of {@code keys}; none when
     * {@code month} is {@code first}, the site's first month, which has nothing before it.
     */
    public static List<Change> of(StatusEngine engine, Collection<KpiKey> keys, YearMonth month, YearMonth first) {
        List<Change> changes = new ArrayList<>();
        if (first == null || !month.isAfter(first)) {
            return changes;
        }
        for (KpiKey key : keys) {
            Change c = of(engine, engine.kpi(key, month), month);
            if (c != null) {
                changes.add(c);
            }
        }
        return changes;
    }

    /**
     * The change of one KPI shown as {@code now} in {@code month}, or null when its status is the
     * same as the month before (the caller has checked that there is a month before). The month
     * before is looked at only for its status, which a KPI's {@link StatusEngine#figures} have
     * without the year to date and trend that a whole status sums up.
     */
    public static Change of(StatusEngine engine, KpiStatus now, YearMonth month) {
        Status before = engine.figures(now.key(), month.minusMonths(1)).status();
        return now.status() == before ? null : new Change(now, before, Change.Kind.of(now));
    }

    /** How many changes of each kind, every kind present (zero when none). */
    public static Map<Change.Kind, Integer> count(List<Change> changes) {
        Map<Change.Kind, Integer> counts = new EnumMap<>(Change.Kind.class);
        for (Change.Kind k : Change.Kind.values()) {
            counts.put(k, 0);
        }
        for (Change c : changes) {
            counts.merge(c.kind(), 1, Integer::sum);
        }
        return counts;
    }
}
