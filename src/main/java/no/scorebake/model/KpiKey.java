package no.scorebake.model;

/** A KPI named across the whole project: the unit whose scorecard defines it, and its id there. */
public record KpiKey(String unit, String kpi) implements Comparable<KpiKey> {

    /**
     * Resolves a reference written in the scorecard of {@code unit}: {@code kpi} means this
     * scorecard, {@code other/kpi} another unit's.
     */
    public static KpiKey resolve(String unit, String reference) {
        int slash = reference.indexOf('/');
        return slash < 0 ? new KpiKey(unit, reference)
                : new KpiKey(reference.substring(0, slash), reference.substring(slash + 1));
    }

    @Override
    public int compareTo(KpiKey o) {
        int c = unit.compareTo(o.unit);
        return c != 0 ? c : kpi.compareTo(o.kpi);
    }

    /**
     * Mixes the unit's hash before adding the KPI's. A record's own hash code (in effect
     * 31 × unit + kpi) makes keys like 810/k12 and 811/k-1 collide when ids are numbered, and a
     * Bergen-sized project's hash maps turned into trees (seen in the bake's profile).
     */
    @Override
    public int hashCode() {
        int h = unit.hashCode() * 0x9E3779B1;
        return (h ^ (h >>> 15)) + kpi.hashCode();
    }

    @Override
    public String toString() {
        return unit + "/" + kpi;
    }
}
